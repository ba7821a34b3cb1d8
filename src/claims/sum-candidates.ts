import { blankCandidate, type Candidate, type MatchContext } from './candidate';
import { type ClaimsIndex, slotFor } from './claims-index';
import { fromDayNumber } from './dates';
import type { SeriesClaims } from './db-types';
import type { SumMetric } from './equivalences';
import { latestOnOrBefore, SERIES_STALE_DAYS } from './series-candidates';

/**
 * Derived figures for a combined metric: a claimant that counts tanks and armoured vehicles apart
 * (Oryx, the General Staff) is compared with the Russian MoD's single "tanks and other armoured
 * vehicles" figure through the sum of its two latest figures. Only for claimants without a
 * figure of the combined metric itself; never for period figures.
 */
export function sumCandidates(index: ClaimsIndex, ctx: MatchContext, sum: SumMetric): Candidate[] {
  const { metric, side, area } = ctx.query;
  const direct = new Set(slotFor(index, metric, side, area).whole.map((s) => s.claimantId));
  const seconds = slotFor(index, sum.parts[1], side, area).whole;
  const out: Candidate[] = [];
  for (const first of slotFor(index, sum.parts[0], side, area).whole) {
    if (direct.has(first.claimantId)) continue;
    const second = seconds.find((s) => s.claimantId === first.claimantId);
    const candidate = second && sumOf(index.db.urls, [first, second], ctx, sum);
    if (candidate) out.push(candidate);
  }
  return out;
}

function sumOf(
  urls: readonly string[],
  pair: readonly [SeriesClaims, SeriesClaims],
  ctx: MatchContext,
  sum: SumMetric,
): Candidate | undefined {
  const points = pair.map((s) => latestOnOrBefore(s.days, ctx.asOf));
  const parts = pair.map((s, i) => ({
    words: sum.words[i] as string,
    value: s.values[points[i] as number] as number,
    day: s.days[points[i] as number] as number,
  }));
  if (parts.some((p) => p.day === undefined || ctx.asOf - p.day > SERIES_STALE_DAYS)) return;
  const [first, second] = pair;
  const day = Math.min(...parts.map((p) => p.day));
  const candidate = blankCandidate({
    claimantId: first.claimantId,
    metric: ctx.query.metric,
    method: first.method,
    day,
    value: parts.reduce((total, p) => total + p.value, 0),
    qualifier: 'exact',
    sourceUrl: urls[first.urlIndex[points[0] as number] ?? -1] ?? '',
    source: first.sourceAt.get(points[0] as number) ?? first.source,
    ref: `${first.metric} + ${second.metric}, ${fromDayNumber(day)}`,
    periodStart: first.periodStart,
  });
  candidate.parts = parts;
  return candidate;
}
