import { z } from 'zod';
import type { Provenance } from '../../src/claims/db-types';
import { WAR_START } from '../../src/claims/equivalences';
import type { IsoDate, Metric, Side } from '../../src/core/vocabulary';
import { compareText, firstIssue, IsoDateField, readCsv } from './io';
import { describeRecipes, ORYX_RECIPES, valueFor } from './oryx-recipes';
import type { BuildReport } from './report';
import type { ImportResult, SeriesDraft } from './types';

const FILE: Provenance = {
  dataset: 'oryx_scarnecchia',
  file: 'derived/totals_by_type_history.csv',
};
const WHERE = `${FILE.dataset}/${FILE.file}`;
const SECTION = 'Oryx';

const COUNTRIES: readonly { country: string; side: Side; url: string }[] = [
  {
    country: 'Russia',
    side: 'russia',
    url: 'https://www.oryxspioenkop.com/2022/02/attack-on-europe-documenting-equipment.html',
  },
  {
    country: 'Ukraine',
    side: 'ukraine',
    url: 'https://www.oryxspioenkop.com/2022/02/attack-on-europe-documenting-ukrainian.html',
  },
];

const Cell = z.string().regex(/^\d+$/, 'not a whole number').transform(Number);
const Row = z.object({
  snapshot_commit: z.string().regex(/^[0-9a-f]{40}$/, 'not a commit id'),
  commit_time: z.string().refine((t) => !Number.isNaN(Date.parse(t)), 'not a timestamp'),
  commit_subject_date: z.union([z.literal(''), IsoDateField]),
  country: z.enum(['Russia', 'Ukraine']),
  // Some labels end in a quoted line break (PROVENANCE §2).
  equipment_type: z.string().trim().min(1),
  type_total: Cell,
});
type Row = z.infer<typeof Row>;

/** One scrape: category label → type_total per country; labels seen twice are ambiguous. */
interface Snapshot {
  commit: string;
  instant: number;
  date: IsoDate;
  totals: Map<string, Map<string, number>>;
  ambiguous: Set<string>;
}

/**
 * Oryx's visually confirmed losses, both sides, one point per date: the latest scrape of that
 * date. Values carry forward between dates in the matcher (latest point on or before), never here.
 */
export function importOryx(dataDir: string, report: BuildReport): ImportResult {
  const rows = readCsv(dataDir, FILE.dataset, FILE.file, report).flatMap((record) => {
    const parsed = Row.safeParse(record.fields);
    if (parsed.success) {
      report.kept(WHERE);
      return [parsed.data];
    }
    report.reject(WHERE, `row ${record.row}`, firstIssue(parsed.error));
    return [];
  });
  const snapshots = latestPerDate(collectSnapshots(rows), report);
  const series = COUNTRIES.flatMap((c) =>
    (Object.keys(ORYX_RECIPES) as Metric[]).map((metric) =>
      buildSeries(c, metric, snapshots, report),
    ),
  ).filter((s) => s.points.length > 0);
  report.claims(
    WHERE,
    series.reduce((n, s) => n + s.points.length, 0),
  );
  report.note(
    SECTION,
    `Categories summed per metric (type_total; the first recipe whose categories are all present on a date is used, otherwise the date is skipped): ${describeRecipes()}.`,
  );
  return { series, statements: [] };
}

function collectSnapshots(rows: readonly Row[]): Map<string, Snapshot> {
  const snapshots = new Map<string, Snapshot>();
  for (const row of rows) {
    let snap = snapshots.get(row.snapshot_commit);
    if (!snap) {
      snap = {
        commit: row.snapshot_commit,
        instant: Date.parse(row.commit_time),
        // The commit time's own (local) calendar date when the subject carries none.
        date: row.commit_subject_date || row.commit_time.slice(0, 10),
        totals: new Map(),
        ambiguous: new Set(),
      };
      snapshots.set(row.snapshot_commit, snap);
    }
    const totals = snap.totals.get(row.country) ?? new Map<string, number>();
    snap.totals.set(row.country, totals);
    if (totals.has(row.equipment_type)) snap.ambiguous.add(`${row.country}|${row.equipment_type}`);
    totals.set(row.equipment_type, row.type_total);
  }
  return snapshots;
}

/** The scrape with the latest commit time for each date, in date order. */
function latestPerDate(snapshots: Map<string, Snapshot>, report: BuildReport): Snapshot[] {
  const byDate = new Map<IsoDate, Snapshot[]>();
  for (const snap of snapshots.values())
    byDate.set(snap.date, [...(byDate.get(snap.date) ?? []), snap]);
  const chosen: Snapshot[] = [];
  for (const [date, list] of [...byDate].sort(([a], [b]) => compareText(a, b))) {
    const sorted = [...list].sort(
      (a, b) => b.instant - a.instant || compareText(a.commit, b.commit),
    );
    chosen.push(sorted[0] as Snapshot);
    if (list.length > 1) {
      const used = (sorted[0] as Snapshot).commit.slice(0, 7);
      report.note(SECTION, `${date}: ${list.length} scrapes, used the latest (${used}).`);
    }
  }
  report.note(SECTION, `${snapshots.size} scrapes, ${chosen.length} dates.`);
  return chosen;
}

function buildSeries(
  country: (typeof COUNTRIES)[number],
  metric: Metric,
  snapshots: readonly Snapshot[],
  report: BuildReport,
): SeriesDraft {
  const skipped: IsoDate[] = [];
  const points = snapshots.flatMap((snap) => {
    const totals = snap.totals.get(country.country) ?? new Map<string, number>();
    const ambiguous = (label: string) => snap.ambiguous.has(`${country.country}|${label}`);
    const value = valueFor(metric, totals, ambiguous);
    if (value === undefined) {
      skipped.push(snap.date);
      report.exclude(
        `${FILE.dataset}: a date on which a category of the metric is missing or listed twice`,
      );
      return [];
    }
    return [
      { date: snap.date, value, qualifier: 'exact' as const, url: country.url, source: FILE },
    ];
  });
  if (skipped.length > 0) {
    report.note(
      SECTION,
      `${country.side} ${metric}: ${skipped.length} dates skipped (a category missing or listed twice): ${summariseDates(skipped)}.`,
    );
  }
  return {
    claimantId: 'oryx',
    side: country.side,
    metric,
    method: 'visually-confirmed',
    periodStart: WAR_START,
    points,
  };
}

function summariseDates(dates: readonly IsoDate[]): string {
  if (dates.length <= 6) return dates.join(', ');
  return `${dates.slice(0, 3).join(', ')} … ${dates.slice(-3).join(', ')}`;
}
