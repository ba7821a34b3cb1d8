import { loadClaimsDb } from '../../src/claims/load';
import type { ClaimsBundle } from '../../src/claims/schema';
import { importEconomist } from './economist';
import { encodeBundle, stringifyBundle } from './emit';
import { importGeneralStaff } from './genstaff';
import { importOhchr } from './ohchr';
import { importOryx } from './oryx';
import { BuildReport, renderReport } from './report';
import { importRuMod } from './ru-mod';
import { importStatements } from './statements';
import type { ImportResult } from './types';
import { verifyRoundTrip } from './verify';

/** The conflict every claim in this bundle belongs to. */
export const CONFLICT = 'russia-ukraine';

type Importer = (dataDir: string, report: BuildReport) => ImportResult;

/** Dataset importers, in report order. */
export const IMPORTERS: readonly Importer[] = [
  importGeneralStaff,
  importOryx,
  importStatements,
  importEconomist,
  importOhchr,
  importRuMod,
];

/** Everything the build produces, in memory. */
export interface BuildOutput {
  bundle: ClaimsBundle;
  /** The text of src/data/claims.json. */
  json: string;
  /** The text of src/data/claims-report.md. */
  report: string;
}

/**
 * Reads every dataset under `dataDir` and returns the bundle and its report. Pure apart from
 * reading files: no clock, no randomness, so the same input always gives the same bytes.
 */
export function buildClaims(dataDir: string): BuildOutput {
  const report = new BuildReport();
  const results = IMPORTERS.map((importer) => importer(dataDir, report));
  const series = results.flatMap((r) => r.series);
  const statements = results.flatMap((r) => r.statements);
  const bundle = encodeBundle(CONFLICT, series, statements);
  const json = stringifyBundle(bundle);
  // The extension loads the bundle through the same validation; fail the build, not the browser.
  verifyRoundTrip(loadClaimsDb(JSON.parse(json)), series, statements);
  return { bundle, json, report: renderReport(report, Buffer.byteLength(json)) };
}
