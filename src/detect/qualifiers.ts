import type { Qualifier } from '../core/vocabulary';
import { matchPhraseEndingAt, phraseTable } from './phrase-table';
import type { Word } from './words';

/**
 * Hedges written right before a number: "around 20,600", "more than 14,000", "as high as
 * 40,000". The hedge is part of the claim, so it is part of the highlighted span too.
 */
const QUALIFIERS = phraseTable<Qualifier>([
  ['about', 'about'],
  ['around', 'about'],
  ['roughly', 'about'],
  ['some', 'about'],
  ['approximately', 'about'],
  ['approx .', 'about'],
  ['an estimated', 'about'],
  ['estimated', 'about'],
  ['an approximate', 'about'],
  ['nearly', 'about'],
  ['almost', 'about'],
  ['close to', 'about'],
  ['circa', 'about'],
  ['~', 'about'],
  ['just under', 'about'],
  ['more than', 'more-than'],
  ['over', 'more-than'],
  ['just over', 'more-than'],
  ['well over', 'more-than'],
  ['at least', 'more-than'],
  ['upwards of', 'more-than'],
  ['in excess of', 'more-than'],
  ['no fewer than', 'more-than'],
  ['no less than', 'more-than'],
  ['up to', 'up-to'],
  ['as high as', 'up-to'],
  ['as many as', 'up-to'],
  ['as much as', 'up-to'],
  ['fewer than', 'up-to'],
  ['less than', 'up-to'],
  ['no more than', 'up-to'],
  ['at most', 'up-to'],
]);

/** The hedge found before a number and where its words begin. */
export interface QualifierMatch {
  qualifier: Qualifier;
  /** Offset of the first word of the hedge, or of the number when there is none. */
  start: number;
  /** How many of the words before the number the hedge used. */
  words: number;
}

/**
 * The qualifier of a number whose preceding words are `before` (the last word sits right before
 * the number) and which starts at `numberStart`. "exact" when nothing hedges it.
 */
export function qualifierBefore(before: readonly Word[], numberStart: number): QualifierMatch {
  const hit = matchPhraseEndingAt(QUALIFIERS, before, before.length);
  const first = before[before.length - (hit?.length ?? 0)];
  if (!hit || !first) return { qualifier: 'exact', start: numberStart, words: 0 };
  return { qualifier: hit.value, start: first.start, words: hit.length };
}
