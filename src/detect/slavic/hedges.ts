import type { Qualifier } from '../../core/vocabulary';
import type { Row } from './lexicon';

/** Hedges: the words right before a number, longest first. */
const HEDGES: Row<Qualifier>[] = [
  [
    /^(?:не менше ніж|не менш ніж|більше ніж|більш ніж|більш як|більше як|более как|не менее чем|более чем|больше чем|по меньшей мере|как минимум|не менше|не менее|не меньше|більша за|більший за|більше за|більш за)$/,
    'more-than',
  ],
  [
    /^(?:не більше ніж|не більш ніж|не более чем|не більше|не более|не больше|менее чем|менше ніж|менее|менше)$/,
    'up-to',
  ],
  [/^(?:понад|більше|щонайменше|принаймні|більш|более|свыше|больше|минимум|мінімум)$/, 'more-than'],
  [
    /^(?:близько|приблизно|майже|орієнтовно|біля|около|почти|порядка|примерно|приблизительно|ориентировочно|майже|почти что)$/,
    'about',
  ],
  [/^(?:до)$/, 'up-to'],
];

/** The hedge ending right before `words` ends, with how many words it used. */
export function hedgeBefore(
  words: readonly string[],
): { qualifier: Qualifier; used: number } | undefined {
  for (const used of [3, 2, 1]) {
    if (words.length < used) continue;
    const phrase = words.slice(words.length - used).join(' ');
    for (const [re, qualifier] of HEDGES) if (re.test(phrase)) return { qualifier, used };
  }
  return undefined;
}
