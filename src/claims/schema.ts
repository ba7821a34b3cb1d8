import { z } from 'zod/mini';
import { index } from '../core/schema-parts';
import {
  AreaSchema,
  IsoDateSchema,
  MethodSchema,
  MetricSchema,
  QualifierSchema,
  SideSchema,
} from '../core/vocabulary';

/**
 * The bundled claims database (`src/data/claims.json`), as written by `npm run build:claims`.
 * Keys are short because the extension ships the file; each is documented here, and load.ts turns
 * the bundle into readable in-memory records (ClaimsDb).
 *
 * - `sources`: [dataset folder, file] pairs that records point into by index.
 * - `urls`: [prefix index, rest] pairs; the prefix table holds shared beginnings such as
 *   "https://www.mil.gov.ua/news/", which keeps 1,400 daily source links small.
 * - `series`: dated cumulative tallies of one claimant, metric and side (one point per date).
 * - `statements`: individual dated figures (value or low/high range).
 * - `conflict`: the bundle's default conflict; a record with `cf` belongs to that conflict instead
 *   (version 2). Version 1 bundles have no `cf`, so every record belongs to `conflict`, as before.
 * - `ar` (version 3): the area of a record whose side is counted per area (src/core/conflicts.ts),
 *   required for such a side and refused for any other; `cl`/`ch` (version 3): a statistical
 *   model's 95% confidence interval per point.
 */
export const CLAIMS_FORMAT = 'crosscount-claims';
export const CLAIMS_FORMAT_VERSION = 3;
/** Versions the loader reads: 1 (one conflict), 2 (adds `cf`) and 3 (adds `ar`, `cl`, `ch`). */
export const CLAIMS_FORMAT_VERSIONS = [1, 2, 3] as const;

/** A conflict id, e.g. "russia-ukraine". */
const ConflictSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'not a conflict id'));

const Index = index();

// The bundle holds ~45,000 numbers and ~2,000 links. Checked element by element through zod they
// cost ~40 ms on a cold service worker; these loops check the same thing in well under 1 ms.
// The loader checks whole bundles with bundle-check.ts, the same rules as plain loops, and uses
// this schema (the specification) for its messages when a bundle fails.

function isIntegerArray(value: unknown): value is number[] {
  if (!Array.isArray(value)) return false;
  for (const n of value) if (!Number.isSafeInteger(n)) return false;
  return true;
}

function isUrlTable(value: unknown): value is [number, string][] {
  if (!Array.isArray(value)) return false;
  for (const entry of value) {
    if (!Array.isArray(entry) || entry.length !== 2) return false;
    const [prefix, rest] = entry as unknown[];
    if (!Number.isSafeInteger(prefix) || (prefix as number) < 0 || typeof rest !== 'string') {
      return false;
    }
  }
  return true;
}

/** An array of safe integers. */
const IntegersSchema = z.custom<number[]>(isIntegerArray, 'expected an array of integers');

/** At most this many points per series: a corrupted count fails validation, not the allocation. */
export const MAX_POINTS = 1_000_000;

function isRuns(runs: readonly number[]): boolean {
  if (runs.length % 3 !== 0) return false;
  let total = 0;
  for (let i = 2; i < runs.length; i += 3) {
    const count = runs[i] as number;
    if (count < 0) return false;
    total += count;
  }
  return total <= MAX_POINTS;
}

/** Flat [start, step, count] triplets (see runs.ts). */
const RunsSchema = z
  .custom<number[]>(isIntegerArray, 'expected an array of integers')
  .check(
    z.refine(
      isRuns,
      `runs must be [start, step, count] triplets with counts >= 0, ${MAX_POINTS} points at most`,
    ),
  );

