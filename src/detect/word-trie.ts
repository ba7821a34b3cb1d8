/** `s` with the characters that mean something in a regex escaped (no '-': see below). */
// No '-' here: in a unicode regex an escaped hyphen outside a class is a syntax error.
export const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Words as one regex source shaped as a trie: at each character one test per branch, not one
 * per word. Greedy, so the longest word at a place is tried first and shorter ones on
 * backtracking, as an alternation sorted longest first tries them. `charSource` writes each
 * character (a class for a character with variants).
 */
export function trie(
  words: readonly string[],
  charSource: (char: string) => string = escapeRegex,
): string {
  const byFirst = new Map<string, string[]>();
  let ends = false;
  for (const word of words) {
    if (word === '') ends = true;
    else {
      const rest = byFirst.get(word[0] as string) ?? [];
      rest.push(word.slice(1));
      byFirst.set(word[0] as string, rest);
    }
  }
  const branches = [...byFirst].map(([first, rest]) => charSource(first) + trie(rest, charSource));
  if (branches.length === 0) return '';
  if (branches.length === 1 && !ends) return branches[0] as string;
  return `(?:${branches.join('|')})${ends ? '?' : ''}`;
}

/**
 * A word start, as a regex source to put before words that each begin with an ASCII letter or
 * digit: the text's start, or one character that is no ASCII letter or digit, consumed with the
 * match. Tried at every character, a lookbehind for any letter or digit cost V8 more than twice
 * as much as this (the cue and alias scans of a whole page); the few characters past ASCII that
 * it lets through are checked in code (matchesAtWordStarts).
 */
export const WORD_START = '(?:^|[^a-z0-9])';

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** An ASCII letter, either case. */
export const isAsciiLetter = (code: number): boolean =>
  (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
/** An ASCII letter or digit. */
export const isAsciiWordChar = (code: number): boolean =>
  isAsciiLetter(code) || (code >= 0x30 && code <= 0x39);

/**
 * Whether what WORD_START consumed before a word (nothing, or one character) lets the word start
 * there: the regex already refused an ASCII letter or digit, so only one past ASCII is asked.
 */
export const startsWord = (before: string): boolean =>
  !(before.charCodeAt(0) >= 0x80 && WORD_CHAR.test(before));

/**
 * The matches of `re` (global and unicode, WORD_START then its words: a character past the BMP is
 * consumed whole) where no letter or digit of any script stands before the word, each with the
 * offset where its word starts. The regex may be used by the caller between two matches.
 */
export function* matchesAtWordStarts(
  re: RegExp,
  text: string,
): Generator<[match: RegExpExecArray, start: number]> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const code = m[0].charCodeAt(0);
    const lead = isAsciiWordChar(code) ? 0 : (m[0].codePointAt(0) ?? 0) > 0xffff ? 2 : 1;
    const start = m.index + lead;
    // After a letter or digit past ASCII no word starts: go on from the word's own start.
    if (!startsWord(m[0].slice(0, lead))) {
      re.lastIndex = start;
      continue;
    }
    const next = re.lastIndex;
    yield [m, start];
    re.lastIndex = next;
  }
}
