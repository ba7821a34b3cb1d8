/**
 * `npm run claims -- --side russia --metric tanks --date 2022-04-18 [options]`: queries the
 * bundled claims database with the same code the extension runs (src/claims) and prints the
 * comparison as a table, or with --json as one JSON object with a `claims` array.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadClaimsIndex } from '../src/claims/claims-index';
import { claimRows, renderTable } from '../src/claims/claims-table';
import { isIsoDate } from '../src/claims/dates';
import { match } from '../src/claims/match';
import type { Comparison, MatchQuery } from '../src/claims/types';
import { claimantById } from '../src/core/claimants';
import { AreaSchema, MetricSchema, QualifierSchema, SideSchema } from '../src/core/vocabulary';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_DB = path.join(projectRoot, 'src/data/claims.json');

export const USAGE = `Usage: npm run claims -- --side SIDE --metric METRIC --date DATE [options]

Prints every known claim for METRIC and SIDE as of DATE: per claimant the latest figure on or
before DATE, its next figure, and flags comparing it with the article's VALUE.

  --metric METRIC     ${MetricSchema.options.join(', ')}
  --side SIDE         whose losses: ${SideSchema.options.join(', ')}
  --area AREA         where (sides counted per area, palestine): ${AreaSchema.options.join(', ')}
  --date DATE         as-of date, YYYY-MM-DD
  --value VALUE       the article's figure, e.g. 790 or 20,600; a range as 30000-40000
  --claimant ID       registry id of the claimant the article cites (e.g. ua-general-staff)
  --qualifier Q       ${QualifierSchema.options.join(', ')} (default: exact)
  --period FROM..TO   the figure counts only these days ("413 tanks in December")
  --increment         the figure is one day's increase ("(+17)")
  --percent           the figure is a percentage (percentages have no estimates)
  --json              print one JSON object: { query, claims: [...] }
  --db FILE           claims database (default: src/data/claims.json)
  -h, --help          show this help

METRIC SIDE DATE [VALUE] may also be given as positionals, in that order.

Example: npm run claims -- --side russia --metric tanks --date 2022-04-18 --value 790 --claimant ua-general-staff`;

/** A mistake in the command line; the message says what to fix. */
export class UsageError extends Error {}

/** What the command line asks for. */
export type CliRequest =
  | { help: true }
  | { help: false; query: MatchQuery; db: string; json: boolean };

const OPTIONS = {
  metric: { type: 'string' },
  side: { type: 'string' },
  area: { type: 'string' },
  date: { type: 'string' },
  value: { type: 'string' },
  claimant: { type: 'string' },
  qualifier: { type: 'string' },
  period: { type: 'string' },
  increment: { type: 'boolean' },
  percent: { type: 'boolean' },
  json: { type: 'boolean' },
  db: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Parses the command line (without node and script); throws UsageError on bad input. */
export function parseClaimsArgs(argv: readonly string[]): CliRequest {
  const { values, positionals } = parseOrThrow(argv);
  if (values.help) return { help: true };
  const [metric, side, date, figure] = fields(values, positionals);
  if (!metric || !side || !date) throw new UsageError('expected --metric, --side and --date');
  if (!isIsoDate(date)) {
    throw new UsageError(`--date must be a calendar date YYYY-MM-DD, got "${date}"`);
  }
  const query: MatchQuery = {
    metric: oneOf(MetricSchema.options, metric, '--metric'),
    side: oneOf(SideSchema.options, side, '--side'),
    ...(values.area ? { area: oneOf(AreaSchema.options, values.area, '--area') } : {}),
    unit: values.percent ? 'percent' : 'count',
    qualifier: oneOf(QualifierSchema.options, values.qualifier ?? 'exact', '--qualifier'),
    asOf: date,
    ...parseFigure(figure),
    ...(values.claimant ? { claimant: knownClaimant(values.claimant) } : {}),
    ...(values.period ? { period: parsePeriod(values.period) } : {}),
    ...(values.increment ? { increment: true } : {}),
  };
  return { help: false, query, db: values.db ?? DEFAULT_DB, json: values.json ?? false };
}

function parseOrThrow(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** METRIC SIDE DATE VALUE from the options, or else from the positionals in that order. */
function fields(
  values: Partial<Record<'metric' | 'side' | 'date' | 'value', string>>,
  positionals: readonly string[],
): (string | undefined)[] {
  const names = ['metric', 'side', 'date', 'value'] as const;
  if (positionals.length > names.length) {
    throw new UsageError(`unexpected argument "${positionals[names.length]}"`);
  }
  return names.map((name, i) => {
    const [option, positional] = [values[name], positionals[i]];
    if (option !== undefined && positional !== undefined) {
      throw new UsageError(`--${name} given twice ("${option}" and "${positional}")`);
    }
    return option ?? positional;
  });
}

function oneOf<T extends string>(options: readonly T[], value: string, name: string): T {
  if ((options as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${name} must be one of ${options.join(', ')}; got "${value}"`);
}

function knownClaimant(id: string): string {
  if (claimantById(id)) return id;
  throw new UsageError(`--claimant "${id}" is not a registry id (see src/core/claimants.ts)`);
}

const NUMBER = /^\d{1,3}(,\d{3})+$|^\d+$/;

function toNumber(text: string): number {
  if (!NUMBER.test(text)) throw new UsageError(`--value must be a whole number, got "${text}"`);
  return Number(text.replaceAll(',', ''));
}

/** "790" → value; "30000-40000" → range; absent → no figure. */
export function parseFigure(text: string | undefined): Pick<MatchQuery, 'value' | 'low' | 'high'> {
  if (text === undefined) return { value: null };
  const range = /^([\d,]+)-([\d,]+)$/.exec(text);
  if (!range) return { value: toNumber(text) };
  const [low, high] = [toNumber(range[1] as string), toNumber(range[2] as string)];
  if (low > high) throw new UsageError(`range low ${low} exceeds high ${high}`);
  return { value: null, low, high };
}

/** "2022-12-01..2022-12-31" → { start, end }. */
export function parsePeriod(text: string): { start: string; end: string } {
  const [start = '', end = '', ...rest] = text.split('..');
  if (rest.length > 0 || !isIsoDate(start) || !isIsoDate(end) || start > end) {
    throw new UsageError(`--period must be FROM..TO, two dates in order, got "${text}"`);
  }
  return { start, end };
}

/** Loads the database and answers the query. */
export function runQuery(query: MatchQuery, dbFile: string): Comparison {
  const index = loadClaimsIndex(JSON.parse(readFileSync(dbFile, 'utf8')));
  return match(index, query);
}

/** Runs the CLI; returns the process exit code (0 ok, 2 usage error, 1 other failure). */
export function main(argv: readonly string[]): number {
  try {
    const request = parseClaimsArgs(argv);
    if (request.help) {
      console.log(USAGE);
      return 0;
    }
    const comparison = runQuery(request.query, request.db);
    const json = { query: comparison.query, claims: claimRows(comparison) };
    console.log(request.json ? JSON.stringify(json, null, 2) : renderTable(comparison));
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`claims: ${message}`);
    if (error instanceof UsageError) console.error('Run with --help for usage.');
    return error instanceof UsageError ? 2 : 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
