import type { Metric } from '../../core/vocabulary';
import type { FigureMention } from '../types';
import { includedBefore, overPlaces, sameKindBefore } from './breakdowns';
import { type Ctx, sentenceClaimant } from './context';
import { BODIES, isModifier, type Outcome, type People } from './lexicon';
import { continuesLoss, detailsBefore } from './lists';
import { isAttack, isEquipmentLoss } from './loss-verbs';
import {
  contextPeople,
  exchanged,
  namesBoth,
  outcomeOfMetric,
  peopleMetric,
  tollOf,
  verbOutcome,
} from './people';
import type { CountedPhrase } from './phrase';
import { type At, equipmentLossIn, isEquipmentMetric, type Reading } from './reading';
import { once, type SlavicSentence } from './sentences';
import type { Tok } from './tokens';
import { figureWord, previousOutcome } from './tolls';

/**
 * A number read by the noun phrase it counts ("790 танків", "110 окупантів"): equipment lost, or
 * people with the loss their words, their verb or the figure before them name.
 */

/** Where a figure ends: its noun phrase's end, or its number's when it borrowed a row's noun. */
interface Span {
  end: number;
  next: number;
}

/**
 * Reads the number at `at` by `phrase`, its own noun phrase (`own`) or the one of its row; `whole`
 * is the figure it is part of, `grown` whether it is a toll's new count or increase.
 */
export function readCounted(
  at: At,
  phrase: CountedPhrase,
  own: boolean,
  whole: FigureMention | undefined,
  grown: boolean,
): Reading | undefined {
  const span = own
    ? { end: phrase.end, next: phrase.next }
    : { end: at.num.end, next: at.num.next };
  if (phrase.equipment) {
    if (phrase.equipment === 'vehicles' && phrase.words.some((w) => PRIVATE_CAR.test(w))) return;
    return countedEquipment(at, phrase.equipment, span, whole);
  }
  return countedPeople(at, phrase, span, whole, grown);
}

/** "посечены два легковых автомобиля": people's cars are no military vehicles (§3). */
const PRIVATE_CAR =
  /^(?:легков|легков|приватн|частн|цивільн|гражданск|особист|личн|пасажирськ|пассажирск)/;

function countedEquipment(
  at: At,
  equipment: Metric,
  span: Span,
  whole: FigureMention | undefined,
): Reading | undefined {
  const { ctx, index, s, i } = at;
  const { toks } = ctx;
  // "застосувавши 115 ударних безпілотників", "атакованы десять дронов": launched, not lost.
  if (launchedBefore(toks, s.from, i)) return undefined;
  const loss =
    equipmentLossIn(ctx, s) ||
    continuesLoss(ctx, index, s) ||
    ((overPlaces(toks, span.next, s.to) || includedBefore(toks, s.from, i)) &&
      sameKindBefore(ctx, index, equipment));
  if (!loss) return undefined;
  // "в тому числі один БПЛА": a part of the figure before, of its side.
  const of =
    whole ??
    (includedBefore(toks, s.from, i) && sameKindBefore(ctx, index, equipment)
      ? ctx.found.at(-1)?.mention
      : undefined);
  const part = of && isEquipmentMetric(of.metric) ? { borrowed: of, keepSide: true } : {};
  return { metric: equipment, ...span, ...part };
}

function countedPeople(
  at: At,
  phrase: CountedPhrase,
  span: Span,
  whole: FigureMention | undefined,
  grown: boolean,
): Reading | undefined {
  const { ctx, index, s } = at;
  const people =
    nationals(ctx, index, s, phrase) ??
    phrase.people ??
    handedBodies(at, phrase) ??
    contextPeople(s);
  const outcome = peopleOutcome(at, phrase, grown);
  // The General Staff's "ліквідовано … особового складу" is its killed and wounded together.
  const staff = people === 'casualties' && sentenceClaimant(ctx, s) === 'ua-general-staff';
  const metric = outcome && peopleMetric(people, staff ? 'lost' : outcome, contextPeople(s));
  // "обмін полоненими: повернули 200 захисників": an exchange returns people, loses none.
  if (metric === 'personnel_captured' && exchanged(ctx, index, s)) return undefined;
  if (!metric) return undefined;
  const also = staff || phrase.outcome ? undefined : looseMetric(s, metric, outcome, people);
  const part = whole && !isEquipmentMetric(whole.metric) ? { borrowed: whole, keepSide: true } : {};
  return { metric, ...span, people, ...part, ...(also ? { alsoMetric: also } : {}) };
}

/** The loss of counted people: their phrase's, a toll's, their verb's, or the figure before's. */
function peopleOutcome(at: At, phrase: CountedPhrase, grown: boolean): Outcome | undefined {
  const { ctx, index, s, i } = at;
  const { toks } = ctx;
  return (
    phrase.outcome ??
    // "передала тела 35 российских военнослужащих": the bodies of the dead.
    (BODIES.test(toks[i - 1]?.norm ?? '') ? 'killed' : undefined) ??
    (grown ? tollOf(s) : undefined) ??
    (comparative(toks, i, phrase.next) ? previousOutcome(ctx, index) : undefined) ??
    verbOutcome(toks, s, i, phrase.next) ??
    detailOutcome(ctx, index, s) ??
    // "Рютте називав цифру у 700 тисяч осіб": another estimate of the figure before.
    (figureWord(s) ? previousOutcome(ctx, index) : undefined) ??
    (grown ? previousOutcome(ctx, index) : undefined)
  );
}

