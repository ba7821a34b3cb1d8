import { type Cadence, claimantById } from '../core/claimants';
import { blankCandidate, type Candidate, type MatchContext } from './candidate';
import { fromDayNumber } from './dates';
import type { SeriesClaims } from './db-types';
import type { MatchQuery, NextClaim } from './types';

/**
 * How old a series' latest point may be and still be shown as "the claimant's figure as of" the
 * query date. Oryx carries values forward between updates, and OHCHR updates monthly in later
 * years; beyond ~6 weeks a gap means the tally stopped (Russian MoD briefings end in July 2022),
 * so showing its last value would mislead. Within the window, the claimant's cadence decides
 * whether the figure is flagged stale.
 */
export const SERIES_STALE_DAYS = 45;

/** How far back the cited claimant's series is searched for the article's figure (stale quote). */
export const STALE_QUOTE_DAYS = 60;

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

/**
 * The claimant's latest figure on or before the as-of date, with its next one. `running`: the
 * series was still running when its data was taken (src/claims/data-age.ts), so a date past its
 * last point is past our data, not past the claimant's reporting: the last point is still shown,
 * marked as the latest known, however old.
 */
export function seriesCandidate(
  urls: readonly string[],
  series: SeriesClaims,
  ctx: MatchContext,
  running = false,
): Candidate | undefined {
  const point = latestOnOrBefore(series.days, ctx.asOf);
  const day = series.days[point];
  if (day === undefined) return undefined;
  const pastData = running && point === series.days.length - 1 && isOld(series, ctx.asOf - day);
  if (!pastData && ctx.asOf - day > SERIES_STALE_DAYS) return undefined;
  const candidate = pointCandidate(urls, series, point);
  candidate.next = nextOf(series, point);
  candidate.interval = intervalAt(series, point);
  if (pastData) candidate.pastData = ctx.asOf - day;
  else candidate.overdue = overdue(series, point, ctx.asOf);
  candidate.older = olderQuote(series, point, ctx.query);
  return candidate;
}

/** Older than the claimant's cadence allows, or than any series is shown without a flag. */
function isOld(series: SeriesClaims, age: number): boolean {
  return age > (claimantById(series.claimantId)?.cadence?.staleAfterDays ?? SERIES_STALE_DAYS);
}

function pointCandidate(urls: readonly string[], series: SeriesClaims, point: number): Candidate {
  const day = series.days[point] as number;
  return blankCandidate({
    claimantId: series.claimantId,
    metric: series.metric,
    method: series.method,
    day,
    value: series.values[point] ?? null,
    qualifier: series.qualifierAt.get(point) ?? series.qualifier,
    sourceUrl: urls[series.urlIndex[point] ?? -1] ?? '',
    source: series.sourceAt.get(point) ?? series.source,
    // toEstimate fills in the date: the point's date is its reference in the file.
    ref: '',
    periodStart: series.periodStart,
  });
}

function intervalAt(series: SeriesClaims, point: number): Candidate['interval'] {
  const low = series.interval?.low[point];
  const high = series.interval?.high[point];
  return low === undefined || high === undefined ? undefined : { low, high };
}

function nextOf(series: SeriesClaims, point: number): NextClaim | undefined {
  const day = series.days[point + 1];
  const value = series.values[point + 1];
  return day === undefined || value === undefined ? undefined : { date: fromDayNumber(day), value };
}

/** The claimant's cadence when its latest figure is older than the cadence allows. */
function overdue(series: SeriesClaims, point: number, asOf: number): Cadence | undefined {
  const cadence = claimantById(series.claimantId)?.cadence;
  if (!cadence || asOf - (series.days[point] as number) <= cadence.staleAfterDays) return undefined;
  // A carried-forward value with a later point was unchanged until then, not out of date.
  if (cadence.carriesForward && point < series.days.length - 1) return undefined;
  return cadence;
}

/** The most recent older point of the cited claimant that equals the article's figure. */
function olderQuote(series: SeriesClaims, point: number, query: MatchQuery) {
  const target = query.value;
  if (target === null || query.claimant !== series.claimantId) return undefined;
  if (series.values[point] === target) return undefined;
  const limit = (series.days[point] as number) - STALE_QUOTE_DAYS;
  for (let k = point - 1; k >= 0 && (series.days[k] as number) >= limit; k--) {
    if (series.values[k] === target) return { day: series.days[k] as number, value: target };
  }
  return undefined;
}

/**
 * The claimant's increase over the article's period: its total at the period's end minus its
 * total on the day before the period starts ("+17" on 19 Apr = 19 Apr total - 18 Apr total).
 * Undefined when either end has no figure close enough, or when the total went down (a
 * correction, not losses).
 */
export function seriesPeriodCandidate(
  urls: readonly string[],
  series: SeriesClaims,
  ctx: MatchContext,
): Candidate | undefined {
  if (!ctx.window) return undefined;
  const cadence = claimantById(series.claimantId)?.cadence;
  const slack = cadence && !cadence.carriesForward ? cadence.staleAfterDays : SERIES_STALE_DAYS;
  const end = latestOnOrBefore(series.days, ctx.window.to);
  const base = latestOnOrBefore(series.days, ctx.window.from - 1);
  const [endDay, baseDay] = [series.days[end], series.days[base]];
  if (endDay === undefined || baseDay === undefined) return undefined;
  if (ctx.window.to - endDay > slack || ctx.window.from - 1 - baseDay > slack) return undefined;
  if (end === base && !cadence?.carriesForward) return undefined;
  const [fromValue, toValue] = [series.values[base] as number, series.values[end] as number];
  if (toValue < fromValue) return undefined;
  const candidate = pointCandidate(urls, series, end);
  candidate.value = toValue - fromValue;
  candidate.ref = `${fromDayNumber(baseDay)}..${fromDayNumber(endDay)}`;
  candidate.periodStart = fromDayNumber(baseDay + 1);
  candidate.span = { fromDay: baseDay, fromValue, toValue };
  return candidate;
}
