import type { Metric } from '../core/vocabulary';
import { matchPhraseEndingAt, phraseTable, type Word } from './words';

/**
 * Figures whose noun comes first: "The number of Russian casualties could be as high as
 * 40,000", "Ukrainian losses stood at 15,000". Only collective loss nouns qualify: "killed" or
 * "wounded" before a number is usually an age or a time ("he was killed at 20").
 */

const HEADS = phraseTable<Metric>([
  ['casualties', 'personnel_casualties'],
  ['losses', 'personnel_casualties'],
  ['killed and wounded', 'personnel_casualties'],
  ['deaths', 'personnel_killed'],
  ['civilian deaths', 'civilians_killed'],
]);

/** Verbs and particles that may link the noun to its number. */
const LINKS = new Set(
  (
    'could may might would will be is are was were stand stands stood at rose risen rise rising ' +
    'to reached reach reaches has have had now total totals totaled totalled number numbered ' +
    'numbers put exceed exceeded exceeds climbed climb surpassed passed already estimated of :'
  ).split(' '),
);

/** Words allowed right after such a number: the figure ends there ("40,000, according to"). */
const AFTER = new Set(
  (
    'in on by according as since so and or while during until at from for after before ' +
    'including with last this'
  ).split(' '),
);

/** Whether `next` may follow a figure that ends with its number: punctuation or a preposition. */
export function mayEndFigure(next: Word | undefined): boolean {
  return next === undefined || !/^[\p{L}\p{N}]/u.test(next.norm) || AFTER.has(next.norm);
}

/** The loss noun that `before` (the words before a number) ends with, through link words. */
export function trailingLoss(
  before: readonly Word[],
  after: readonly Word[],
): { metric: Metric; modifiers: Word[] } | undefined {
  if (!mayEndFigure(after[0])) return undefined;
  let i = before.length;
  while (i > 0 && before.length - i < 6 && LINKS.has(before[i - 1]?.norm ?? '')) i--;
  if (i === before.length) return undefined;
  const head = matchPhraseEndingAt(HEADS, before, i);
  if (!head) return undefined;
  const nounStart = i - head.length;
  return { metric: head.value, modifiers: before.slice(Math.max(0, nounStart - 2), nounStart) };
}
