import type { ClaimsIndex } from './claims-index';
import { match } from './match';
import type { Comparison, Estimate, Flag, MatchQuery } from './types';

/**
 * The comparison for a figure whose wording may allow two measures (docs/DETECTION.md §7).
 * "Russia has lost 1,475,270 troops, the General Staff said" is killed and wounded by our rules,
 * killed to some readers: when the cited claimant's own figure for the date equals the article's
 * under exactly one of the two measures, that measure is the reading; otherwise the reading stays
 * ambiguous, and no estimate is flagged as differing under either, because a "differs" built on
 * a guessed measure would tell the reader that a correct article is wrong.
 */
export function matchReading(index: ClaimsIndex, query: MatchQuery): Comparison {
  const { alsoMetric, ...rest } = query;
  if (!alsoMetric || alsoMetric === query.metric) return match(index, rest);
  const first = match(index, rest);
  const second = match(index, { ...rest, metric: alsoMetric });
  const byFirst = citedEqual(first.estimates, rest.metric);
  const bySecond = citedEqual(second.estimates, alsoMetric);
  if (byFirst && !bySecond) return settled(first, byFirst);
  if (bySecond && !byFirst) return settled(second, bySecond);
  return {
    query,
    estimates: first.estimates.map(withoutDisagreement),
    reading: { kind: 'ambiguous', metrics: [rest.metric, alsoMetric] },
  };
}

/** Flags that equal the figure: the cited claimant said this number (or it rounded). */
const EQUAL: ReadonlySet<Flag> = new Set<Flag>(['matches', 'rounded']);

/** The cited claimant's own estimate of `metric` that equals the article's figure. */
function citedEqual(estimates: readonly Estimate[], metric: string): Estimate | undefined {
  return estimates.find((e) => e.cited && e.metric === metric && e.flags.some((f) => EQUAL.has(f)));
}

function settled(comparison: Comparison, by: Estimate): Comparison {
  return {
    ...comparison,
    reading: {
      kind: 'settled',
      metric: by.metric,
      claimantId: by.claimantId,
      claimantName: by.claimantName,
      date: by.date,
    },
  };
}

/**
 * An estimate without the flags that say the article's figure disagrees with it: under an
 * ambiguous reading no such judgement can be made.
 */
function withoutDisagreement(estimate: Estimate): Estimate {
  const drop: readonly Flag[] = [
    'differs',
    'digits-swapped',
    'below-floor',
    'metric-mismatch',
    'below-total',
  ];
  if (!estimate.flags.some((f) => drop.includes(f))) return estimate;
  const flags = estimate.flags.filter((f) => !drop.includes(f));
  const reasons = { ...estimate.reasons };
  for (const f of drop) delete reasons[f];
  return { ...estimate, flags, reasons };
}
