import { en } from 'zod/locales';
import { z } from 'zod/mini';
import { claimantById } from '../core/claimants';
import { areasOfSide } from '../core/conflicts';
import type { Area, Qualifier, Side } from '../core/vocabulary';
import { bundleProblem } from './bundle-check';
import { toDayNumber } from './dates';
import type { ClaimsDb, Provenance, SeriesClaims, StatementClaim } from './db-types';
import { decodeDeltas, decodeRuns, runsIncrease, runsLength, runsWithin } from './runs';
import {
  type ClaimsBundle,
  ClaimsBundleSchema,
  type SeriesRecord,
  type StatementRecord,
} from './schema';

// zod/mini words its issues only in the locale it is given: English, for the messages of a broken
// bundle (the one place a zod issue reaches a person). The content script never loads this.
z.config(en());

/** Thrown when the bundled claims database is malformed; the message lists the first problems. */
export class ClaimsDbError extends Error {
  constructor(readonly problems: readonly string[]) {
    const shown = problems.slice(0, 5).join('; ');
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
    super(`Invalid claims database: ${shown}${more}`);
    this.name = 'ClaimsDbError';
  }
}

/**
 * Validates the bundled JSON (already parsed) and decodes it into a ClaimsDb. Throws
 * ClaimsDbError on any schema violation or dangling reference, so a corrupted bundle fails loudly
 * at load time instead of producing wrong comparisons later.
 */
export function loadClaimsDb(json: unknown): ClaimsDb {
  const bundle = checkedBundle(json);
  const problems: string[] = [];
  const prefixOk = bundle.prefixes.map(isHttpsUrl);
  const urls = bundle.urls.map((entry, i) => resolveUrl(bundle, prefixOk, entry, i, problems));
  const series = bundle.series.map((record, i) => decodeSeries(bundle, record, i, problems));
  const statements = bundle.statements.map((record, i) =>
    decodeStatement(bundle, urls, record, i, problems),
  );
  if (problems.length > 0) throw new ClaimsDbError(problems);
  return { conflict: bundle.conflict, urls, series, statements };
}

/**
 * The bundle, once it keeps every rule of ClaimsBundleSchema. The fast check (bundle-check.ts)
 * decides; zod, far slower without its JIT, runs only to word the problems of a broken bundle.
 */
function checkedBundle(json: unknown): ClaimsBundle {
  const problem = bundleProblem(json);
  if (problem === undefined) return json as ClaimsBundle;
  const parsed = ClaimsBundleSchema.safeParse(json);
  // The fast check may be stricter than the schema, never laxer: refuse either way.
  if (parsed.success) throw new ClaimsDbError([`${problem}: not a valid claims bundle`]);
  throw new ClaimsDbError(
    parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  );
}

/**
 * Prefix + rest. The prefix ("https://host/path/") decides the scheme and host, so it alone is
 * parsed as a URL (once per prefix); the rest only must not hold spaces or control characters.
 */
