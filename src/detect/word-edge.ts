/**
 * The word-start test of the regexes run over a whole page, `(?<![\p{L}\p{N}])`, in a form V8
 * runs faster. On a two-byte string (any page with one curly quote) a \p{…} class costs a search
 * of Unicode's ranges at every character the regex is tried at, and most characters of a page
 * follow a letter. Testing ASCII letters and digits first, and the Unicode classes only for a
 * character past ASCII, finds the same word starts: the cue, claimant and number scans of an
 * English page take about two thirds of their time. word-edge.test.ts holds each form to the
 * plain one for every code point.
 */

/** Ahead, a character past ASCII: the Unicode classes are tested only after it. */
export const NON_ASCII = String.raw`(?=[^\0-\x7f])`;

/**
 * For /iu regexes, whose [a-z] also matches A-Z ("ſ" and the Kelvin sign too, letters anyway),
 * and for their case-sensitive copies run over the lower-cased page, which has no A-Z
 * (lower-scan.ts).
 */
export const NOT_AFTER_WORD = String.raw`(?<![a-z0-9])(?<!${NON_ASCII}[\p{L}\p{N}])`;

/** `(?<!\p{L})` in the same form, for /iu regexes. */
export const NOT_AFTER_LETTER = String.raw`(?<![a-z])(?<!${NON_ASCII}\p{L})`;

/** For case-sensitive /u regexes over the page as written. */
export const NOT_AFTER_WORD_EXACT = String.raw`(?<![A-Za-z0-9])(?<!${NON_ASCII}[\p{L}\p{N}])`;
