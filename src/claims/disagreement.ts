import type { Estimate, MatchQuery } from './types';

/**
 * Whether an estimate disagrees with the article's figure. A lower bound by method (Oryx's
 * visually confirmed count) below the article's figure is expected, not a disagreement.
 *
 * Pure and here, not in src/ui, because the background counts disagreements into the compact
 * per-tab records the popup lists (src/messaging/tab-record.ts) as well as the UI showing them.
 */
export function isDisagreement(estimate: Estimate, query: MatchQuery): boolean {
  if (!estimate.flags.includes('differs') && !estimate.flags.includes('digits-swapped'))
    return false;
  // A figure newer than our data differs from our newest one as a matter of course; only one
  // below the claimant's own earlier total is a disagreement then.
  if (estimate.flags.includes('latest-known') && !estimate.flags.includes('below-total')) {
    return false;
  }
  const queryHigh = query.value ?? query.high;
  const estimateHigh = estimate.value ?? estimate.high;
  const belowAsExpected =
    estimate.flags.includes('lower-bound') &&
    queryHigh !== undefined &&
    estimateHigh !== undefined &&
    estimateHigh <= queryHigh;
  return !belowAsExpected;
}
