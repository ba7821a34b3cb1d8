import type { Qualifier } from '../core/vocabulary';
import type { Flag, MatchQuery } from './types';

/** The numeric part of a figure that flags compare. */
export interface FigureShape {
  value: number | null;
  low?: number | undefined;
  high?: number | undefined;
  /** The hedge of the article's figure ("more than 20,000" may round 20,582 down). */
  qualifier?: Qualifier;
}

/** How the article's figure relates to an estimate's, and the estimate number it was matched to. */
export interface Relation {
  flag: Extract<Flag, 'matches' | 'digits-swapped' | 'rounded' | 'differs'>;
  /** The estimate's number that explains the flag (its value, low or high). */
  against: number | undefined;
}

/**
 * How the query's figure relates to an estimate's: matches, digits-swapped, rounded or differs,
 * or undefined when the query carries no number at all. Qualifiers never break a match: "about
 * 20,600" matches the General Staff's 20,600, whatever either side's hedge.
 */
export function relate(query: FigureShape, estimate: FigureShape): Relation | undefined {
  if (query.value === null) return relateRanges(query, estimate);
  const target = query.value;
  // The estimate's value, low and high, unrolled: this runs for every estimate of every query.
  const a = estimate.value ?? undefined;
  const { low: b, high: c } = estimate;
  if (target === a || target === b || target === c) return { flag: 'matches', against: target };
  const swapped = firstOf(a, b, c, (n) => isDigitsSwapped(target, n));
  if (swapped !== undefined) return { flag: 'digits-swapped', against: swapped };
  const rounded = firstOf(a, b, c, (n) => isRoundingOf(target, n, query.qualifier));
  if (rounded !== undefined) return { flag: 'rounded', against: rounded };
  return { flag: 'differs', against: a ?? b ?? c };
}

function firstOf(
  a: number | undefined,
  b: number | undefined,
  c: number | undefined,
  test: (n: number) => boolean,
): number | undefined {
  if (a !== undefined && test(a)) return a;
  if (b !== undefined && test(b)) return b;
  if (c !== undefined && test(c)) return c;
  return undefined;
}

/** The relation's flag alone. */
export function comparisonFlag(query: FigureShape, estimate: FigureShape): Flag | undefined {
  return relate(query, estimate)?.flag;
}

function relateRanges(query: FigureShape, estimate: FigureShape): Relation | undefined {
  if (query.low === undefined || query.high === undefined) return undefined;
  const same = query.low === estimate.low && query.high === estimate.high;
  return { flag: same ? 'matches' : 'differs', against: undefined };
}

/** Same multiset of digits, different number: 3,285 vs 3,825. */
export function isDigitsSwapped(a: number, b: number): boolean {
  if (a === b || !Number.isInteger(a) || !Number.isInteger(b)) return false;
  // Numbers with the same digits have the same remainder mod 9: a cheap test before sorting.
  if (Math.abs(a) % 9 !== Math.abs(b) % 9) return false;
  const [x, y] = [String(Math.abs(a)), String(Math.abs(b))];
  if (x.length !== y.length) return false;
  const sorted = (digits: string) => digits.split('').sort().join('');
  return sorted(x) === sorted(y);
}

/** Significant figures of an integer as written: 20,600 has 3, 790 has 2, 0 has 1. */
export function significantFigures(n: number): number {
  let rest = Math.abs(Math.trunc(n));
  if (rest === 0) return 1;
  while (rest % 10 === 0) rest /= 10;
  return String(rest).length;
}

/** Rounds to `figures` significant figures: (20582, 3) → 20600. */
export function roundToSignificant(n: number, figures: number): number {
  if (n === 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(n))) - figures + 1);
  return Math.round(n / magnitude) * magnitude;
}

/** The place value of the last significant digit: 20,600 → 100, 20,000 → 10,000. */
function lastPlace(n: number): number {
  const digits = String(Math.abs(Math.trunc(n))).length;
  return 10 ** (digits - significantFigures(n));
}

/**
 * The query's figure is the estimate rounded to the query's own precision: 20,600 vs 20,582.
 * "More than 20,000" rounds down (20,000 ≤ x < 30,000); "up to 40,000" rounds up.
 */
export function isRoundingOf(
  queryValue: number,
  estimateValue: number,
  qualifier?: Qualifier,
): boolean {
  if (queryValue === estimateValue || queryValue === 0) return false;
  if (qualifier === 'more-than') {
    return estimateValue > queryValue && estimateValue < queryValue + lastPlace(queryValue);
  }
  if (qualifier === 'up-to') {
    return estimateValue < queryValue && estimateValue > queryValue - lastPlace(queryValue);
  }
  return roundToSignificant(estimateValue, significantFigures(queryValue)) === queryValue;
}

/** Direction words for a rounding, by the article's hedge. */
export function roundingWord(qualifier: MatchQuery['qualifier']): string {
  if (qualifier === 'more-than') return 'rounded down';
  if (qualifier === 'up-to') return 'rounded up';
  return 'rounded';
}
