import type { FigureMention } from '../types';
import { breakdown, sharedPhrase } from './breakdowns';
import type { Ctx } from './context';
import { readCounted } from './counted';
import { BODIES, isMeasureWord } from './lexicon';
import { bareLoss, dashTail, elliptic } from './nounless';
import type { SlavicNumber } from './numbers';
import { equipmentPart, partOf, wholeOf } from './parts';
import { notLossBefore } from './people';
import { countedPhrase } from './phrase';
import { type At, equipmentLossIn, isEquipmentMetric, namedBefore, type Reading } from './reading';
import { once, type SlavicSentence } from './sentences';
import { grownToll, tollAgain } from './tolls';

/** What a number counts: its own noun phrase, else a toll's noun or the figure before it. */
export function readPhrase(
  ctx: Ctx,
  index: number,
  s: SlavicSentence,
  i: number,
  num: SlavicNumber,
  grown: boolean,
): Reading | undefined {
  const { toks, text } = ctx;
  const own = countedPhrase(text, toks, num.next, s.to);
  // "список насчитывает 153 171 задокументированную смерть": a count of the dead is counted.
  // "передала Украине тела 1000 погибших", "получила 1 тыс. тел": bodies handed over are the dead.
  const bodies = BODIES.test(toks[i - 1]?.norm ?? '') || own?.words.some((w) => BODIES.test(w));
  const lossNoun = !!own?.outcome && own.outcome !== 'lost';
  if (!bodies && notLossBefore(toks, s.from, i, lossNoun)) return undefined;
  // "до 220, 190 и 510 человек", "без 220 и 70 военнослужащих": numbers in a row share the noun
  // of the last one; each figure's span is its own number.
  const phrase = own ?? sharedPhrase(ctx, s, num);
  // "Из них 335 солдат…", "из них четыре западного производства": a part of the figure before.
  const whole = wholeOf(ctx, index, s, i, num);
  const at = { ctx, index, s, i, num };
  if (phrase) return readCounted(at, phrase, !!own, whole, grown);
  return readNounless(at, grown, whole);
}

/** A number with no noun phrase of its own: what the words and figures around it count. */
function readNounless(at: At, grown: boolean, whole: FigureMention | undefined) {
  const { ctx, index, s, i, num } = at;
  const named = namedDead(ctx, s, num) ?? equipmentNamed(at, grown);
  if (named) return named;
  const toll = grownToll(s, ctx.toks, i, num, grown);
  if (toll !== undefined) return toll || undefined;
  const again =
    tollAgain(ctx, index, s, num, grown) ??
    // "8 боевых бронированных машин, из них четыре западного производства", "атакованы десять
    // дронов, из которых семь подавлены и сбиты": a part of the equipment just named.
    (whole === undefined || isEquipmentMetric(whole.metric)
      ? equipmentPart(ctx, index, s, i, num, whole)
      : undefined);
  if (again) return again;
  const part = partOf(ctx, s, num);
  if (part !== undefined) return part || undefined;
  const reading =
    breakdown(ctx, index, s, i, num) ??
    elliptic(ctx, index, s, i, num) ??
    bareLoss(ctx, index, s, i, num) ??
    dashTail(ctx, index, s, i, num);
  // "870 из них погибло": a part is of the side of its whole.
  return reading && whole ? { ...reading, borrowed: whole, keepSide: true } : reading;
}

const NAMES = /^(?:имен|імен|фамилий|фамилии|прізвищ|записей|записів)$/;
const DEAD = /погиб|загиб|загинул|убит|вбит|некролог/;

/** A sentence, or the one before it, speaks of the dead ("списком погибших"). */
function namesTheDead(s: SlavicSentence): boolean {
  const prev = s.prev;
  return (
    once(s, 'dead', () => DEAD.test(s.folded)) ||
    (!!prev && once(prev, 'dead', () => DEAD.test(prev.folded)))
  );
}

/** "установили 8 712 имен погибших", "в нем указаны 83 фамилии": the named dead are soldiers. */
function namedDead(ctx: Ctx, s: SlavicSentence, num: SlavicNumber): Reading | undefined {
  const after = ctx.toks[num.next];
  if (after?.kind === 'w' && NAMES.test(after.norm) && namesTheDead(s)) {
    return { metric: 'personnel_killed', end: after.end, next: num.next + 1, people: 'personnel' };
  }
  return undefined;
}

/**
 * "Втрати бойових броньованих машин зросли на 3 і склали 23 949 одиниць", "знищено 31
 * систему" under "шкоди завдано артилерії": the equipment named before a bare count.
 */
function equipmentNamed(at: At, grown: boolean): Reading | undefined {
  const { ctx, index, s, i, num } = at;
  const after = ctx.toks[num.next];
  const bare = after?.kind === 'w' && (isMeasureWord(after.norm) || /^систем\S*$/.test(after.norm));
  if (!grown && !bare) return undefined;
  const named = namedBefore(ctx, index, s, i);
  if (!named || !equipmentLossIn(ctx, s)) return undefined;
  const { metric, figure } = named;
  const borrowed = figure ? { borrowed: figure, keepSide: true } : {};
  return bare
    ? { metric, end: after.end, next: num.next + 1, ...borrowed }
    : { metric, end: num.end, next: num.next, ...borrowed };
}
