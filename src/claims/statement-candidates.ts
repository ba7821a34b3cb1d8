import { blankCandidate, type Candidate, type MatchContext } from './candidate';
import type { StatementGroup } from './claims-index';
import { fromDayNumber } from './dates';
import type { StatementClaim } from './db-types';
import { latestOnOrBefore } from './series-candidates';
import type { MatchQuery, NextClaim } from './types';

/**
 * Statements are sparse (an official speaks every few months), so a figure stays the claimant's
 * latest word for longer; after ~4 months it no longer describes the same stage of the war.
 */
export const STATEMENT_STALE_DAYS = 120;

/** How far back the cited claimant's statements are searched for the article's figure. */
export const STALE_QUOTE_STATEMENT_DAYS = 365;

/** The claimant's latest whole-war statements on or before the as-of date (one per figure). */
export function groupCandidates(group: StatementGroup, ctx: MatchContext): Candidate[] {
  const last = latestOnOrBefore(group.wholeDays, ctx.asOf);
  const latest = group.whole[last];
  if (!latest || ctx.asOf - latest.day > STATEMENT_STALE_DAYS) return [];
  let first = last;
  while (first > 0 && group.whole[first - 1]?.day === latest.day) first--;
  const next = nextOf(group.whole[last + 1]);
  const older = olderQuote(group, first, last, ctx.query);
  const out: Candidate[] = [];
  for (let k = first; k <= last; k++) {
    const st = group.whole[k] as StatementClaim;
    if (repeatsEarlier(group.whole, first, k)) continue;
    const candidate = statementCandidate(st);
    candidate.next = next;
    candidate.older = older;
    out.push(candidate);
  }
  return out;
}

/** True when a statement in [first, k) of the same day states the same figure as statement k. */
function repeatsEarlier(list: readonly StatementClaim[], first: number, k: number): boolean {
  const st = list[k] as StatementClaim;
  for (let j = first; j < k; j++) {
    const other = list[j] as StatementClaim;
    if (other.value === st.value && other.low === st.low && other.high === st.high) return true;
  }
  return false;
}

/** A claimant's figure for the article's period: same period start, latest by the period's end. */
export function groupPeriodCandidates(group: StatementGroup, ctx: MatchContext): Candidate[] {
  if (!ctx.window) return [];
  const { from, to } = ctx.window;
  const start = fromDayNumber(from);
  let found: StatementClaim | undefined;
  for (const st of group.statements) {
    if (st.periodStart === start && st.day <= to && to - st.day <= STATEMENT_STALE_DAYS) found = st;
  }
  return found ? [statementCandidate(found)] : [];
}

function statementCandidate(st: StatementClaim): Candidate {
  const candidate = blankCandidate({
    claimantId: st.claimantId,
    metric: st.metric,
    method: st.method,
    day: st.day,
    value: st.value,
    qualifier: st.qualifier,
    sourceUrl: st.url,
    source: st.source,
    ref: `row ${st.row}`,
    periodStart: st.periodStart,
  });
  candidate.low = st.low;
  candidate.high = st.high;
  return candidate;
}

function nextOf(st: StatementClaim | undefined): NextClaim | undefined {
  if (!st) return undefined;
  const next: NextClaim = { date: st.date };
  if (st.value !== null) next.value = st.value;
  if (st.low !== undefined) next.low = st.low;
  if (st.high !== undefined) next.high = st.high;
  return next;
}

/** The most recent older statement of the cited claimant that states the article's figure. */
function olderQuote(group: StatementGroup, first: number, last: number, query: MatchQuery) {
  const target = query.value;
  if (target === null || query.claimant !== group.claimantId) return undefined;
  const states = (st: StatementClaim | undefined) =>
    st !== undefined && (st.value === target || st.low === target || st.high === target);
  for (let k = first; k <= last; k++) if (states(group.whole[k])) return undefined;
  const limit = (group.whole[first] as StatementClaim).day - STALE_QUOTE_STATEMENT_DAYS;
  for (let k = first - 1; k >= 0 && (group.whole[k] as StatementClaim).day >= limit; k--) {
    if (states(group.whole[k]))
      return { day: (group.whole[k] as StatementClaim).day, value: target };
  }
  return undefined;
}
