import type { Comparison, Estimate, Flag, MatchQuery } from '../claims/types';
import { SIDE_LABELS } from './labels';

/**
 * Whether an estimate disagrees with the article's figure. A lower bound by method (Oryx's
 * visually confirmed count) below the article's figure is expected, not a disagreement.
 */
export function isDisagreement(estimate: Estimate, query: MatchQuery): boolean {
  if (!estimate.flags.includes('differs') && !estimate.flags.includes('digits-swapped'))
    return false;
  const queryHigh = query.value ?? query.high;
  const estimateHigh = estimate.value ?? estimate.high;
  const belowAsExpected =
    estimate.flags.includes('lower-bound') &&
    queryHigh !== undefined &&
    estimateHigh !== undefined &&
    estimateHigh <= queryHigh;
  return !belowAsExpected;
}

/**
 * The accessible name of a highlight: what it is and what the database says about it,
 * e.g. "790 tanks, Russian losses: 2 sources, 1 disagreement".
 */
export function describeFigure(text: string, comparison: Comparison | undefined): string {
  if (!comparison) return `${text}: looking up sources`;
  return `${text}, ${summarizeComparison(comparison)}`;
}

/** "Russian losses: 2 sources, 1 disagreement". */
export function summarizeComparison(comparison: Comparison): string {
  const side = SIDE_LABELS[comparison.query.side];
  const sources = comparison.estimates.length;
  if (sources === 0) return `${side}: no other estimates known`;
  const disagreements = comparison.estimates.filter((e) =>
    isDisagreement(e, comparison.query),
  ).length;
  return (
    `${side}: ${plural(sources, 'source')}` +
    (disagreements > 0 ? `, ${plural(disagreements, 'disagreement')}` : '')
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * The flags shown for an estimate. A lower bound below the article's figure is expected, so its
 * "differs" would only alarm the reader and is left out.
 */
export function displayedFlags(estimate: Estimate, query: MatchQuery): Flag[] {
  if (isDisagreement(estimate, query)) return estimate.flags;
  return estimate.flags.filter((flag) => flag !== 'differs');
}
