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
  /** Where each chunk starts (see chunkStart), by chunk index. */
  starts: number[];
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
  let entry = cache.find((e) => e.text === text);
  if (!entry) {
    entry = { text, folded: foldedWhole(text), starts: [0], tokens: [] };
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
 * from there finds the very tokens the whole text's scan does.
 */
function chunkStart(entry: Tokenised, k: number): number {
  const known = entry.starts[k];
  if (known !== undefined) return known;
  BREAK.lastIndex = k * CHUNK - 1;
  const start = BREAK.test(entry.text) ? BREAK.lastIndex : entry.text.length;
  entry.starts[k] = start;
  return start;
}

/** The chunk that holds `offset`: k × CHUNK's own, or an earlier one when its start is later. */
function chunkAt(entry: Tokenised, offset: number): number {
  let k = Math.floor(offset / CHUNK);
  while (chunkStart(entry, k) > offset) k--;
  return k;
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
 * ends and goes on in step with the whole-text scan.
 */
function cachedWords(text: string, start: number, end: number, out: Word[]): void {
  const entry = tokenisedOf(text);
  let k = chunkAt(entry, start);
  let tokens = chunkTokens(entry, k);
  let i = firstAtOrAfter(tokens, start, (w) => w.start);
  // No token crosses a chunk's start: one holding `start` is in start's chunk.
  const straddling = tokens[i - 1];
  if (straddling && straddling.end > start) {
    scanSegment(text, start, Math.min(straddling.end, end), start, end, out);
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
      scanSegment(text, token.start, end, start, end, out);
      return;
    }
    if (!isCut(text, token, token.start === start ? start : -1, token.end === end ? end : -1)) {
      out.push(token);
    }
  }
}

/**
 * Tokenises text[segStart, segEnd) into `out`, dropping a word cut by the window's edges
 * (`winStart`, `winEnd`; -1 for none). Matching inside a slice bounds every match by it, so a
 * 200,000-character run of digits and commas costs the slice's length, not the run's. Each word
 * is folded apart unless the text's fold (`folded`) is given.
 */
function scanSegment(
  text: string,
  segStart: number,
  segEnd: number,
  winStart: number,
  winEnd: number,
  out: Word[],
  folded?: string,
): Word[] {
  const slice = text.slice(segStart, segEnd);
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(slice); m !== null; m = WORD_RE.exec(slice)) {
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

/**
 * Matches a phrase table against `words` starting at index `at`. Tables map the first word to
 * candidate phrases sorted longest first, so the longest phrase wins ("armored combat vehicles"
 * before "armored vehicles").
 */
export function matchPhrase<T>(
  table: PhraseTable<T>,
  words: readonly Word[],
  at: number,
): { value: T; length: number } | undefined {
  const first = words[at];
  if (!first) return undefined;
  for (const entry of table.get(first.norm) ?? NO_ENTRIES) {
    if (startsAt(entry.words, words, at)) return { value: entry.value, length: entry.words.length };
  }
  return undefined;
}

/** Shared by every word no table phrase starts with (no array for each). */
const NO_ENTRIES: readonly never[] = [];

/** Whether `phrase` is the norms of words[at…]: a loop, where every() made a closure per entry. */
function startsAt(phrase: readonly string[], words: readonly Word[], at: number): boolean {
  for (let i = 0; i < phrase.length; i++) if (words[at + i]?.norm !== phrase[i]) return false;
  return true;
}

/**
 * Matches a phrase table against `words` so that the phrase ends right before index `before`
 * (exclusive). Used for qualifiers and verbs that precede a number.
 */
export function matchPhraseEndingAt<T>(
  table: PhraseTable<T>,
  words: readonly Word[],
  before: number,
): { value: T; length: number } | undefined {
  for (let length = Math.min(table.maxLength, before); length >= 1; length--) {
    const at = before - length;
    for (const entry of table.get(words[at]?.norm ?? '') ?? NO_ENTRIES) {
      if (entry.words.length === length && startsAt(entry.words, words, at)) {
        return { value: entry.value, length };
      }
    }
  }
  return undefined;
}

/** A phrase table built by {@link phraseTable}. */
export type PhraseTable<T> = Map<string, { words: string[]; value: T }[]> & { maxLength: number };

/** Builds a phrase table from `[phrase, value]` pairs; phrases are space-separated lower case. */
export function phraseTable<T>(entries: readonly (readonly [string, T])[]): PhraseTable<T> {
  const table = new Map<string, { words: string[]; value: T }[]>() as PhraseTable<T>;
  table.maxLength = 0;
  for (const [phrase, value] of entries) {
    const words = tokenisePhrase(phrase);
    const key = words[0] ?? '';
    const list = table.get(key) ?? [];
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    table.set(key, list);
    table.maxLength = Math.max(table.maxLength, words.length);
  }
  return table;
}

/** Splits a table phrase the same way {@link wordsIn} splits text. */
function tokenisePhrase(phrase: string): string[] {
  return wordsIn(phrase, 0, phrase.length).map((w) => w.norm);
}
