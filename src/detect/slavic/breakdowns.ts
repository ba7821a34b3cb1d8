import type { Metric } from '../../core/vocabulary';
import { type Ctx, hasLossBefore } from './context';
import { readNumber, type SlavicNumber } from './numbers';
import { type CountedPhrase, countedPhrase } from './phrase';
import { isDashAt, type NumberReader, pastDash, skipHedges } from './reading';
import type { SlavicSentence } from './sentences';
import type { Tok } from './tokens';

/**
 * Rows and breakdowns of a count: numbers in a row that share one noun, the items of a count
 * broken down by place, and the parts of a count ("в тому числі").
 */

/** "– над Брянською областю", "беспилотнику перехватили над": a place a count is broken down by. */
export function overPlaces(toks: readonly Tok[], from: number, to: number): boolean {
  for (let j = from; j < to && j < from + 4; j++) {
    const norm = toks[j]?.norm ?? '';
    if (/^(?:над|під|под)$/.test(norm)) return true;
    if (toks[j]?.kind === 'p' && !isDashAt(toks, j)) return false;
  }
  return false;
}

/** "в тому числі один БПЛА", "в том числе два": a part of a count, right before the number. */
export function includedBefore(toks: readonly Tok[], from: number, i: number): boolean {
  const j = /^["«„“]$/.test(toks[i - 1]?.norm ?? '') ? i - 2 : i - 1;
  if (j < from) return false;
  const last = toks[j]?.norm ?? '';
  if (/^(?:зокрема|частности)$/.test(last)) return true;
  return /^(?:числі|числе)$/.test(last) && /^(?:тому|том)$/.test(toks[j - 1]?.norm ?? '');
}

/** A figure of the same equipment in this sentence or the two before: a breakdown goes on. */
export function sameKindBefore(ctx: Ctx, index: number, metric: Metric): boolean {
  const last = ctx.found.at(-1);
  return !!last && last.sentence >= index - 2 && last.mention.metric === metric;
}

/** "до 220, 190 и 510 человек": the noun of the last number of a row, for the numbers before. */
export function sharedPhrase(
  ctx: Ctx,
  s: SlavicSentence,
  num: SlavicNumber,
): CountedPhrase | undefined {
  const { toks, text } = ctx;
  // "кількість тисяч, десятків тисяч людей": a vague magnitude outbid, not a row of counts.
  if (num.approx !== undefined) return undefined;
  let j = num.next;
  for (let items = 0; items < 6; items++) {
    if (!/^(?:,|и|і|та|й)$/.test(toks[j]?.norm ?? '')) return undefined;
    j++;
    if (toks[j]?.norm === 'и' || toks[j]?.norm === 'і') j++;
    j = skipHedges(toks, j, 1);
    const item = j < s.to ? readNumber(text, toks, j) : undefined;
    if (!item) return undefined;
    const phrase = countedPhrase(text, toks, item.next, s.to);
    if (phrase) return phrase;
    j = item.next;
  }
  return undefined;
}

/**
 * "Украина потеряла 47 самолётов на земле и 13 в воздухе", "свыше 210 бойцов в зоне «Восток» и
 * до 50 — в зоне «Днепр»", "24 БПЛА уничтожили над Брянской областью, 21 — над Белгородской",
 * "Башкортостану (5 945) і Татарстану (5 605)": the items of a breakdown by place count what the
 * figure before them counted, and are that side's.
 */
export const breakdown: NumberReader = (ctx, index, s, i, num) => {
  const { toks } = ctx;
  const last = ctx.found.at(-1);
  if (!last || last.sentence < index - 1) return undefined;
  // "(5 945)" after a region's name; not "(2022)", a year.
  const year = num.value !== null && num.value >= 1900 && num.value <= 2100;
  const bracketed =
    toks[i - 1]?.norm === '(' && toks[num.next]?.norm === ')' && toks[i - 2]?.kind === 'w' && !year;
  let j = skipHedges(toks, i - 1, -1);
  if (/^(?:також|также)$/.test(toks[j]?.norm ?? '')) j--;
  const joined = /^(?:,|;|и|і|та|й|а)$/.test(toks[j]?.norm ?? '') && last.sentence === index;
  // "Ще 26 – над Тульською областю.", "3 – над Ростовською областю.": a line of the breakdown.
  while (j >= s.from && /^(?:і|и|й|а|також|также)$/.test(toks[j]?.norm ?? '')) j--;
  const opening = j < s.from;
  const after = pastDash(toks, num.next);
  const placed = /^(?:в|во|у|на|над|под|під|при|біля|возле|около)$/.test(toks[after]?.norm ?? '');
  if (!(bracketed || ((joined || opening) && placed))) return undefined;
  if (!hasLossBefore(ctx, index, s)) return undefined;
  return {
    metric: last.mention.metric,
    end: num.end,
    next: bracketed ? num.next + 1 : num.next,
    borrowed: last.mention,
    keepSide: true,
    ...(last.people ? { people: last.people } : {}),
  };
};
