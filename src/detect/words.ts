import { isCachedFor } from '../core/same-text';
import { firstAtOrAfter } from '../core/sorted';
import { lowerAligned } from './lower-scan';
import { NON_ASCII } from './word-edge';
/**
 * Word tokens inside a bounded window of the page text. Every rule of the detector looks at a few
 * words around a number, never at the whole page, so tokenising a window is cheap and keeps the
 * detector linear in the length of the page.
 */

/** One word, number or punctuation mark, with its offsets in the scanned text. */
export interface Word {
  /** Lower-cased, typographic apostrophes folded to "'" so tables can use plain ASCII. */
  norm: string;
  start: number;
  end: number;
}

// A letter or mark, tested on ASCII before the Unicode classes: on a two-byte page a \p{…} class
// costs a search of Unicode's ranges at every character (word-edge.ts). Half the time of
// [\p{L}\p{M}] tested first (the same for the punctuation class saved a tenth more, not worth
// its bytes). Exported for its test.
export const LETTER = String.raw`(?:[a-zA-Z]|${NON_ASCII}[\p{L}\p{M}])`;
// Letters joined by apostrophes or hyphens ("russia's", "air-defence"), digit runs with their
// separators, or one punctuation mark. Each repetition needs a separator the letters cannot
// match, so the regex cannot backtrack catastrophically.
const WORD_RE = new RegExp(
  String.raw`${LETTER}+(?:['’-]${LETTER}+)*|\d+(?:[.,\u00a0\u202f]\d+)*|[^\s\p{L}\p{M}\d]`,
  'gu',
);

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && WORD_CHAR.test(ch);

const LETTER_RE = /\p{L}/u;
/**
 * Whether the code unit text[i] is a letter, as /\p{L}/u says: ASCII without the regex, for
 * backward scans that read a character at a time (a regex literal in their loop made a new
 * RegExp for each character).
 */
export function isLetter(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  return LETTER_RE.test(text[i] ?? '');
}

/**
 * Whether text[from, to) holds a letter, as /\p{L}/u.test(text.slice(from, to)) says. A loop
 * rather than that regex: it costs several microseconds on a few hundred accents or marks ("1́,̀"
 * repeated), the loop a fraction of one.
 */
export function hasLetter(text: string, from: number, to: number): boolean {
  const end = Math.min(to, text.length);
  for (let i = Math.max(0, from); i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) return true;
      continue;
    }
    // Combining diacritical marks (U+0300–U+036F) are marks, never letters.
    if (code >= 0x300 && code < 0x370) continue;
    // A surrogate pair is one code point, a letter or not as a whole (unless the range cuts it).
    const low = text.charCodeAt(i + 1);
    const units = code >= 0xd800 && code < 0xdc00 && low >= 0xdc00 && low < 0xe000 ? 2 : 1;
    if (LETTER_RE.test(text.slice(i, Math.min(i + units, end)))) return true;
    i += units - 1;
  }
  return false;
}

/** Folds case and typographic apostrophes so that tables can be written in plain lower case. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/**
 * The words of `text` between `from` and `to`. A word cut by either edge of the window is
 * dropped, so callers can pass raw character windows.
 *
 * Every number's rules ask for a few overlapping windows of the same page, so a long text is
 * tokenised (and folded) once and each window is cut from that list: the words are exactly those
 * a tokenisation of the window alone gives (see {@link cachedWords}).
 */
export function wordsIn(text: string, from: number, to: number): Word[] {
  const start = Math.max(0, from);
  const end = Math.min(text.length, to);
  const words: Word[] = [];
  if (end <= start) return words;
  if (text.length < CACHE_FROM) {
    scanSegment(text, start, end, start, end, words);
    return words;
  }
  cachedWords(text, start, end, words);
  return words;
}

