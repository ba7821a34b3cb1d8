import type { FigureMention } from '../types';
import type { Ctx } from './context';
import { isEquipmentLoss, outcomeOfVerb } from './loss-verbs';
import type { SlavicNumber } from './numbers';
import { contextPeople, outcomeOfMetric, peopleMetric } from './people';
import { countedPhrase } from './phrase';
import { type NumberReader, namedBefore, pastDash, type Reading, skipHedges } from './reading';
import type { SlavicSentence } from './sentences';

/**
 * Sub-counts: a number that counts part of the figure before it ("Из них 335 солдат", "четверо
 * з них – діти", "з яких 12"), of that figure's side and kind.
 */

/**
 * "15 загиблих людей, четверо з них – діти": the part counts the people named after it, with the
 * loss of the figure it is part of. "один из них в тяжелом состоянии", "троих из них
 * госпитализировали": a part that names no one and no loss is no figure (false). Undefined when
 * the number is not followed by "з них".
 */
export function partOf(
  ctx: Ctx,
  s: SlavicSentence,
  num: SlavicNumber,
): Reading | false | undefined {
  const { toks } = ctx;
  if (!/^(?:з|із|зі|из)$/.test(toks[num.next]?.norm ?? '') || toks[num.next + 1]?.norm !== 'них')
    return undefined;
  let j = pastDash(toks, num.next + 2);
  if (/^(?:це|это|—)$/.test(toks[j]?.norm ?? '')) j++;
  const last = ctx.found.at(-1);
  const phrase = countedPhrase(ctx.text, toks, j, s.to);
  if (!last || !phrase || phrase.equipment || !(phrase.people || phrase.outcome)) {
    // "двоє з них загинули": a loss named right after stays for the elliptic reading.
    const verb = toks[j];
    return verb?.kind === 'w' && outcomeOfVerb(verb.norm) ? undefined : false;
  }
  // "майже 200 тисяч з них – це загиблі": the people of the whole, the loss of the part.
  const people = phrase.people ?? (last.people === 'casualties' ? 'personnel' : last.people);
  const outcome = phrase.outcome ?? outcomeOfMetric(last.mention.metric);
  const metric = people && outcome && peopleMetric(people, outcome, contextPeople(s));
  if (!metric) return false;
  return { metric, end: num.end, next: phrase.next, people, borrowed: last.mention };
}

/** "из них", "з них", "из которых", "з яких", "среди них", "серед них" right before a number. */
const PART_OF = /^(?:них|которых|яких)$/;
const PART_FROM = /^(?:з|із|зі|из|среди|серед)$/;

/**
 * The figure a number is part of: "Из них 335 солдат", "з яких 12": the last figure of this
 * sentence or the one before, when "of them" stands right before the number (after a hedge).
 */
export const wholeOf: NumberReader<FigureMention> = (ctx, index, s, i, num) => {
  const { toks } = ctx;
  let j = skipHedges(toks, i - 1, -1);
  if (/^[—–‒:-]$/.test(toks[j]?.norm ?? '')) j--;
  const before =
    j >= s.from + 1 && PART_OF.test(toks[j]?.norm ?? '') && PART_FROM.test(toks[j - 1]?.norm ?? '');
  const after =
    PART_FROM.test(toks[num.next]?.norm ?? '') && PART_OF.test(toks[num.next + 1]?.norm ?? '');
  if (!before && !after) return undefined;
  const last = ctx.found.at(-1);
  return last && last.sentence >= index - 1 ? last.mention : undefined;
};

/**
 * A part of equipment with no noun of its own: "из них четыре западного производства" (of the
 * figure just found), "десять дронов, из которых семь подавлены и сбиты" (of the noun just named,
 * when a verb of loss follows the part).
 */
export function equipmentPart(
  ctx: Ctx,
  index: number,
  s: SlavicSentence,
  i: number,
  num: SlavicNumber,
  whole: FigureMention | undefined,
): Reading | undefined {
  const { toks } = ctx;
  const j = i - 1;
  if (!PART_OF.test(toks[j]?.norm ?? '') || !PART_FROM.test(toks[j - 1]?.norm ?? ''))
    return undefined;
  if (whole)
    return { metric: whole.metric, end: num.end, next: num.next, borrowed: whole, keepSide: true };
  const verb = toks[num.next];
  if (verb?.kind !== 'w' || !isEquipmentLoss(verb.norm)) return undefined;
  const named = namedBefore(ctx, index, s, j - 1);
  return named ? { metric: named.metric, end: num.end, next: num.next } : undefined;
}