/** A dated series; `d` expands to day offsets from `d0`, `v` to values, `u` to url indices. */
export const SeriesRecordSchema = z.strictObject({
  /** Claimant id (src/core/claimants.ts). */
  c: z.string().check(z.minLength(1)),
  s: SideSchema,
  m: MetricSchema,
  me: MethodSchema,
  /** Qualifier of every point unless overridden in `qx`. */
  q: QualifierSchema,
  /** Index into `sources` of the file most points come from; `sx` overrides per point. */
  src: Index,
  /** Conflict, when not the bundle's `conflict` (version 2). */
  cf: z.optional(ConflictSchema),
  /** Area, for a side counted per area (version 3). */
  ar: z.optional(AreaSchema),
  /** Period start: the war's start (src/core/conflicts.ts) for whole-war cumulative tallies. */
  ps: IsoDateSchema,
  /** Date of the first point. */
  d0: IsoDateSchema,
  /** Runs of day offsets from d0, strictly increasing. */
  d: RunsSchema,
  /** Values, delta-encoded (see runs.ts). */
  v: IntegersSchema,
  /** Runs of per-point indices into `urls`. */
  u: RunsSchema,
  /** [point index, qualifier] where a point's qualifier differs from `q`. */
  qx: z.optional(z.array(z.tuple([Index, QualifierSchema]))),
  /** [point index, source index] where a point's value comes from another file than `src`. */
  sx: z.optional(z.array(z.tuple([Index, Index]))),
  /** Lower bounds of the 95% confidence interval per point, delta-encoded (version 3). */
  cl: z.optional(IntegersSchema),
  /** Upper bounds of the 95% confidence interval per point, delta-encoded (version 3). */
  ch: z.optional(IntegersSchema),
});
export type SeriesRecord = z.infer<typeof SeriesRecordSchema>;

/** One dated figure: a value (`v`), a range (`lo`/`hi`) or both. */
export const StatementRecordSchema = z
  .strictObject({
    c: z.string().check(z.minLength(1)),
    s: SideSchema,
    m: MetricSchema,
    me: MethodSchema,
    q: QualifierSchema,
    /** Conflict, when not the bundle's `conflict` (version 2). */
    cf: z.optional(ConflictSchema),
    /** Area, for a side counted per area (version 3). */
    ar: z.optional(AreaSchema),
    /** The date the figure refers to (or the statement date). */
    d: IsoDateSchema,
    ps: IsoDateSchema,
    v: z.optional(index()),
    lo: z.optional(index()),
    hi: z.optional(index()),
    /** Index into `urls`. */
    u: Index,
    /** Index into `sources`. */
    src: Index,
    /** 1-based data record number in the source file (header excluded). */
    r: z.int().check(z.positive()),
  })
  .check(
    z.refine((st) => st.v !== undefined || (st.lo !== undefined && st.hi !== undefined), {
      message: 'a statement needs a value or both low and high',
    }),
    z.refine((st) => st.lo === undefined || st.hi === undefined || st.lo <= st.hi, {
      message: 'low must not exceed high',
    }),
  );
export type StatementRecord = z.infer<typeof StatementRecordSchema>;

/** The whole bundle. */
export const ClaimsBundleSchema = z
  .strictObject({
    format: z.literal(CLAIMS_FORMAT),
    version: z.union([
      z.literal(CLAIMS_FORMAT_VERSIONS[0]),
      z.literal(CLAIMS_FORMAT_VERSIONS[1]),
      z.literal(CLAIMS_FORMAT_VERSIONS[2]),
    ]),
    /** The conflict of every record without its own `cf` (version 1: of every record). */
    conflict: z.string().check(z.minLength(1)),
    sources: z.array(z.tuple([z.string().check(z.minLength(1)), z.string().check(z.minLength(1))])),
    prefixes: z.array(z.string().check(z.startsWith('https://'))),
    /** [prefix index, rest of the link] pairs. */
    urls: z.custom<[number, string][]>(isUrlTable, 'expected [prefix index, text] pairs'),
    series: z.array(SeriesRecordSchema),
    statements: z.array(StatementRecordSchema),
  })
  .check(
    z.refine(
      (b) => b.version >= 2 || ![...b.series, ...b.statements].some((r) => r.cf !== undefined),
      { message: 'per-record conflicts (cf) need format version 2' },
    ),
    z.refine(
      (b) =>
        b.version >= 3 ||
        (!b.series.some((r) => r.ar !== undefined || r.cl !== undefined || r.ch !== undefined) &&
          !b.statements.some((r) => r.ar !== undefined)),
      { message: 'areas (ar) and intervals (cl, ch) need format version 3' },
    ),
  );
export type ClaimsBundle = z.infer<typeof ClaimsBundleSchema>;
