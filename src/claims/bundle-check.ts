import { AREAS, METHODS, METRICS, QUALIFIERS, SIDES } from '../core/vocabulary';
import { CLAIMS_FORMAT, CLAIMS_FORMAT_VERSIONS, MAX_POINTS } from './schema';

/**
 * A fast check of the bundle's shape: the same rules as ClaimsBundleSchema (schema.ts, the
 * specification), written as plain loops. Zod without its JIT (extensions forbid `new Function`)
 * spends ~20 ms of a cold service worker on the bundle's ~250 records; this takes well under a
 * millisecond. It may only ever be stricter than the schema, never laxer: bundle-check.test.ts
 * runs both over the committed bundle and hundreds of corrupted copies and requires them to agree.
 * On failure the loader asks zod for its detailed messages.
 */

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isIsoDate = (v: unknown) => typeof v === 'string' && ISO_DATE.test(v);
const CONFLICT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function oneOf(values: readonly string[]): (v: unknown) => boolean {
  const set = new Set(values);
  return (v) => typeof v === 'string' && set.has(v);
}
const isSide = oneOf(SIDES);
const isMetric = oneOf(METRICS);
const isMethod = oneOf(METHODS);
const isQualifier = oneOf(QUALIFIERS);
const isArea = oneOf(AREAS);

function isIntegers(v: unknown): v is number[] {
  if (!Array.isArray(v)) return false;
  // An indexed loop: this runs over ~45,000 numbers while V8 still interprets the code (a cold
  // service worker), where for…of pays for the iterator protocol on every element.
  // Most numbers are small: `(n | 0) === n` settles them without a call.
  for (let i = 0; i < v.length; i++) {
    const n = v[i];
    if ((n | 0) !== n && !Number.isSafeInteger(n)) return false;
  }
  return true;
}

function isRuns(v: unknown): boolean {
  if (!isIntegers(v) || v.length % 3 !== 0) return false;
  let total = 0;
  for (let i = 2; i < v.length; i += 3) {
    const count = v[i] as number;
    if (count < 0) return false;
    total += count;
  }
  return total <= MAX_POINTS;
}

function isPairs(v: unknown, second: (x: unknown) => boolean): boolean {
  if (!Array.isArray(v)) return false;
  for (const pair of v) {
    if (!Array.isArray(pair) || pair.length !== 2 || !isIndex(pair[0]) || !second(pair[1])) {
      return false;
    }
  }
  return true;
}

/** Field checks of a record: required fields, and optional ones (absent or undefined is fine). */
type Fields = Readonly<Record<string, readonly [required: boolean, test: (v: unknown) => boolean]>>;

const SERIES: Fields = {
  c: [true, isText],
  s: [true, isSide],
  m: [true, isMetric],
  me: [true, isMethod],
  q: [true, isQualifier],
  src: [true, isIndex],
  cf: [false, (v) => typeof v === 'string' && CONFLICT.test(v)],
  ar: [false, isArea],
  ps: [true, isIsoDate],
  d0: [true, isIsoDate],
  d: [true, isRuns],
  v: [true, isIntegers],
  u: [true, isRuns],
  qx: [false, (v) => isPairs(v, isQualifier)],
  sx: [false, (v) => isPairs(v, isIndex)],
  cl: [false, isIntegers],
  ch: [false, isIntegers],
};

const STATEMENT: Fields = {
  c: [true, isText],
  s: [true, isSide],
  m: [true, isMetric],
  me: [true, isMethod],
  q: [true, isQualifier],
  cf: [false, (v) => typeof v === 'string' && CONFLICT.test(v)],
  ar: [false, isArea],
  d: [true, isIsoDate],
  ps: [true, isIsoDate],
  v: [false, isIndex],
  lo: [false, isIndex],
  hi: [false, isIndex],
  u: [true, isIndex],
  src: [true, isIndex],
  r: [true, (v) => Number.isSafeInteger(v) && (v as number) > 0],
};

function hasFields(record: unknown, fields: Fields): record is Json {
  if (!isObject(record)) return false;
  for (const key in record) if (!Object.hasOwn(fields, key)) return false;
  for (const key in fields) {
    const field = fields[key] as Fields[string];
    const value = record[key];
    if (value === undefined ? field[0] : !field[1](value)) return false;
  }
  return true;
}

function isStatement(record: unknown): boolean {
  if (!hasFields(record, STATEMENT)) return false;
  const { v, lo, hi } = record as { v?: number; lo?: number; hi?: number };
  if (v === undefined && (lo === undefined || hi === undefined)) return false;
  return lo === undefined || hi === undefined || lo <= hi;
}

function every(v: unknown, test: (item: unknown) => boolean): v is unknown[] {
  if (!Array.isArray(v)) return false;
  for (const item of v) if (!test(item)) return false;
  return true;
}

const BUNDLE_KEYS = new Set([
  'format',
  'version',
  'conflict',
  'sources',
  'prefixes',
  'urls',
  'series',
  'statements',
]);

/** Where the bundle first breaks the schema's rules ("series"), or undefined when it keeps them. */
export function bundleProblem(json: unknown): string | undefined {
  if (!isObject(json)) return '(root)';
  for (const key in json) if (!BUNDLE_KEYS.has(key)) return key;
  if (json.format !== CLAIMS_FORMAT) return 'format';
  const version = json.version;
  if (!(CLAIMS_FORMAT_VERSIONS as readonly unknown[]).includes(version)) return 'version';
  if (!isText(json.conflict)) return 'conflict';
  const pair = (p: unknown) => Array.isArray(p) && p.length === 2 && isText(p[0]) && isText(p[1]);
  if (!every(json.sources, pair)) return 'sources';
  const https = (p: unknown) => typeof p === 'string' && p.startsWith('https://');
  if (!every(json.prefixes, https)) return 'prefixes';
  const link = (e: unknown) =>
    Array.isArray(e) && e.length === 2 && isIndex(e[0]) && typeof e[1] === 'string';
  if (!every(json.urls, link)) return 'urls';
  if (!every(json.series, (r) => hasFields(r, SERIES))) return 'series';
  if (!every(json.statements, isStatement)) return 'statements';
  const records = [...json.series, ...json.statements] as Json[];
  if ((version as number) < 2 && records.some((r) => r.cf !== undefined)) return 'cf';
  const v3 = (r: Json) => r.ar !== undefined || r.cl !== undefined || r.ch !== undefined;
  if ((version as number) < 3 && records.some(v3)) return 'ar';
  return undefined;
}