/**
 * The first word of `text` between `from` and `to`: wordsIn(text, from, to)[0], from a scan of
 * the window alone that stops at that word. For the one word after a number (classify.ts's first
 * look), which most numbers of a dense page end with: the text's tokens around them are then
 * never needed, and a scan of a few characters costs less than finding them.
 */
export function firstWordIn(text: string, from: number, to: number): Word | undefined {
  const start = Math.max(0, from);
  const end = Math.min(text.length, to);
  if (end <= start) return undefined;
  const folded = text.length < CACHE_FROM ? undefined : tokenisedOf(text).folded;
  return scanSegment(text, start, end, start, end, [], folded, 1)[0];
}

/** Texts shorter than this are tokenised window by window: a cache would cost more. */
const CACHE_FROM = 2_000;

/**
 * A long text's tokens, found chunk by chunk as windows ask for them: a page whose numbers are
 * few (a live blog of dates and times) is not tokenised whole for a handful of windows.
 */
interface Tokenised {
  text: string;
  /** The text folded whole (see foldedWhole), when that folds each word as fold() does. */
  folded: string | undefined;
  /**
   * Where each chunk starts (see chunkStart), by chunk index; -1 until known. Sized for the text
   * at once: an array filled at scattered indices, as windows ask for chunks, fell back to a
   * dictionary, whose look-ups were a tenth of a dense page's detection.
   */
  starts: Int32Array;
  /** The tokens starting in each chunk, by chunk index. */
  tokens: Word[][];
}

/**
 * A chunk is about this many characters: about a number's word window, so that a page whose
 * numbers are far apart has little more than its windows tokenised (a 2 MB live blog: 0.44 MB,
 * against 1.9 MB whole and 0.31 MB window by window), while a page dense with numbers costs what
 * one whole-text pass did.
 */
const CHUNK = 128;
/** Characters no token holds (no-break spaces can sit inside a digit group: not these). */
const BREAK = /[ \t\n\r]/g;

/** The last two long texts (the page and, at times, a block). */
const cache: Tokenised[] = [];

function tokenisedOf(text: string): Tokenised {
  let entry = cache.find((e) => isCachedFor(e, text));
  if (!entry) {
    const chunks = Math.ceil(text.length / CHUNK) + 2;
    const starts = new Int32Array(chunks).fill(-1);
    starts[0] = 0;
    entry = { text, folded: foldedWhole(text), starts, tokens: new Array(chunks) };
    cache.unshift(entry);
    cache.length = Math.min(cache.length, 2);
  }
  return entry;
}

/**
 * The text folded as a whole, offset for offset, so that a word's fold is a slice of it: folding
 * each word apart cost more than half the tokeniser's time on a two-byte page. Lower-casing maps
 * every character on its own but Σ, whose lower case depends on the letters around it (final ς),
 * and the few whose lower case is longer (lowerAligned then refuses): such texts fold word by
 * word. The page is lower-cased once for the page-wide scans already (lower-scan.ts).
 */
function foldedWhole(text: string): string | undefined {
  const lower = lowerAligned(text);
  if (lower === undefined || text.includes('\u03a3')) return undefined;
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/**
 * Where chunk `k` starts: the first offset at or after k × CHUNK that follows a space or a line
 * break (or the text's end). No token holds one, so no token crosses a chunk's start, and a scan
 * from there finds the very tokens the whole text's scan does. The chunks after k whose search
 * would find the same break start there too: set at once, so a long run without a space ("1,1,1…")
 * is searched through once, not once per chunk in it.
 */
function chunkStart(entry: Tokenised, k: number): number {
  const known = entry.starts[k] ?? -1;
  if (known >= 0) return known;
  BREAK.lastIndex = k * CHUNK - 1;
  const start = BREAK.test(entry.text) ? BREAK.lastIndex : entry.text.length;
  for (let j = k; j * CHUNK <= start && j < entry.starts.length; j++) entry.starts[j] = start;
  return start;
}

/**
 * The chunk that holds `offset`: k × CHUNK's own, or the last earlier one that starts at or
 * before it (chunk starts only grow with k), found by halving: inside a long run without a space
 * every chunk of the run starts after the offset, and a step back per chunk for every window in
 * the run was quadratic.
 */
function chunkAt(entry: Tokenised, offset: number): number {
  let high = Math.floor(offset / CHUNK);
  if (chunkStart(entry, high) <= offset) return high;
  let low = 0;
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    if (chunkStart(entry, mid) <= offset) low = mid;
    else high = mid;
  }
  return low;
}

