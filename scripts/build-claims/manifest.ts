import { createHash } from 'node:crypto';
import { CLAIMS_FORMAT, CLAIMS_FORMAT_VERSION } from '../../src/claims/schema';
import { claimantById } from '../../src/core/claimants';
import type { IsoDate } from '../../src/core/vocabulary';
import { DATASETS, type DatasetInfo } from './datasets';
import { compareText } from './io';
import type { BuildReport, Correction } from './report';
import type { SeriesDraft, StatementDraft } from './types';

/**
 * src/data/claims-manifest.json: a small summary of the bundle for the options page's "About the
 * data" view. Deterministic like the bundle: its date is the newest as-of date in the data, never
 * the clock. Arrays hold only objects, so Biome's JSON formatting leaves the text unchanged.
 */
export interface Manifest {
  format: 'crosscount-claims-manifest';
  version: string;
  buildDate: IsoDate;
  buildDateRule: string;
  bundle: BundleSummary;
  datasets: DatasetEntry[];
  claimants: ClaimantEntry[];
  corrections: Correction[];
  exclusions: { what: string; count: number }[];
  mirrorDisagreements: { count: number; rule: string };
}

interface BundleSummary {
  file: string;
  format: string;
  formatVersion: number;
  bytes: number;
  sha256: string;
  claims: number;
  series: number;
  statements: number;
}

/** A dataset as the options page's "About the data" shows it (src/ui/options/AboutData.tsx). */
interface DatasetEntry extends DatasetInfo {
  /** Coverage: the first and last as-of date of the claims taken from it. */
  from: IsoDate;
  to: IsoDate;
  claims: number;
}

interface ClaimantEntry {
  id: string;
  name: string;
  claims: number;
  bySide: Record<string, number>;
  byMetric: Record<string, number>;
}

/** One claim as the manifest counts it. */
interface Counted {
  claimantId: string;
  side: string;
  metric: string;
  dataset: string;
  date: IsoDate;
}

/** Everything the manifest is computed from. */
export interface ManifestInput {
  series: readonly SeriesDraft[];
  statements: readonly StatementDraft[];
  report: BuildReport;
  json: string;
  /** The datasets as read (a `data:fetch --latest` folder names newer commits); default DATASETS. */
  datasets?: readonly DatasetInfo[];
}

/** The manifest of a build: bundle summary, datasets, per-claimant counts, corrections. */
export function buildManifest(input: ManifestInput): Manifest {
  const claims = countedClaims(input.series, input.statements);
  const buildDate = newestDate(claims);
  const sha256 = createHash('sha256').update(input.json).digest('hex');
  return {
    format: 'crosscount-claims-manifest',
    version: `${buildDate}.${sha256.slice(0, 12)}`,
    buildDate,
    buildDateRule:
      'The newest as-of date of any claim in the bundle, not the time of the build, so the same data always give the same files.',
    bundle: {
      file: 'src/data/claims.json',
      format: CLAIMS_FORMAT,
      formatVersion: CLAIMS_FORMAT_VERSION,
      bytes: Buffer.byteLength(input.json),
      sha256,
      claims: claims.length,
      series: input.series.length,
      statements: input.statements.length,
    },
    datasets: (input.datasets ?? DATASETS).map((info) => datasetEntry(info, claims)),
    claimants: claimantEntries(claims),
    corrections: [...input.report.corrections].sort(compareCorrections),
    exclusions: [...input.report.exclusions]
      .sort(([a], [b]) => compareText(a, b))
      .map(([what, count]) => ({ what, count })),
    mirrorDisagreements: {
      count: input.report.disagreements.length,
      rule: 'Where the three General Staff transcriptions differ, the value two of them agree on is used; where none agree, the one value consistent with the neighbouring days (a running total never falls; a repeat of the day before is no report); else lod-db (linked to the Ministry of Defence page), else PetroIvaniuk. Each decision and its rule: src/data/claims-report.md.',
    },
  };
}

/** The newest as-of date (ISO dates compare as text). */
function newestDate(claims: readonly Counted[]): IsoDate {
  let newest = '0000-00-00';
  for (const claim of claims) if (compareText(claim.date, newest) > 0) newest = claim.date;
  return newest;
}

function countedClaims(
  series: readonly SeriesDraft[],
  statements: readonly StatementDraft[],
): Counted[] {
  const counted = (
    { claimantId, side, metric }: SeriesDraft | StatementDraft,
    dataset: string,
    date: IsoDate,
  ): Counted => ({ claimantId, side, metric, dataset, date });
  return [
    ...series.flatMap((s) => s.points.map((p) => counted(s, p.source.dataset, p.date))),
    ...statements.map((st) => counted(st, st.source.dataset, st.date)),
  ];
}

function datasetEntry(info: DatasetInfo, claims: readonly Counted[]): DatasetEntry {
  const dates = claims.filter((c) => c.dataset === info.id).map((c) => c.date);
  const sorted = [...dates].sort(compareText);
  return {
    ...info,
    from: sorted[0] ?? '',
    to: sorted[sorted.length - 1] ?? '',
    claims: dates.length,
  };
}

function claimantEntries(claims: readonly Counted[]): ClaimantEntry[] {
  const ids = [...new Set(claims.map((c) => c.claimantId))].sort(compareText);
  return ids.map((id) => {
    const own = claims.filter((c) => c.claimantId === id);
    return {
      id,
      name: claimantById(id)?.name ?? id,
      claims: own.length,
      bySide: tally(own.map((c) => c.side)),
      byMetric: tally(own.map((c) => c.metric)),
    };
  });
}

/** Counts per key, keys in sorted order. */
function tally(keys: readonly string[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return Object.fromEntries([...counts].sort(([a], [b]) => compareText(a, b)));
}

function compareCorrections(a: Correction, b: Correction): number {
  return compareText(a.dataset, b.dataset) || compareText(a.ref, b.ref);
}

/** The manifest's text: two-space JSON, as Biome formats it. */
export function stringifyManifest(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
