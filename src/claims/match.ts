import { claimantById } from '../core/claimants';
import type { Metric } from '../core/vocabulary';
import type { MatchContext } from './candidate';
import { type ClaimsIndex, slotFor } from './claims-index';
import { fromDayNumber, toDayNumber } from './dates';
import { RELATED_METRICS, type RelatedMetric, SUM_METRICS } from './equivalences';
import { toEstimate } from './estimate';
import { seriesCandidate, seriesPeriodCandidate } from './series-candidates';
import { groupCandidates, groupPeriodCandidates } from './statement-candidates';
import { sumCandidates } from './sum-candidates';
import type { Comparison, Estimate, MatchQuery } from './types';

export { latestOnOrBefore, SERIES_STALE_DAYS } from './series-candidates';
export { STATEMENT_STALE_DAYS } from './statement-candidates';

/**
 * Every estimate for the query's metric (and related metrics) and side, as of the query date:
 * per claimant the latest figure on or before it, with its next figure and flags. A period
 * figure ("+17", "in December") is compared with each claimant's increase over the same days.
 */
export function match(index: ClaimsIndex, query: MatchQuery): Comparison {
  const comparison = compare(index, query);
  // Named here, not in the content script: the registry stays out of the script every page loads.
  const cited = query.claimant ? claimantById(query.claimant)?.name : undefined;
  return cited ? { ...comparison, citedName: cited } : comparison;
}

function compare(index: ClaimsIndex, query: MatchQuery): Comparison {
  const asOf = toDayNumber(query.asOf);
  // A percentage ("70% of their personnel") has no counterpart in cumulative tallies.
  if (query.unit === 'percent' || Number.isNaN(asOf)) return { query, estimates: [] };
  const window = periodWindow(query, asOf);
  if (window === null) return { query, estimates: [] };
  const ctx: MatchContext = { query, asOf, window };
  const estimates: Estimate[] = [];
  collect(index, ctx, query.metric, undefined, estimates);
  for (const related of RELATED_METRICS[query.metric] ?? []) {
    collect(index, ctx, related.metric, related, estimates);
  }
  const sum = SUM_METRICS[query.metric];
  if (sum && !window) {
    for (const c of sumCandidates(index, ctx, sum)) estimates.push(toEstimate(ctx, c));
  }
  const comparison: Comparison = { query, estimates: estimates.sort(compareEstimates) };
  const newest = slotFor(index, query.metric, query.side, query.area).newestDay;
  // Past the newest claim for this metric and side, "no estimate" would be untrue: the data
  // simply ends there, and the tooltip says so.
  if (Number.isFinite(newest) && asOf > newest)
    comparison.dataEnds = { date: fromDayNumber(newest), days: asOf - newest };
  return comparison;
}

/** Inclusive day numbers of the query's period; undefined for a whole-war figure; null if invalid. */
export function periodWindow(query: MatchQuery, asOf: number) {
  if (query.period) {
    const [from, to] = [toDayNumber(query.period.start), toDayNumber(query.period.end)];
    return Number.isNaN(from) || Number.isNaN(to) || from > to ? null : { from, to };
  }
  return query.increment ? { from: asOf, to: asOf } : undefined;
}

function collect(
  index: ClaimsIndex,
  ctx: MatchContext,
  metric: Metric,
  related: RelatedMetric | undefined,
  out: Estimate[],
): void {
  const slot = slotFor(index, metric, ctx.query.side, ctx.query.area);
  const urls = index.db.urls;
  // A claimant's daily tally is its authoritative figure; a stray statement from the same
  // claimant (e.g. The Economist quoting the General Staff) would only repeat it.
  const covered: string[] = [];
  for (const series of slot.whole) {
    const c = ctx.window
      ? seriesPeriodCandidate(urls, series, ctx)
      : seriesCandidate(urls, series, ctx, index.running.has(series));
    if (!c) continue;
    covered.push(c.claimantId);
    out.push(toEstimate(ctx, c, related));
  }
  for (const group of slot.groups) {
    if (covered.includes(group.claimantId)) continue;
    const found = ctx.window ? groupPeriodCandidates(group, ctx) : groupCandidates(group, ctx);
    for (const c of found) out.push(toEstimate(ctx, c, related));
  }
}

/** Cited claimant first, then ascending by figure; ties broken so the order is stable. */
function compareEstimates(a: Estimate, b: Estimate): number {
  if (a.cited !== b.cited) return a.cited ? -1 : 1;
  return (
    figure(a) - figure(b) ||
    compareText(a.claimantId, b.claimantId) ||
    compareText(a.metric, b.metric) ||
    compareText(a.date, b.date)
  );
}

function figure(e: Estimate): number {
  return e.value ?? e.low ?? e.high ?? 0;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