const chunkTokens = (entry: Tokenised, k: number): Word[] =>
  (entry.tokens[k] ??= scanSegment(
    entry.text,
    chunkStart(entry, k),
    chunkStart(entry, k + 1),
    -1,
    -1,
    [],
    entry.folded,
  ));

/**
 * The window's words from the text's tokens. A token is a maximal run, so a window that starts
 * or ends inside one is tokenised apart only there: from inside a run, a scan ends where the run
 * ends and goes on in step with the whole-text scan. Those words are folded from the text's fold
 * too: folding each apart was a sixth of the time on a long run without a space ("1,1,1…"), where
 * every number's windows start inside the run.
 */
function cachedWords(text: string, start: number, end: number, out: Word[]): void {
  const entry = tokenisedOf(text);
  let k = chunkAt(entry, start);
  let tokens = chunkTokens(entry, k);
  let i = firstAtOrAfter(tokens, start, (w) => w.start);
  // No token crosses a chunk's start: one holding `start` is in start's chunk.
  const straddling = tokens[i - 1];
  if (straddling && straddling.end > start) {
    scanSegment(text, start, Math.min(straddling.end, end), start, end, out, entry.folded);
  }
  for (;;) {
    if (i === tokens.length) {
      if (chunkStart(entry, k + 1) >= Math.min(end, text.length)) return;
      tokens = chunkTokens(entry, ++k);
      i = 0;
      continue;
    }
    const token = tokens[i++] as Word;
    if (token.start >= end) return;
    if (token.end > end) {
      scanSegment(text, token.start, end, start, end, out, entry.folded);
      return;
    }
    if (!isCut(text, token, token.start === start ? start : -1, token.end === end ? end : -1)) {
      out.push(token);
    }
  }
}

/**
 * Tokenises text[segStart, segEnd) into `out`, dropping a word cut by the window's edges
 * (`winStart`, `winEnd`; -1 for none), and stops once `out` holds `max` words. Matching inside a
 * slice bounds every match by it, so a 200,000-character run of digits and commas costs the
 * slice's length, not the run's. Each word is folded apart unless the text's fold (`folded`) is
 * given.
 */
function scanSegment(
  text: string,
  segStart: number,
  segEnd: number,
  winStart: number,
  winEnd: number,
  out: Word[],
  folded?: string,
  max = Number.POSITIVE_INFINITY,
): Word[] {
  const slice = text.slice(segStart, segEnd);
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(slice); m !== null && out.length < max; m = WORD_RE.exec(slice)) {
    const start = segStart + m.index;
    const end = start + m[0].length;
    const word = { norm: folded ? folded.slice(start, end) : fold(m[0]), start, end };
    if (!isCut(text, word, winStart, winEnd)) out.push(word);
  }
  return out;
}

/** Only a word touching an edge of the window, with a word character beyond it, was cut. */
function isCut(text: string, word: Word, winStart: number, winEnd: number): boolean {
  // Most words touch neither edge: no character test for them.
  if (word.start !== winStart && word.end !== winEnd) return false;
  const first = text[word.start];
  if (!isWordChar(first)) return false;
  return (
    (word.start === winStart && isWordChar(text[winStart - 1])) ||
    (word.end === winEnd && isWordChar(text[winEnd]))
  );
}

/** True when the word is a single punctuation mark. */
export function isPunctuation(word: Word | undefined): boolean {
  return word !== undefined && /^[^\p{L}\p{N}]$/u.test(word.norm);
}
