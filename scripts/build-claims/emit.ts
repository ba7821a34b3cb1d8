import { toDayNumber } from '../../src/claims/dates';
import type { Provenance } from '../../src/claims/db-types';
import { encodeDeltas, encodeRuns } from '../../src/claims/runs';
import {
  CLAIMS_FORMAT,
  CLAIMS_FORMAT_VERSION,
  type ClaimsBundle,
  type SeriesRecord,
  type StatementRecord,
} from '../../src/claims/schema';
import { compareText } from './io';
import type { SeriesDraft, StatementDraft } from './types';

/** Interns strings into a table in order of first use, so related indices come out consecutive. */
class Table<T> {
  readonly items: T[] = [];
  private readonly index = new Map<string, number>();
  constructor(private readonly key: (item: T) => string) {}
  add(item: T): number {
    const k = this.key(item);
    const found = this.index.get(k);
    if (found !== undefined) return found;
    this.items.push(item);
    this.index.set(k, this.items.length - 1);
    return this.items.length - 1;
  }
}

/**
 * Shared beginning of a link: scheme, host and first path segment ("https://mod.gov.ua/news/").
 * Taken from the raw string, never from a parsed URL, which would normalise ports and escapes
 * and break `prefix + rest === url`.
 */
export function urlPrefix(url: string): string {
  return /^https:\/\/[^/?#]+\/(?:[^/?#]+\/(?=.))?/.exec(url)?.[0] ?? 'https://';
}

function splitUrl(url: string, prefixes: Table<string>): [number, string] {
  const prefix = urlPrefix(url);
  if (!url.startsWith(prefix)) throw new Error(`cannot split link ${url}`);
  return [prefixes.add(prefix), url.slice(prefix.length)];
}

const seriesOrder = (a: SeriesDraft, b: SeriesDraft) =>
  compareText(a.conflict ?? '', b.conflict ?? '') ||
  compareText(a.claimantId, b.claimantId) ||
  compareText(a.side, b.side) ||
  compareText(a.area ?? '', b.area ?? '') ||
  compareText(a.metric, b.metric) ||
  compareText(a.method, b.method);

const statementOrder = (a: StatementDraft, b: StatementDraft) =>
  compareText(a.date, b.date) ||
  compareText(a.claimantId, b.claimantId) ||
  compareText(a.side, b.side) ||
  compareText(a.area ?? '', b.area ?? '') ||
  compareText(a.metric, b.metric) ||
  compareText(a.source.dataset, b.source.dataset) ||
  a.row - b.row;

/** Encodes drafts into the bundle format; sorting makes the result independent of input order. */
export function encodeBundle(
  conflict: string,
  series: readonly SeriesDraft[],
  statements: readonly StatementDraft[],
): ClaimsBundle {
  const sources = new Table<Provenance>((p) => `${p.dataset}\u0000${p.file}`);
  const urls = new Table<string>((u) => u);
  const sortedSeries = [...series].sort(seriesOrder);
  const sortedStatements = [...statements].sort(statementOrder);
  // Register sources in sorted order first so their indices do not depend on point order.
  const allSources = [
    ...sortedSeries.flatMap((s) => s.points.map((p) => p.source)),
    ...sortedStatements.map((st) => st.source),
  ].sort((a, b) => compareText(a.dataset, b.dataset) || compareText(a.file, b.file));
  for (const source of allSources) sources.add(source);
  const seriesRecords = sortedSeries.map((s) => encodeSeries(s, conflict, sources, urls));
  const statementRecords = sortedStatements.map((st) =>
    encodeStatement(st, conflict, sources, urls),
  );
  const prefixes = new Table<string>((p) => p);
  const urlRecords = urls.items.map((url) => splitUrl(url, prefixes));
  return {
    format: CLAIMS_FORMAT,
    version: CLAIMS_FORMAT_VERSION,
    conflict,
    sources: sources.items.map((p): [string, string] => [p.dataset, p.file]),
    prefixes: prefixes.items,
    urls: urlRecords,
    series: seriesRecords,
    statements: statementRecords,
  };
}

/** The most frequent key (ties: the first in sorted order), for defaults with sparse overrides. */
function mostCommon(keys: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const ranked = [...counts].sort(([a, x], [b, y]) => y - x || compareText(a, b));
  return ranked[0]?.[0] ?? '';
}

/** `cf` for a record of another conflict than the bundle's default; nothing otherwise. */
function conflictField(own: string | undefined, conflict: string): { cf?: string } {
  return own !== undefined && own !== conflict ? { cf: own } : {};
}

function encodeSeries(
  s: SeriesDraft,
  conflict: string,
  sources: Table<Provenance>,
  urls: Table<string>,
): SeriesRecord {
  const first = s.points[0];
  if (!first) throw new Error(`series ${s.claimantId}/${s.metric}/${s.side} has no points`);
  const start = toDayNumber(first.date);
  const q = mostCommon(s.points.map((p) => p.qualifier)) as SeriesRecord['q'];
  const srcIndex = s.points.map((p) => sources.add(p.source));
  const src = Number(mostCommon(srcIndex.map(String)));
  const qx = s.points.flatMap((p, i): [number, SeriesRecord['q']][] =>
    p.qualifier === q ? [] : [[i, p.qualifier]],
  );
  const sx = srcIndex.flatMap((idx, i): [number, number][] => (idx === src ? [] : [[i, idx]]));
  return {
    c: s.claimantId,
    s: s.side,
    m: s.metric,
    me: s.method,
    q,
    src,
    ...conflictField(s.conflict, conflict),
    ...(s.area !== undefined ? { ar: s.area } : {}),
    ps: s.periodStart,
    d0: first.date,
    d: encodeRuns(s.points.map((p) => toDayNumber(p.date) - start)),
    v: encodeDeltas(s.points.map((p) => p.value)),
    u: encodeRuns(s.points.map((p) => urls.add(p.url))),
    ...(qx.length > 0 ? { qx } : {}),
    ...(sx.length > 0 ? { sx } : {}),
    ...intervalFields(s),
  };
}

/** `cl`/`ch` when every point carries an interval; a series never has one for some points only. */
function intervalFields(s: SeriesDraft): Pick<SeriesRecord, 'cl' | 'ch'> {
  const withInterval = s.points.filter((p) => p.interval !== undefined).length;
  if (withInterval === 0) return {};
  if (withInterval !== s.points.length) {
    throw new Error(`series ${s.claimantId}/${s.metric}: an interval on some points only`);
  }
  return {
    cl: encodeDeltas(s.points.map((p) => p.interval?.low as number)),
    ch: encodeDeltas(s.points.map((p) => p.interval?.high as number)),
  };
}

function encodeStatement(
  st: StatementDraft,
  conflict: string,
  sources: Table<Provenance>,
  urls: Table<string>,
): StatementRecord {
  return {
    c: st.claimantId,
    s: st.side,
    m: st.metric,
    me: st.method,
    q: st.qualifier,
    ...conflictField(st.conflict, conflict),
    ...(st.area !== undefined ? { ar: st.area } : {}),
    d: st.date,
    ps: st.periodStart,
    ...(st.value !== undefined ? { v: st.value } : {}),
    ...(st.low !== undefined ? { lo: st.low } : {}),
    ...(st.high !== undefined ? { hi: st.high } : {}),
    u: urls.add(st.url),
    src: sources.add(st.source),
    r: st.row,
  };
}

/**
 * Serialises with one record per line: small diffs when the data change, and still compact.
 * Key order is fixed by the object literals above, so output is byte-identical for equal input.
 */
export function stringifyBundle(bundle: ClaimsBundle): string {
  const lines = (items: readonly unknown[]) =>
    items.map((item) => JSON.stringify(item)).join(',\n');
  const head = JSON.stringify({
    format: bundle.format,
    version: bundle.version,
    conflict: bundle.conflict,
  }).slice(0, -1);
  return [
    `${head},`,
    `"sources":${JSON.stringify(bundle.sources)},`,
    `"prefixes":${JSON.stringify(bundle.prefixes)},`,
    `"urls":[\n${lines(bundle.urls)}\n],`,
    `"series":[\n${lines(bundle.series)}\n],`,
    `"statements":[\n${lines(bundle.statements)}\n]}`,
    '',
  ].join('\n');
}