function resolveUrl(
  bundle: ClaimsBundle,
  prefixOk: readonly boolean[],
  [prefix, rest]: [number, string],
  i: number,
  problems: string[],
): string {
  const start = bundle.prefixes[prefix];
  if (start === undefined) problems.push(`urls.${i}: unknown prefix ${prefix}`);
  else if (!prefixOk[prefix] || UNSAFE_URL_TEXT.test(rest)) {
    problems.push(`urls.${i}: not an https URL`);
  }
  return (start ?? '') + rest;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it rejects.
const UNSAFE_URL_TEXT = /[\s\u0000-\u001f\u007f]/;

function isHttpsUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

function sourceAt(bundle: ClaimsBundle, index: number, where: string, problems: string[]) {
  const entry = bundle.sources[index];
  if (!entry) problems.push(`${where}: unknown source ${index}`);
  return { dataset: entry?.[0] ?? '', file: entry?.[1] ?? '' };
}

function checkClaimant(id: string, where: string, problems: string[]): void {
  if (!claimantById(id)) problems.push(`${where}: unknown claimant "${id}"`);
}

/**
 * A side counted per area (Palestinian losses: Gaza, West Bank) needs each record's area, so that
 * the two tallies can never be compared with each other; a side counted as a whole takes none.
 */
function checkArea(side: Side, area: Area | undefined, where: string, problems: string[]): void {
  const areas = areasOfSide(side);
  if (areas.length > 0 && (area === undefined || !areas.includes(area))) {
    problems.push(`${where}: side ${side} needs an area (${areas.join(', ')})`);
  } else if (areas.length === 0 && area !== undefined) {
    problems.push(`${where}: side ${side} is not counted per area`);
  }
}

/** The interval's bounds, checked to hold the point's value and to have one bound per point. */
function decodeInterval(
  record: SeriesRecord,
  values: readonly number[],
  where: string,
  problems: string[],
): SeriesClaims['interval'] {
  if (record.cl === undefined && record.ch === undefined) return undefined;
  const low = decodeDeltas(record.cl ?? []);
  const high = decodeDeltas(record.ch ?? []);
  if (low.length !== values.length || high.length !== values.length) {
    problems.push(`${where}: ${values.length} values, ${low.length} and ${high.length} bounds`);
  } else if (values.some((v, k) => (low[k] as number) > v || (high[k] as number) < v)) {
    problems.push(`${where}: a value outside its interval`);
  }
  return { low, high };
}

function decodeSeries(
  bundle: ClaimsBundle,
  record: SeriesRecord,
  i: number,
  problems: string[],
): SeriesClaims {
  const where = `series.${i}`;
  const start = toDayNumber(record.d0);
  if (Number.isNaN(start)) problems.push(`${where}: d0 is not a calendar date`);
  checkClaimant(record.c, where, problems);
  checkArea(record.s, record.ar, where, problems);
  checkSeriesShape(bundle, record, where, problems);
  const qualifierAt = new Map<number, Qualifier>(record.qx ?? []);
  const overrides = (record.sx ?? []).map(
    ([point, src]) => [point, sourceAt(bundle, src, where, problems)] as [number, Provenance],
  );
  checkPointIndices(
    [...qualifierAt.keys(), ...overrides.map(([p]) => p)],
    runsLength(record.d),
    where,
    problems,
  );
  const series = new DecodedSeries(record, start, {
    claimantId: record.c,
    side: record.s,
    metric: record.m,
    method: record.me,
    conflict: record.cf ?? bundle.conflict,
    area: record.ar,
    periodStart: record.ps,
    qualifier: record.q,
    qualifierAt,
    source: sourceAt(bundle, record.src, where, problems),
    sourceAt: new Map(overrides),
  });
  // Intervals are checked against their values here, so a broken one fails the load.
  series.interval = decodeInterval(record, series.values, where, problems);
  return series;
}

type SeriesFields = Omit<SeriesClaims, 'days' | 'values' | 'urlIndex' | 'interval'>;

/**
 * A series whose points are expanded from the bundle's runs and deltas on first use: a cold
 * service worker answers its first question after decoding only the series it asks about, while
 * everything a wrong figure could come from (integers, lengths, date order, link indices) has
 * been checked on the runs before the load returns.
 */
class DecodedSeries implements SeriesClaims {
  readonly claimantId: SeriesClaims['claimantId'];
  readonly side: SeriesClaims['side'];
  readonly metric: SeriesClaims['metric'];
  readonly method: SeriesClaims['method'];
  readonly conflict: string;
  readonly area: SeriesClaims['area'];
  readonly periodStart: SeriesClaims['periodStart'];
  readonly qualifier: SeriesClaims['qualifier'];
  readonly qualifierAt: SeriesClaims['qualifierAt'];
  readonly source: SeriesClaims['source'];
  readonly sourceAt: SeriesClaims['sourceAt'];
  interval: SeriesClaims['interval'];
  private decodedDays: number[] | undefined;
  private decodedValues: number[] | undefined;
  private decodedUrls: number[] | undefined;

  constructor(
    private readonly record: SeriesRecord,
    private readonly start: number,
    fields: SeriesFields,
  ) {
    this.claimantId = fields.claimantId;
    this.side = fields.side;
    this.metric = fields.metric;
    this.method = fields.method;
    this.conflict = fields.conflict;
    this.area = fields.area;
    this.periodStart = fields.periodStart;
    this.qualifier = fields.qualifier;
    this.qualifierAt = fields.qualifierAt;
    this.source = fields.source;
    this.sourceAt = fields.sourceAt;
    this.interval = undefined;
    this.decodedDays = undefined;
    this.decodedValues = undefined;
    this.decodedUrls = undefined;
  }

  get days(): readonly number[] {
    this.decodedDays ??= decodeRuns(this.record.d, this.start);
    return this.decodedDays;
  }

  get values(): readonly number[] {
    this.decodedValues ??= decodeDeltas(this.record.v);
    return this.decodedValues;
  }

  get urlIndex(): readonly number[] {
    this.decodedUrls ??= decodeRuns(this.record.u);
    return this.decodedUrls;
  }
}

/** Lengths, date order and link indices, read from the runs without expanding them. */
function checkSeriesShape(
  bundle: ClaimsBundle,
  record: SeriesRecord,
  where: string,
  problems: string[],
): void {
  const dates = runsLength(record.d);
  const urls = runsLength(record.u);
  if (dates === 0) problems.push(`${where}: no points`);
  if (record.v.length !== dates || urls !== dates) {
    problems.push(`${where}: ${dates} dates, ${record.v.length} values, ${urls} urls`);
  }
  if (!runsIncrease(record.d)) problems.push(`${where}: dates are not strictly increasing`);
  if (!runsWithin(record.u, bundle.urls.length)) problems.push(`${where}: url index out of range`);
}

function checkPointIndices(points: number[], count: number, where: string, problems: string[]) {
  if (points.some((p) => p >= count)) problems.push(`${where}: override past the last point`);
}

function decodeStatement(
  bundle: ClaimsBundle,
  urls: string[],
  record: StatementRecord,
  i: number,
  problems: string[],
): StatementClaim {
  const where = `statements.${i}`;
  checkClaimant(record.c, where, problems);
  checkArea(record.s, record.ar, where, problems);
  if (urls[record.u] === undefined) problems.push(`${where}: unknown url ${record.u}`);
  if (Number.isNaN(toDayNumber(record.d))) problems.push(`${where}: d is not a calendar date`);
  return {
    claimantId: record.c,
    side: record.s,
    metric: record.m,
    method: record.me,
    conflict: record.cf ?? bundle.conflict,
    ...(record.ar !== undefined ? { area: record.ar } : {}),
    date: record.d,
    day: toDayNumber(record.d),
    periodStart: record.ps,
    value: record.v ?? null,
    ...(record.lo !== undefined ? { low: record.lo } : {}),
    ...(record.hi !== undefined ? { high: record.hi } : {}),
    qualifier: record.q,
    url: urls[record.u] ?? '',
    source: sourceAt(bundle, record.src, where, problems),
    row: record.r,
  };
}
