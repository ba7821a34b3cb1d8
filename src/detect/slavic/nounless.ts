import { type Ctx, type Found, hasLossBefore } from './context';
import { isEquipmentLoss, outcomeOfVerb } from './loss-verbs';
import type { SlavicNumber } from './numbers';
import { contextPeople, outcomesAt, peopleMetric, verbOutcome } from './people';
import {
  type At,
  equipmentBefore,
  equipmentLossIn,
  isDashAt,
  isEquipmentMetric,
  type NumberReader,
  partPeople,
  pastDash,
  type Reading,
  skipHedges,
} from './reading';
import type { SlavicSentence } from './sentences';
import type { Tok } from './tokens';
import { tallyWord } from './tolls';

/**
 * Numbers with no noun of their own: the people or equipment of the figure just before
 * ("ліквідовано 110 окупантів, ще 160 поранено"), of a verb of loss right after them ("еще 23
 * пострадали"), or of the words before a dash that closes the sentence.
 */

/**
 * "ліквідовано 110 окупантів, ще 160 поранено", "ранены 3825": a number without a noun, right
 * next to a loss verb, counts the people of the figure just before it.
 */
export const elliptic: NumberReader = (ctx, index, s, i, num) => {
  const last = ctx.found.at(-1);
  if (!last || last.sentence < index - 1 || last.dash) return undefined;
  const at = { ctx, index, s, i, num };
  return (
    dashItem(at, last) ?? (last.people ? morePeople(at, last) : moreEquipment(ctx.toks, num, last))
  );
};

/**
 * "сбито 80 беспилотников: над Брянской областью — 30, …", "«Запад» — свыше 220": the items of
 * a breakdown after a dash count what the figure before them counted.
 */
