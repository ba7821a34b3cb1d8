import type { Ctx } from './context';
import { hedgeBefore } from './hedges';
import { headOf, type Outcome } from './lexicon';
import type { SlavicNumber } from './numbers';
import { contextPeople, outcomeOfMetric, peopleMetric, tollOf } from './people';
import type { Reading } from './reading';
import { once, type SlavicSentence } from './sentences';
import type { Tok } from './tokens';

/**
 * Tolls and their increments: a count that rose ("зросла до 30", "збільшився ще на 930"),
 * reached a figure ("сягнули 1 233 020") or is named by its noun ("постраждалих уже 15"), and
 * the figure before it told again.
 */

const GROWTH =
  /^(?:превысило|превысила|превысили|превышают|перевищило|перевищила|перевищили|перевищують|перевалило|зросла|зросло|зросли|збільшилася|збільшилась|збільшився|збільшилися|збільшилось|сягнула|сягнуло|сягнули|сягнув|досягла|досягло|досягли|досяг|возросло|возросла|возросли|выросло|выросла|выросли|увеличилось|увеличилась|увеличился|увеличились|достигло|достигла|достигли|достиг|составило|составила|составили|составил|становить|становлять|составляет|составляют|склала|склало|склали|склав|сягати|сягає|сягають|сягали|сягала|досягає|досягають|достигать|достигает|достигают)$/;
/** "постраждалих уже 15", "загиблих вже 10": the outcome of a toll named right before its count. */
function tollNounBefore(toks: readonly Tok[], i: number): Outcome | undefined {
  if (!/^(?:уже|вже)$/.test(toks[i - 1]?.norm ?? '') || toks[i - 2]?.kind !== 'w') return undefined;
  const head = headOf((toks[i - 2] as Tok).norm);
  return head?.kind === 'outcome' && head.outcome !== 'lost' ? head.outcome : undefined;
}

/** Verbs of a toll's rise: "до" after them gives the new count, "на" the increase. */
const RISE =
  /^(?:зросла|зросло|зросли|збільшилася|збільшилась|збільшився|збільшилися|збільшилось|возросло|возросла|возросли|выросло|выросла|выросли|увеличилось|увеличилась|увеличился|увеличились)$/;
/** A sentence that speaks of a count ("кількість", "число") or of a figure ("цифра"). */
const TALLY_WORD = /(?<![\p{L}])(?:кількість|число|количество)(?![\p{L}])/u;
const FIGURE_WORD = /(?<![\p{L}])(?:цифр[аиуі]|цифрой|цифрою)(?![\p{L}])/u;
export const tallyWord = (s: SlavicSentence) =>
  once(s, 'tally word', () => TALLY_WORD.test(s.folded));
export const figureWord = (s: SlavicSentence) =>
  once(s, 'figure word', () => FIGURE_WORD.test(s.folded));
/** "довівши їхню загальну кількість до 11 603", "их общее число до 400": a toll brought to a count. */
const TALLY = /^(?:кількість|число|количество|кількості|числа|количества)$/;

/**
 * Whether the number at token `i` is a toll's new count or increase (`grown`), and whether a
 * hedge stands between the toll's verb and the number (`hedged`). `before` are the words right
 * before the number (`wordsBefore`).
 */
export function riseBefore(
  toks: readonly Tok[],
  before: readonly string[],
  i: number,
  num: SlavicNumber,
): { grown: boolean; hedged: boolean } {
  // "зросла до 30", "превысило 8000": the new count of a toll, not a hedge.
  // "зросли на 3", "збільшився ще на 930": the toll's increase.
  const by = before.at(-1) === 'до' || before.at(-1) === 'на';
  const still = /^(?:ще|еще)$/.test(before.at(-2) ?? '');
  // "можуть сягати приблизно 1,2 мільйона": a hedge between the verb and the number.
  const hedged = !by && !!hedgeBefore(before.slice(-1)) && GROWTH.test(before.at(-2) ?? '');
  const grown =
    hedged ||
    GROWTH.test(before.at(-1) ?? '') ||
    (by && RISE.test((still ? before.at(-3) : before.at(-2)) ?? '')) ||
    (before.at(-1) === 'до' && TALLY.test(before.at(-2) ?? '')) ||
    // "До двох зросла кількість постраждалих": the new count before the verb of its rise.
    (before.at(-1) === 'до' && RISE.test(toks[num.next]?.norm ?? '')) ||
    // "постраждалих уже 15": the toll's noun, then its count.
    tollNounBefore(toks, i) !== undefined;
  return { grown, hedged };
}

/**
 * "зросла до 30": the toll named before the number. "кількість дітей, загиблих …, зросла до
 * 500": the toll names whom it counts. False when a toll grew but counts no one we count.
 */
export function grownToll(
  s: SlavicSentence,
  toks: readonly Tok[],
  i: number,
  num: SlavicNumber,
  grown: boolean,
): Reading | false | undefined {
  const toll = tollNounBefore(toks, i) ?? tollOf(s);
  if (!grown || !toll) return undefined;
  const people = once(s, 'children count', () => CHILDREN_COUNT.test(s.folded))
    ? 'children'
    : contextPeople(s);
  const metric = peopleMetric(people, toll, people);
  return metric ? { metric, end: num.end, next: num.next, people } : false;
}

const CHILDREN_COUNT = /кількість діт|число дет|количество дет/;

/** The people's figure just before, told again or grown, counted by the number. */
export function tollAgain(
  ctx: Ctx,
  index: number,
  s: SlavicSentence,
  num: SlavicNumber,
  grown: boolean,
): Reading | undefined {
  const last = ctx.found.at(-1);
  if (!last?.people) return undefined;
  const { metric } = last.mention;
  const again = {
    metric,
    end: num.end,
    next: num.next,
    people: last.people,
    borrowed: last.mention,
  };
  // "Сначала писали о 4 пострадавших. Но … их количество возросло до 6": the same toll, grown.
  if (grown && last.sentence >= index - 1 && tallyWord(s)) return again;
  // "Цифра така дійсно є, вона трохи більше семи тисяч": the figure just given, told again.
  const bareNumber = ctx.toks[num.next]?.kind !== 'w';
  if (last.sentence >= index - 2 && bareNumber && figureWord(s))
    return { ...again, keepSide: true };
  return undefined;
}

/**
 * "втрати … сягнули 1 233 020 військовослужбовців. Лише за останню добу цей показник збільшився
 * ще на 930 осіб": an increase with no loss of its own counts the loss of the figure before.
 */
export function previousOutcome(ctx: Ctx, index: number): Outcome | undefined {
  const last = ctx.found.at(-1);
  if (!last || last.sentence < index - 1 || !last.people) return undefined;
  return outcomeOfMetric(last.mention.metric);
}
