import { type Word, wordsIn } from './words';

/**
 * Tables of phrases matched word by word (nouns, verbs, qualifiers, places), keyed by their first
 * word. Split from words.ts, which tokenises.
 */

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
