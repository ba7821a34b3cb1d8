import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { isIsoDate } from '../../src/claims/dates';
import { DATASET_NAMES } from './dataset-names';
import type { BuildReport } from './report';

/** Reads and parses a JSON file of a dataset; a missing or unparsable file is fatal. */
export function readJson(dataDir: string, dataset: string, file: string): unknown {
  const text = readFileSync(path.join(dataDir, dataset, file), 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(`${dataset}/${file}: not valid JSON (${why})`);
  }
}

/** A CSV data record keyed by header name, with its 1-based record number. */
export interface CsvRecord {
  row: number;
  fields: Record<string, string>;
}

/**
 * Reads a CSV file with a header. Parsed as arrays (not objects) so a record with the wrong
 * number of fields is reported with its row number (and fails the build with the other malformed
 * rows) instead of aborting the parse at the first one. Quoted newlines (Oryx labels) are handled
 * by csv-parse.
 */
export function readCsv(
  dataDir: string,
  dataset: string,
  file: string,
  report: BuildReport,
): CsvRecord[] {
  const text = readFileSync(path.join(dataDir, dataset, file), 'utf8');
  const where = `${dataset}/${file}`;
  const rows = parseCsv(text, where);
  const [header = [], ...data] = rows;
  report.read(where, data.length);
  return data.flatMap((cells, i) => {
    if (cells.length !== header.length) {
      report.reject(where, `row ${i + 1}`, `${cells.length} fields, header has ${header.length}`);
      return [];
    }
    return [{ row: i + 1, fields: Object.fromEntries(header.map((h, k) => [h, cells[k] ?? ''])) }];
  });
}

function parseCsv(text: string, where: string): string[][] {
  try {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(`${where}: not valid CSV (${why})`);
  }
}

/** A real calendar date in YYYY-MM-DD form. */
export const IsoDateField = z.string().refine(isIsoDate, 'not a YYYY-MM-DD calendar date');

/** A non-negative integer count. */
export const Count = z.number().int().nonnegative();

/** A CSV cell holding a count, possibly with thousands commas ("140,000"). */
export const CountCell = z
  .string()
  .trim()
  .regex(/^(\d+|\d{1,3}(,\d{3})+)$/, 'not a whole number')
  .transform((cell) => Number(cell.replaceAll(',', '')));

/** An optional count cell: empty means absent. */
export const OptionalCountCell = z.union([z.literal('').transform(() => undefined), CountCell]);

/** True for an absolute https URL. */
export function isHttpsUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

export const HttpsUrl = z.string().trim().refine(isHttpsUrl, 'not an https URL');

/** The first zod issue of a failed parse, as one line for the report. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  // Enum messages list every option; the report only needs the start.
  const message = issue.message.length > 100 ? `${issue.message.slice(0, 100)}…` : issue.message;
  return `${issue.path.join('.') || 'row'}: ${message}`;
}

const ID_BY_DATASET_NAME = new Map(
  Object.entries(DATASET_NAMES).flatMap(([id, names]) => names.map((name) => [name, id] as const)),
);

/** Registry id for a dataset's spelling of a claimant (trimmed), or undefined. */
export function claimantIdForName(name: string): string | undefined {
  return ID_BY_DATASET_NAME.get(name.trim());
}

/** Plain code-unit comparison: unlike localeCompare, identical on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
