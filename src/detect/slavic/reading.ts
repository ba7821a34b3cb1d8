import type { Metric } from '../../core/vocabulary';
import type { FigureMention } from '../types';
import { type Ctx, hasWord } from './context';
import { headOf, modifiedHead, type People } from './lexicon';
import { isEquipmentLoss } from './loss-verbs';
import type { SlavicNumber } from './numbers';
import { once, type SlavicSentence } from './sentences';
import type { Tok } from './tokens';

/**
 * What the readers of a number share: the reading they return, their signature, and the look
 * back for the equipment a sentence names before a number.
 */

/** What a number counts, where its figure ends, and the figure it borrowed its people from. */
export interface Reading {
  metric: Metric;
  end: number;
  next: number;
  people?: People;
  borrowed?: FigureMention;
  /** A breakdown's item: the side of the figure it details, whatever its own words say. */
  keepSide?: boolean;
  alsoMetric?: Metric;
}

/** A reader of the number `num` at token `i` of sentence `s` (the block's `index`-th). */
export type NumberReader<T = Reading> = (
  ctx: Ctx,
  index: number,
  s: SlavicSentence,
  i: number,
  num: SlavicNumber,
) => T | undefined;

/** Where the number a reader reads stands: `NumberReader`'s arguments, for readers with more. */
export interface At {
  ctx: Ctx;
  index: number;
  s: SlavicSentence;
  i: number;
  num: SlavicNumber;
}

/** Hedge words that may open an item of a row of numbers: "до 220, 190 и более 440". */
const ITEM_HEDGE =
  /^(?:до|более|свыше|около|понад|близько|більше|больше|менее|менше|ще|еще|почти|майже|приблизно|примерно|щонайменше|не|чем|ніж|по)$/;

/** Token `j` moved by `step` past up to three hedge words ("до", "более", "ще") of an item. */
export function skipHedges(toks: readonly Tok[], j: number, step: 1 | -1): number {
  let k = j;
  for (let n = 0; n < 3 && ITEM_HEDGE.test(toks[k]?.norm ?? ''); n++) k += step;
  return k;
}

/** A dash (not a colon) at token `j`. */
export const isDashAt = (toks: readonly Tok[], j: number): boolean =>
  /^[—–‒-]$/.test(toks[j]?.norm ?? '');

/** Token `j`, or the one after it when `j` is a dash ("106 – пошкоджено"). */
export const pastDash = (toks: readonly Tok[], j: number): number =>
  isDashAt(toks, j) ? j + 1 : j;

/** The people a part of a figure counts: soldiers, when the figure counted casualties. */
export const partPeople = (people: People | undefined): People | undefined =>
  people === 'casualties' ? 'personnel' : people;

/** A verb of equipment lost anywhere in the sentence ("знищено", "сбиты"). */
export const equipmentLossIn = (ctx: Ctx, s: SlavicSentence): boolean =>
  once(s, 'equipment loss', () => hasWord(ctx.toks, s.from, s.to, isEquipmentLoss));

export const isEquipmentMetric = (metric: Metric | undefined): boolean =>
  !!metric && !/^(?:personnel|civilians|children|people)_/.test(metric);

/**
 * The equipment a sentence names before token `i`: the last figure found in it ("4 танки,
 * довівши їхню загальну кількість до 11 603 одиниць"), or a noun ("Втрати бойових броньованих
 * машин зросли на 3"), whichever is nearer.
 */
export function namedBefore(
  ctx: Ctx,
  index: number,
  s: SlavicSentence,
  i: number,
): { metric: Metric; figure?: FigureMention } | undefined {
  const { toks } = ctx;
  const last = ctx.found.at(-1);
  const lastFrom = last && last.sentence === index ? last.mention.start : -1;
  for (let j = i - 1; j >= s.from && j >= i - 12; j--) {
    const tok = toks[j] as Tok;
    if (last && (tok.start < lastFrom || (tok.start >= lastFrom && tok.end <= last.mention.end))) {
      const { metric } = last.mention;
      return isEquipmentMetric(metric) ? { metric, figure: last.mention } : undefined;
    }
    if (tok.kind === 'd') return undefined;
    if (tok.kind !== 'w') continue;
    const head = headOf(tok.norm);
    if (head?.kind === 'equipment') return { metric: head.metric };
    // "кількість загиблих зросла до 30": a loss of people named nearer than any equipment.
    if (head?.kind === 'outcome' && head.outcome !== 'lost') return undefined;
    const modifiers = [toks[j - 2]?.norm ?? '', toks[j - 1]?.norm ?? ''];
    const modified = modifiedHead(tok.norm, modifiers, toks[j + 1]?.norm);
    if (modified) return { metric: modified };
  }
  return undefined;
}

/** The equipment `namedBefore` finds, when it is equipment and not people. */
export function equipmentBefore(
  ctx: Ctx,
  index: number,
  s: SlavicSentence,
  i: number,
): Metric | undefined {
  const named = namedBefore(ctx, index, s, i);
  return named && isEquipmentMetric(named.metric) ? named.metric : undefined;
}
