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

// Letters joined by apostrophes or hyphens ("russia's", "air-defence"), digit runs with their
// separators, or one punctuation mark. Each repetition needs a separator the letters cannot
// match, so the regex cannot backtrack catastrophically.
const WORD_RE =
  /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*|\d+(?:[.,\u00a0\u202f]\d+)*|[^\s\p{L}\p{M}\d]/gu;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && WORD_CHAR.test(ch);

/** Folds case and typographic apostrophes so that tables can be written in plain lower case. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/**
 * The words of `text` between `from` and `to`. A word cut by either edge of the window is
 * dropped, so callers can pass raw character windows.
 */
export function wordsIn(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  const start = Math.max(0, from);
  const end = Math.min(text.length, to);
  // Matching inside a slice bounds every match by the window, so a 200,000-character run of
  // digits and commas costs the window's length, not the run's, for each number in it.
  const slice = text.slice(start, end);
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(slice); m !== null; m = WORD_RE.exec(slice)) {
    const wordStart = start + m.index;
    const wordEnd = wordStart + m[0].length;
    // Only a word touching an edge of the window can have been cut by it.
    const cutLeft = m.index === 0 && isWordChar(text[start - 1]) && isWordChar(m[0][0]);
    const cutRight = wordEnd === end && isWordChar(text[end]) && isWordChar(m[0][0]);
    if (!cutLeft && !cutRight) words.push({ norm: fold(m[0]), start: wordStart, end: wordEnd });
  }
  return words;
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
  for (const entry of table.get(first.norm) ?? []) {
    if (entry.words.every((w, i) => words[at + i]?.norm === w)) {
      return { value: entry.value, length: entry.words.length };
    }
  }
  return undefined;
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
    const entries = table.get(words[at]?.norm ?? '') ?? [];
    for (const entry of entries) {
      if (entry.words.length !== length) continue;
      if (entry.words.every((w, i) => words[at + i]?.norm === w)) {
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
