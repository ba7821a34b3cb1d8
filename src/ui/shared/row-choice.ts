import type { Comparison, Estimate } from '../../claims/types';
import type { Method, Metric } from '../../core/vocabulary';

/** Rows open at once; the rest wait behind "Show all". */
export const FIRST_ROWS = 5;

/** The estimates of one measure: the few shown at first, then the rest. */
export interface MeasureGroup {
  metric: Metric;
  first: Estimate[];
  rest: Estimate[];
}

/** A comparison's estimates as the tooltip lays them out. */
export interface RowChoice {
  /** The figure's own measure (the one the article's wording was read as). */
  own: MeasureGroup;
  /** Every other measure (killed and wounded together, for a "killed" figure), each apart. */
  others: MeasureGroup[];
}

// Counts that no party to the war produced, each a floor or a tally of its own kind.
const INDEPENDENT_COUNTS: readonly Method[] = ['visually-confirmed', 'named-dead', 'un-verified'];

/**
 * Which estimates the tooltip shows first, and in what order. A dense figure has a dozen
 * estimates; the reader's questions are "what does the cited source say, what does the other
 * side say, what do the counters, the intelligence services and the models say" — one row each,
 * the most recent of its kind. Other measures are never mixed in: they form groups of their own.
 */
export function chooseRows(comparison: Comparison): RowChoice {
  const ownMetric = ownMeasure(comparison);
  const byMetric = new Map<Metric, Estimate[]>();
  for (const estimate of comparison.estimates) {
    const list = byMetric.get(estimate.metric) ?? [];
    list.push(estimate);
    byMetric.set(estimate.metric, list);
  }
  const others = [...byMetric.entries()]
    .filter(([metric]) => metric !== ownMetric)
    .map(([metric, estimates]) => splitGroup(metric, estimates, Number.POSITIVE_INFINITY));
  return { own: splitGroup(ownMetric, byMetric.get(ownMetric) ?? [], FIRST_ROWS), others };
}

/** The measure a settled reading chose, else the one the wording names. */
function ownMeasure({ query, reading }: Comparison): Metric {
  return reading?.kind === 'settled' ? reading.metric : query.metric;
}

function splitGroup(metric: Metric, estimates: Estimate[], limit: number): MeasureGroup {
  const ordered = orderByImportance(estimates);
  if (ordered.length <= limit) return { metric, first: ordered, rest: [] };
  return { metric, first: ordered.slice(0, limit), rest: ordered.slice(limit) };
}

/**
 * The cited claimant; the parties to the war it is not (the other side); the most recent
 * independent count, intelligence estimate and model; then everything else, newest first.
 */
export function orderByImportance(estimates: readonly Estimate[]): Estimate[] {
  const remaining = [...estimates].sort(newestFirst);
  const chosen: Estimate[] = [];
  const take = (test: (e: Estimate) => boolean, many = false) => {
    for (const estimate of [...remaining]) {
      if (!test(estimate)) continue;
      // One row per claimant among the first: its newest figure speaks for it.
      if (chosen.some((c) => c.claimantId === estimate.claimantId)) continue;
      chosen.push(estimate);
      remaining.splice(remaining.indexOf(estimate), 1);
      if (!many) return;
    }
  };
  take((e) => e.cited, true);
  take((e) => e.claimantKind === 'party-to-conflict', true);
  take((e) => INDEPENDENT_COUNTS.includes(e.method));
  take((e) => e.method === 'intelligence-estimate');
  take((e) => e.method === 'statistical-model');
  return [...chosen, ...remaining];
}

function newestFirst(a: Estimate, b: Estimate): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.claimantName.localeCompare(b.claimantName);
}
