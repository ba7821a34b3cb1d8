import { claimantById } from '../core/claimants';
import type { IsoDate, Method, Metric, Qualifier } from '../core/vocabulary';
import { type ClaimsIndex, type StatementGroup, slotFor } from './claims-index';
import { fromDayNumber, toDayNumber } from './dates';
import type { Provenance, SeriesClaims, StatementClaim } from './db-types';
import { LOWER_BOUND_METHODS, RELATED_METRICS, WAR_START } from './equivalences';
import { computeFlags } from './flags';
import type { Comparison, Estimate, MatchQuery } from './types';

/**
 * How old a daily series' latest point may be and still count as "the claimant's figure as of"
 * the query date. Daily tallies (General Staff) and Oryx carry values forward between updates,
 * and OHCHR updates monthly in later years; beyond ~6 weeks a gap means the tally stopped
 * (Russian MoD briefings end in July 2022), so showing its last value would mislead.
 */
export const SERIES_STALE_DAYS = 45;

/**
 * Statements are sparse (an official speaks every few months), so a figure stays the claimant's
 * latest word for longer; after ~4 months it no longer describes the same stage of the war.
 */
export const STATEMENT_STALE_DAYS = 120;

/** Every estimate for the query's metric (and related metrics) and side, as of the query date. */
export function match(index: ClaimsIndex, query: MatchQuery): Comparison {
  const asOf = toDayNumber(query.asOf);
  // A percentage ("70% of their personnel") has no counterpart in cumulative tallies.
  if (query.unit === 'percent' || Number.isNaN(asOf)) return { query, estimates: [] };
  const metrics: Metric[] = [query.metric, ...(RELATED_METRICS[query.metric] ?? [])];
  const estimates = metrics.flatMap((metric) => estimatesFor(index, query, metric, asOf));
  return { query, estimates: estimates.sort(compareEstimates) };
}

function estimatesFor(index: ClaimsIndex, query: MatchQuery, metric: Metric, asOf: number) {
  const slot = slotFor(index, metric, query.side);
  const fromSeries = slot.series
    .filter((series) => series.periodStart === WAR_START)
    .flatMap((series) => seriesEstimate(index, series, asOf, query) ?? []);
  // A claimant's daily tally is its authoritative figure; a stray statement from the same
  // claimant (e.g. The Economist quoting the General Staff) would only repeat it.
  const covered = new Set(fromSeries.map((estimate) => estimate.claimantId));
  const fromStatements = slot.groups
    .filter((group) => !covered.has(group.claimantId))
    .flatMap((group) => groupEstimates(group, asOf, query));
  return [...fromSeries, ...fromStatements];
}

/** Index of the last day on or before `day` in an increasing list, or -1. */
export function latestOnOrBefore(days: readonly number[], day: number): number {
  let lo = 0;
  let hi = days.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((days[mid] as number) <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function seriesEstimate(
  index: ClaimsIndex,
  series: SeriesClaims,
  asOf: number,
  query: MatchQuery,
): Estimate | undefined {
  const point = latestOnOrBefore(series.days, asOf);
  const day = series.days[point];
  if (day === undefined || asOf - day > SERIES_STALE_DAYS) return undefined;
  const date = fromDayNumber(day);
  return makeEstimate(query, {
    claimantId: series.claimantId,
    metric: series.metric,
    method: series.method,
    date,
    value: series.values[point] ?? null,
    qualifier: series.qualifierAt.get(point) ?? series.qualifier,
    sourceUrl: index.db.urls[series.urlIndex[point] ?? -1] ?? '',
    source: series.sourceAt.get(point) ?? series.source,
    ref: date,
    periodStart: series.periodStart,
  });
}

function groupEstimates(group: StatementGroup, asOf: number, query: MatchQuery): Estimate[] {
  const usable = group.statements.filter((st) => st.periodStart === WAR_START && st.day <= asOf);
  const latest = usable[usable.length - 1];
  if (!latest || asOf - latest.day > STATEMENT_STALE_DAYS) return [];
  const sameDay = usable.filter((st) => st.day === latest.day);
  const seen = new Set<string>();
  return sameDay.flatMap((st) => {
    const key = `${st.value}|${st.low}|${st.high}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [statementEstimate(st, query)];
  });
}

function statementEstimate(st: StatementClaim, query: MatchQuery): Estimate {
  return makeEstimate(query, {
    claimantId: st.claimantId,
    metric: st.metric,
    method: st.method,
    date: st.date,
    value: st.value,
    ...(st.low !== undefined ? { low: st.low } : {}),
    ...(st.high !== undefined ? { high: st.high } : {}),
    qualifier: st.qualifier,
    sourceUrl: st.url,
    source: st.source,
    ref: `row ${st.row}`,
    periodStart: st.periodStart,
  });
}

interface EstimateBase {
  claimantId: string;
  metric: Metric;
  method: Method;
  date: IsoDate;
  value: number | null;
  low?: number;
  high?: number;
  qualifier: Qualifier;
  sourceUrl: string;
  source: Provenance;
  ref: string;
  periodStart: IsoDate;
}

function makeEstimate(query: MatchQuery, base: EstimateBase): Estimate {
  const claimant = claimantById(base.claimantId);
  const range = {
    ...(base.low !== undefined ? { low: base.low } : {}),
    ...(base.high !== undefined ? { high: base.high } : {}),
  };
  return {
    claimantId: base.claimantId,
    claimantName: claimant?.name ?? base.claimantId,
    claimantKind: claimant?.kind ?? 'independent',
    method: base.method,
    metric: base.metric,
    date: base.date,
    value: base.value,
    ...range,
    qualifier: base.qualifier,
    sourceUrl: base.sourceUrl,
    dataset: base.source.dataset,
    file: base.source.file,
    ref: base.ref,
    periodStart: base.periodStart,
    cited: query.claimant !== undefined && query.claimant === base.claimantId,
    flags: computeFlags(query, {
      ...base,
      metricDiffers: base.metric !== query.metric,
      lowerBound: LOWER_BOUND_METHODS.has(base.method),
    }),
  };
}

/** Cited claimant first, then ascending by figure; ties broken so the order is stable. */
function compareEstimates(a: Estimate, b: Estimate): number {
  if (a.cited !== b.cited) return a.cited ? -1 : 1;
  const figure = (e: Estimate) => e.value ?? e.low ?? e.high ?? 0;
  return (
    figure(a) - figure(b) ||
    compareText(a.claimantId, b.claimantId) ||
    compareText(a.metric, b.metric) ||
    compareText(a.date, b.date)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
