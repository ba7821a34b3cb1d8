import type { Flag, MatchQuery } from './types';

/** The numeric part of an estimate that flags compare against. */
export interface FigureShape {
  value: number | null;
  low?: number;
  high?: number;
}

/**
 * How the query's figure relates to an estimate's: exactly one of matches / digits-swapped /
 * rounded / differs, or none when the query carries no number at all.
 */
export function comparisonFlag(query: FigureShape, estimate: FigureShape): Flag | undefined {
  if (query.value === null) return compareRanges(query, estimate);
  const target = query.value;
  const candidates = numbersOf(estimate);
  if (candidates.includes(target)) return 'matches';
  if (candidates.some((n) => isDigitsSwapped(target, n))) return 'digits-swapped';
  if (candidates.some((n) => isRoundingOf(target, n))) return 'rounded';
  return 'differs';
}

function compareRanges(query: FigureShape, estimate: FigureShape): Flag | undefined {
  if (query.low === undefined || query.high === undefined) return undefined;
  return query.low === estimate.low && query.high === estimate.high ? 'matches' : 'differs';
}

/** The estimate's value and range bounds, in that order. */
function numbersOf(estimate: FigureShape): number[] {
  const out = estimate.value === null ? [] : [estimate.value];
  if (estimate.low !== undefined) out.push(estimate.low);
  if (estimate.high !== undefined) out.push(estimate.high);
  return out;
}

/** Same multiset of digits, different number: 3,285 vs 3,825. */
export function isDigitsSwapped(a: number, b: number): boolean {
  if (a === b || !Number.isInteger(a) || !Number.isInteger(b)) return false;
  const sorted = (n: number) => String(Math.abs(n)).split('').sort().join('');
  return sorted(a) === sorted(b);
}

/** Significant figures of an integer as written: 20,600 has 3, 790 has 2, 0 has 1. */
export function significantFigures(n: number): number {
  const digits = String(Math.abs(Math.trunc(n))).replace(/0+$/, '');
  return Math.max(1, digits.length);
}

/** Rounds to `figures` significant figures: (20582, 3) → 20600. */
export function roundToSignificant(n: number, figures: number): number {
  if (n === 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(n))) - figures + 1);
  return Math.round(n / magnitude) * magnitude;
}

/** The query's figure is the estimate rounded to the query's own precision: 20,600 vs 20,582. */
export function isRoundingOf(queryValue: number, estimateValue: number): boolean {
  if (queryValue === estimateValue) return false;
  return roundToSignificant(estimateValue, significantFigures(queryValue)) === queryValue;
}

/** Every flag for one estimate. */
export function computeFlags(
  query: MatchQuery,
  estimate: FigureShape & { metricDiffers: boolean; lowerBound: boolean },
): Flag[] {
  const flags: Flag[] = [];
  const relation = comparisonFlag(query, estimate);
  if (relation) flags.push(relation);
  if (estimate.lowerBound) flags.push('lower-bound');
  if (estimate.metricDiffers) flags.push('metric-equivalence');
  return flags;
}
