import { loadClaimsDb } from '../../src/claims/load';
import type { ClaimsBundle } from '../../src/claims/schema';
import { importEconomist } from './economist';
import { importEconomistMeta } from './economist-meta';
import { encodeBundle, stringifyBundle } from './emit';
import { datasetsRead } from './fetched';
import { importGeneralStaff } from './genstaff';
import { buildManifest, type Manifest, stringifyManifest } from './manifest';
import { importOhchr } from './ohchr';
import { importOryx } from './oryx';
import { BuildReport, describeRejection, type Rejection, renderReport } from './report';
import { importRuMod } from './ru-mod';
import { importStatements } from './statements';
import { importTechForPalestine } from './techforpalestine';
import type { ImportResult } from './types';
import { verifyRoundTrip } from './verify';

/** The bundle's default conflict; records of another conflict carry their own (`cf`). */
export const CONFLICT = 'russia-ukraine';

type Importer = (dataDir: string, report: BuildReport) => ImportResult;

/** Dataset importers, in report order. */
export const IMPORTERS: readonly Importer[] = [
  importGeneralStaff,
  importOryx,
  importStatements,
  importEconomist,
  importEconomistMeta,
  importOhchr,
  importRuMod,
  importTechForPalestine,
];

/** Everything the build produces, in memory. */
export interface BuildOutput {
  bundle: ClaimsBundle;
  /** The text of src/data/claims.json. */
  json: string;
  /** The text of src/data/claims-report.md. */
  report: string;
  manifest: Manifest;
  /** The text of src/data/claims-manifest.json. */
  manifestJson: string;
}

/** Thrown when rows of the raw data fail validation; the message names each file and row. */
export class MalformedDataError extends Error {
  constructor(readonly rejections: readonly Rejection[]) {
    const shown = rejections.slice(0, 20).map((r) => `  - ${describeRejection(r)}`);
    const more = rejections.length > 20 ? [`  … and ${rejections.length - 20} more`] : [];
    super(
      [
        `${rejections.length} malformed row${rejections.length === 1 ? '' : 's'} in the raw data:`,
        ...shown,
        ...more,
        'Fix the data, or handle a documented quirk explicitly in scripts/build-claims.',
      ].join('\n'),
    );
    this.name = 'MalformedDataError';
  }
}

/**
 * Reads every dataset under `dataDir` and returns the bundle, its report and its manifest. Pure
 * apart from reading files: no clock, no randomness, so the same input always gives the same
 * bytes. Throws MalformedDataError when any row fails validation: nothing is silently skipped.
 */
export function buildClaims(dataDir: string): BuildOutput {
  const report = new BuildReport();
  const results = IMPORTERS.map((importer) => importer(dataDir, report));
  if (report.rejections.length > 0) throw new MalformedDataError(report.rejections);
  const series = results.flatMap((r) => r.series);
  const statements = results.flatMap((r) => r.statements);
  const bundle = encodeBundle(CONFLICT, series, statements);
  const json = stringifyBundle(bundle);
  // The extension loads the bundle through the same validation; fail the build, not the browser.
  verifyRoundTrip(loadClaimsDb(JSON.parse(json)), series, statements);
  const datasets = datasetsRead(dataDir);
  const manifest = buildManifest({ series, statements, report, json, datasets });
  return {
    bundle,
    json,
    report: renderReport(report, Buffer.byteLength(json)),
    manifest,
    manifestJson: stringifyManifest(manifest),
  };
}