function dashItem(at: At, last: Found): Reading | undefined {
  const { ctx, index, s, i, num } = at;
  const { toks } = ctx;
  // "«Восток» — более 340": the dash may stand before a hedge.
  const dash = isDashAt(toks, i - 1) ? i - 1 : isDashAt(toks, i - 2) ? i - 2 : -1;
  // "на территории «Запада» — более 300": the label may close a quotation.
  const label = /^[»"“]$/.test(toks[dash - 1]?.norm ?? '') ? toks[dash - 2] : toks[dash - 1];
  if (dash <= s.from || label?.kind !== 'w' || !hasLossBefore(ctx, index, s)) return undefined;
  const { metric, side } = last.mention;
  // "погибли 2 729 человек, а ранены - 3111": a label that names a loss of its own.
  const own = last.people ? outcomeOfVerb(label.norm) : undefined;
  const people = partPeople(last.people);
  const relabelled = own && people && peopleMetric(people, own, contextPeople(s));
  return {
    metric: relabelled || metric,
    end: num.end,
    next: num.next,
    borrowed: { ...last.mention, side },
    keepSide: true,
    ...(last.people ? { people: last.people } : {}),
  };
}

/** "1239 танків було знищено, 106 – пошкоджено, 113 – кинуто": more of the same equipment. */
function moreEquipment(toks: readonly Tok[], num: SlavicNumber, last: Found): Reading | undefined {
  // Only a loss verb right after the number (or its dash): "106 – пошкоджено", "113 кинуто".
  const dashed = /^[–—-]$/.test(toks[num.next]?.norm ?? '') ? num.next + 1 : num.next;
  const verb = toks[dashed];
  const equipment = verb?.kind === 'w' && isEquipmentLoss(verb.norm);
  const metric = last.mention.metric;
  if (!equipment || !isEquipmentMetric(metric)) return undefined;
  return { metric, end: num.end, next: num.next, borrowed: last.mention };
}

/** "мінус 5": a loss only before the people it counts ("Мінус 1000 окупантів"). */
const MINUS = /^(?:мінус|минус)$/;

/** "ще 160 поранено": more of the people of the figure before, with the loss next to the number. */
function morePeople(at: At, last: Found): Reading | undefined {
  const { ctx, s, i, num } = at;
  const { toks } = ctx;
  const near = [toks[num.next], toks[i - 1], toks[i - 2], toks[num.next + 1], toks[num.next + 2]];
  // "1941 получил ранения": receiving a wound right after the number comes first.
  const received = outcomesAt(toks, num.next, s.to)[0];
  const outcome =
    received ??
    near
      .map((t) => (t?.kind === 'w' && !MINUS.test(t.norm) ? outcomeOfVerb(t.norm) : undefined))
      .find(Boolean);
  // "з них 400 — полоненими": a part of a casualty count, read as the people it counts.
  const people = partPeople(last.people);
  const metric = outcome && people && peopleMetric(people, outcome, contextPeople(s));
  if (!metric) return undefined;
  return { metric, end: num.end, next: num.next, people, borrowed: last.mention };
}

/**
 * "погиб человек, еще 23 пострадали", "Ще один – постраждав", "атаки дронов, один сбит": a number
 * with no noun, right before a verb of loss, counts the people of its sentence, or the equipment
 * it names just before.
 */
export const bareLoss: NumberReader = (ctx, index, s, i, num) => {
  const { toks } = ctx;
  if (num.value === null || (num.value >= 1900 && num.value <= 2100)) return undefined;
  if (toks[i - 1]?.kind === 'd' || toks[i - 1]?.norm === ':') return undefined;
  const after = pastDash(toks, num.next);
  const verb = toks[after];
  if (verb?.kind !== 'w') return undefined;
  if (isEquipmentLoss(verb.norm) && !outcomeOfVerb(verb.norm)) {
    const metric = equipmentBefore(ctx, index, s, i);
    return metric ? { metric, end: num.end, next: num.next } : undefined;
  }
  const outcome = outcomesAt(toks, after, s.to)[0];
  if (!outcome || outcome === 'lost') return undefined;
  // "сбит" is also "уничтожен": equipment named just before outranks people.
  const named = equipmentBefore(ctx, index, s, i);
  if (named) {
    return isEquipmentLoss(verb.norm) ? { metric: named, end: num.end, next: num.next } : undefined;
  }
  const people = contextPeople(s);
  const metric = peopleMetric('generic', outcome, people);
  return metric ? { metric, end: num.end, next: num.next, people } : undefined;
};

/**
 * "збили рекордну кількість дронів, на Миколаївщині – 14", "загинула найбільша кількість
 * цивільних людей … – понад 2,5 тис.": a number after a dash that closes its sentence counts what
 * the words before the dash name: equipment just named, or people whose count ("кількість") lost.
 */
export const dashTail: NumberReader = (ctx, index, s, i, num) => {
  const { toks } = ctx;
  const d = skipHedges(toks, i - 1, -1);
  if (!isDashAt(toks, d) || toks[d - 1]?.kind !== 'w') return undefined;
  if (!closesSentence(ctx, s, num)) return undefined;
  const named = equipmentBefore(ctx, index, s, d);
  if (named) {
    if (!equipmentLossIn(ctx, s)) return;
    return { metric: named, end: num.end, next: num.next };
  }
  if (!tallyWord(s)) return undefined;
  const outcome = verbOutcome(toks, s, d, d);
  const people = contextPeople(s);
  const metric = outcome && outcome !== 'lost' && peopleMetric('generic', outcome, people);
  return metric ? { metric, end: num.end, next: num.next, people } : undefined;
};

/** Whether the number is the last of its sentence. */
function closesSentence(ctx: Ctx, s: SlavicSentence, num: SlavicNumber): boolean {
  const end = ctx.toks[num.next];
  // "– понад 2,5 тис. Про це…": the abbreviation's point may end the sentence too.
  const closed =
    ctx.text[num.end - 1] === '.' && end?.kind === 'w' && /\p{Lu}/u.test(ctx.text[end.start] ?? '');
  return num.next >= s.to || closed || (end?.kind === 'p' && /^[.!;]$/.test(end.norm));
}
