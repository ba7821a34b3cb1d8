import { fromDayNumber } from '../../src/claims/dates';
import type { ClaimsDb, SeriesClaims, StatementClaim } from '../../src/claims/db-types';
import { compareText } from './io';
import type { SeriesDraft, SeriesPoint, StatementDraft } from './types';

/**
 * Decodes what was encoded and compares it with the drafts, claim by claim: a bug in the compact
 * encoding (runs, deltas, link prefixes) fails the build instead of shipping a wrong figure.
 */
export function verifyRoundTrip(
  db: ClaimsDb,
  series: readonly SeriesDraft[],
  statements: readonly StatementDraft[],
): void {
  const expected = [
    ...series.flatMap((s) => s.points.map((p) => draftPointKey(db.conflict, s, p))),
    ...statements.map((st) => draftStatementKey(db.conflict, st)),
  ].sort(compareText);
  const actual = [
    ...db.series.flatMap((s) => s.days.map((_, i) => dbPointKey(db, s, i))),
    ...db.statements.map(dbStatementKey),
  ].sort(compareText);
  const index = expected.findIndex((key, i) => key !== actual[i]);
  if (index >= 0 || expected.length !== actual.length) {
    const at = index >= 0 ? index : Math.min(expected.length, actual.length);
    throw new Error(
      `bundle does not decode to its input: expected ${expected[at]}, got ${actual[at]}`,
    );
  }
}

const key = (parts: readonly unknown[]) => JSON.stringify(parts);

function draftPointKey(conflict: string, s: SeriesDraft, p: SeriesPoint): string {
  const head = [s.conflict ?? conflict, s.claimantId, s.side, s.area ?? null, s.metric, s.method];
  const interval = p.interval ? [p.interval.low, p.interval.high] : null;
  const where = [p.url, p.source.dataset, p.source.file];
  return key([...head, s.periodStart, p.date, p.value, interval, p.qualifier, ...where]);
}

function dbPointKey(db: ClaimsDb, s: SeriesClaims, i: number): string {
  const source = s.sourceAt.get(i) ?? s.source;
  const url = db.urls[s.urlIndex[i] ?? -1];
  const head = [s.conflict, s.claimantId, s.side, s.area ?? null, s.metric, s.method];
  const qualifier = s.qualifierAt.get(i) ?? s.qualifier;
  const date = fromDayNumber(s.days[i] ?? Number.NaN);
  const interval = s.interval ? [s.interval.low[i], s.interval.high[i]] : null;
  const where = [url, source.dataset, source.file];
  return key([...head, s.periodStart, date, s.values[i], interval, qualifier, ...where]);
}

function draftStatementKey(conflict: string, st: StatementDraft): string {
  const figure = [st.value ?? null, st.low ?? null, st.high ?? null, st.qualifier];
  const where = [st.url, st.source.dataset, st.source.file, st.row];
  return key([
    st.conflict ?? conflict,
    st.claimantId,
    st.side,
    st.area ?? null,
    st.metric,
    st.method,
    st.date,
    st.periodStart,
    ...figure,
    ...where,
  ]);
}

function dbStatementKey(st: StatementClaim): string {
  const figure = [st.value, st.low ?? null, st.high ?? null, st.qualifier];
  const where = [st.url, st.source.dataset, st.source.file, st.row];
  return key([
    st.conflict,
    st.claimantId,
    st.side,
    st.area ?? null,
    st.metric,
    st.method,
    st.date,
    st.periodStart,
    ...figure,
    ...where,
  ]);
}
