import { wordTable } from '../core/word-table';
import { nounPhraseAt } from './metrics';
import { isNumberWord } from './spelled';
import { type VerbMatch, verbAfter } from './verbs';
import type { Word } from './words';

/**
 * Verbs a noun phrase reaches past something inserted after it: an aside ("Nine people,
 * including two children, were killed"), a rate ("1,000 soldiers a day are being killed"), a
 * place ("1,200 troops in Bakhmut were killed") or a short list sharing the verb ("45 Israeli
 * civilians and 76 IDF soldiers have died").
 */

/** "1,000 soldiers a day are being killed": a rate between the noun and its verb. */
const RATE = /^(?:a|per|each|every) (?:day|week|month)$/;

/**
 * "Nine people, including two children, were killed", "57,500 Palestinians — mostly women and
 * children — have been killed": the verb after an aside set off by commas, dashes or brackets.
 */
function verbAfterAside(words: readonly Word[], at: number): VerbMatch | undefined {
  const open = words[at]?.norm ?? '';
  const close = ASIDE_CLOSE[open];
  if (!close || (open === ',' && !COMMA_ASIDES.has(words[at + 1]?.norm ?? ''))) return undefined;
  for (let i = at + 2; i < at + 12 && i < words.length; i++) {
    if (close.includes(words[i]?.norm ?? '')) return verbAfter(words, i + 1);
  }
  return undefined;
}

/** Words that open an aside between commas: ", most of them children,". */
const COMMA_ASIDES = new Set(
  'including most mostly many among all almost nearly half some mainly largely with'.split(' '),
);

const ASIDE_CLOSE: Record<string, readonly string[]> = wordTable({
  ',': [','],
  '—': ['—'],
  '–': ['–'],
  '-': ['-'],
  '(': [')'],
});

/**
 * "45 Israeli civilians and 76 IDF soldiers have died": the verb after a short list of counted
 * people belongs to each of its items.
 */
function verbAfterList(words: readonly Word[], at: number): VerbMatch | undefined {
  let i = at;
  for (let items = 0; items < 3; items++) {
    if (!LIST_JOINS.has(words[i]?.norm ?? '')) return undefined;
    i++;
    while (i < at + 20 && HEDGES.has(words[i]?.norm ?? '')) i++;
    const number = words[i]?.norm ?? '';
    if (!/^\d/.test(number) && !isNumberWord(number)) return undefined;
    const np = nounPhraseAt(words, i + 1);
    if (!np || np.noun.kind === 'equipment') return undefined;
    const verb = verbAfter(words, np.next);
    if (verb) return verb;
    i = np.next;
  }
  return undefined;
}

const LIST_JOINS = new Set([',', 'and', 'or']);
export const HEDGES = new Set('at least more than over about around nearly almost some'.split(' '));

/**
 * "2,000 men from the region had died", "1,200 troops in Bakhmut were killed": a short phrase
 * of place or origin between the noun and an auxiliary. Only an auxiliary may end it, so that
 * "20 soldiers in Bakhmut killed the commander" stays active and is no loss.
 */
function verbAfterPlace(words: readonly Word[], at: number): VerbMatch | undefined {
  if (!PLACE_OPENERS.has(words[at]?.norm ?? '')) return undefined;
  for (let i = at + 2; i <= at + 8 && i < words.length; i++) {
    const norm = words[i]?.norm ?? '';
    if (AUXILIARIES.has(norm)) return verbAfter(words, i);
    if (!/^[\p{L}\d]/u.test(norm)) return undefined;
  }
  return undefined;
}

const PLACE_OPENERS = new Set([
  'from',
  'in',
  'near',
  'around',
  'at',
  'on',
  'across',
  'inside',
  'aged',
]);
const AUXILIARIES = new Set(['have', 'has', 'had', 'were', 'was', 'are', 'is']);

/** "Five children among 31 killed": a part of a count whose verb follows that count. */
function verbAfterAmong(words: readonly Word[], at: number): VerbMatch | undefined {
  if (words[at]?.norm !== 'among') return undefined;
  let i = at + 1;
  while (i < at + 4 && HEDGES.has(words[i]?.norm ?? '')) i++;
  const number = words[i]?.norm ?? '';
  if (!/^\d/.test(number) && !isNumberWord(number)) return undefined;
  return verbAfter(words, i + 1);
}

/** A verb after something inserted between it and the noun: an aside, a rate or a place. */
export function verbAfterInsert(words: readonly Word[], at: number): VerbMatch | undefined {
  const rate = RATE.test(`${words[at]?.norm} ${words[at + 1]?.norm}`);
  return (
    verbAfterAside(words, at) ??
    (rate ? verbAfter(words, at + 2) : undefined) ??
    verbAfterPlace(words, at) ??
    verbAfterList(words, at) ??
    verbAfterAmong(words, at)
  );
}