/** Verbs of eliminating: killed by the UK-RU table, killed and wounded to some readers. */
const ELIMINATED = /(?<![\p{L}])(?:ліквід|ликвид|знищ|уничтож)/u;
/** Words that say the people died: then nothing else is meant. */
const DIED = /загин|загибл|вбит|вбив|убит|убив|погиб|смерт|помер|умер|мертв/;

/**
 * The other measure a loose wording allows (docs/DETECTION.md §7): soldiers "lost"
 * ("втратила 980 військових") are killed and wounded by the rules but the dead to some readers;
 * soldiers "eliminated" ("ліквідовано 1000 окупантів") the other way round. Not when the
 * sentence says they died, nor for "особовий склад", the General Staff's word for both.
 */
function looseMetric(
  s: SlavicSentence,
  metric: Metric,
  outcome: Outcome,
  people: People,
): Metric | undefined {
  if (people === 'casualties' || namesBoth(s)) return undefined;
  // Read once per sentence: a long one ("ЗСУ знищили 12 танків і ліквідували 200 окупантів, …")
  // holds many figures, and a test of its whole text for each was quadratic in its length.
  const died = () => once(s, 'died', () => DIED.test(s.folded));
  if (metric === 'personnel_casualties' && outcome === 'lost' && !died()) return 'personnel_killed';
  const eliminated = () => once(s, 'eliminated', () => ELIMINATED.test(s.folded));
  if (metric === 'personnel_killed' && eliminated() && !died()) return 'personnel_casualties';
  return undefined;
}

/** A verb of attacking nearer before the number than any verb of loss. */
function launchedBefore(toks: readonly Tok[], from: number, i: number): boolean {
  for (let j = i - 1; j >= from && j >= i - 6; j--) {
    const tok = toks[j] as Tok;
    if (tok.kind !== 'w') continue;
    if (isEquipmentLoss(tok.norm)) return false;
    if (isAttack(tok.norm)) return true;
  }
  return false;
}

const NATIONALS = /^(?:українц\S*|украинц\S*|росіян\S*|россиян\S*)$/;
const CIVILIAN_COUNT =
  /(?<![\p{L}])(?:діт(?:ей|и|ьми)|дет(?:ей|и|ьми)|ребен\p{L}*|дитин\p{L}*|оон|увкпл|увкпч|мирн\p{L}*|цивільн\p{L}*|гражданск\p{L}*)(?![\p{L}])/u;

/**
 * "было ранено 3180 украинцев, включая 303 ребенка" (the UN's count): Ukrainians or Russians
 * counted with children, civilians or by the UN monitors are civilians, not soldiers.
 */
function nationals(
  ctx: Ctx,
  index: number,
  s: SlavicSentence,
  phrase: CountedPhrase,
): People | undefined {
  if (
    phrase.people !== 'personnel' ||
    !phrase.words.every((w) => NATIONALS.test(w) || isModifier(w))
  )
    return undefined;
  const prev = ctx.sentences[index - 1];
  const civil = (t: SlavicSentence | undefined) =>
    !!t &&
    (once(t, 'civilian count', () => CIVILIAN_COUNT.test(t.folded)) ||
      sentenceClaimant(ctx, t) === 'ohchr');
  return civil(s) || civil(prev) ? 'civilians' : undefined;
}

/** Handing bodies over, receiving them, repatriating them: the warring sides' exchanges. */
const HANDED =
  /(?<![\p{L}])(?:переда|передав|получил|отримал|повернул|вернул|репатрі|репатри|обменял|обмінял)/u;

/** "передала Украине более 11 тысяч тел": bodies the two sides hand over are soldiers'. */
function handedBodies(at: At, phrase: CountedPhrase): People | undefined {
  const bodies = phrase.words.some((w) => BODIES.test(w));
  return bodies && HANDED.test(at.s.folded) ? 'personnel' : undefined;
}

/** "на 5 тысяч человек больше": a count by which another is larger. */
function comparative(toks: readonly Tok[], i: number, next: number): boolean {
  const by = toks[i - 1]?.norm === 'на' || toks[i - 2]?.norm === 'на';
  return by && /^(?:больше|більше|меньше|менше)$/.test(toks[next]?.norm ?? '');
}

const INLINE_DETAILS = /(?:серед|среди|з|із|из) них|в тому числі|в том числе/;

/**
 * "…загинули 15 осіб. В тому числі 4 дитини.", "Серед них 5 дітей": a sentence that details the
 * figure just before takes its loss when it names none of its own.
 */
function detailOutcome(ctx: Ctx, index: number, s: SlavicSentence): Outcome | undefined {
  const last = ctx.found.at(-1);
  if (!last || last.sentence < index - 1 || !last.people) return undefined;
  const inline =
    last.sentence === index && once(s, 'inline details', () => INLINE_DETAILS.test(s.folded));
  if (!inline && !detailsBefore(s)) return undefined;
  return outcomeOfMetric(last.mention.metric);
}
