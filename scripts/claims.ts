/**
 * `npm run claims -- METRIC SIDE DATE [VALUE|LOW-HIGH] [options]`: queries the bundled claims
 * database with the same code the extension runs (src/claims) and prints the Comparison as JSON.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadClaimsIndex } from '../src/claims/claims-index';
import { isIsoDate } from '../src/claims/dates';
import { match } from '../src/claims/match';
import type { Comparison, MatchQuery } from '../src/claims/types';
import { claimantById } from '../src/core/claimants';
import { MetricSchema, QualifierSchema, SideSchema } from '../src/core/vocabulary';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_DB = path.join(projectRoot, 'src/data/claims.json');

export const USAGE = `Usage: npm run claims -- METRIC SIDE DATE [VALUE | LOW-HIGH] [options]

Prints every known estimate for METRIC and SIDE as of DATE, compared with VALUE.

  METRIC   ${MetricSchema.options.join(', ')}
  SIDE     whose losses: ${SideSchema.options.join(', ')}
  DATE     as-of date, YYYY-MM-DD
  VALUE    the article's figure, e.g. 790 or 20,600; a range as 30000-40000

Options:
  --claimant ID    registry id of the claimant the article cites (e.g. ua-general-staff)
  --qualifier Q    ${QualifierSchema.options.join(', ')} (default: exact)
  --percent        the figure is a percentage (percentages have no estimates)
  --db FILE        claims database (default: src/data/claims.json)
  -h, --help       show this help

Example: npm run claims -- tanks russia 2022-04-18 790 --claimant ua-general-staff`;

/** A mistake in the command line; the message says what to fix. */
export class UsageError extends Error {}

/** What the command line asks for. */
export type CliRequest = { help: true } | { help: false; query: MatchQuery; db: string };

/** Parses the command line (without node and script); throws UsageError on bad input. */
export function parseClaimsArgs(argv: readonly string[]): CliRequest {
  const { values, positionals } = parseOrThrow(argv);
  if (values.help) return { help: true };
  const [metric, side, date, figure, ...extra] = positionals;
  if (!metric || !side || !date) throw new UsageError('expected METRIC SIDE DATE');
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (!isIsoDate(date))
    throw new UsageError(`DATE must be a calendar date YYYY-MM-DD, got "${date}"`);
  const query: MatchQuery = {
    metric: oneOf(MetricSchema.options, metric, 'METRIC'),
    side: oneOf(SideSchema.options, side, 'SIDE'),
    unit: values.percent ? 'percent' : 'count',
    qualifier: oneOf(QualifierSchema.options, values.qualifier ?? 'exact', '--qualifier'),
    asOf: date,
    ...parseFigure(figure),
    ...(values.claimant ? { claimant: knownClaimant(values.claimant) } : {}),
  };
  return { help: false, query, db: values.db ?? DEFAULT_DB };
}

function parseOrThrow(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        claimant: { type: 'string' },
        qualifier: { type: 'string' },
        percent: { type: 'boolean' },
        db: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
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
  if (!NUMBER.test(text)) throw new UsageError(`VALUE must be a whole number, got "${text}"`);
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

/** Loads the database and answers the query. */
export function runQuery(query: MatchQuery, dbFile: string): Comparison {
  const index = loadClaimsIndex(JSON.parse(readFileSync(dbFile, 'utf8')));
  return match(index, query);
}

/** Runs the CLI; returns the process exit code. */
export function main(argv: readonly string[]): number {
  try {
    const request = parseClaimsArgs(argv);
    if (request.help) {
      console.log(USAGE);
      return 0;
    }
    console.log(JSON.stringify(runQuery(request.query, request.db), null, 2));
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
