import { z } from 'zod';
import type { Provenance } from '../../src/claims/db-types';
import { WAR_START } from '../../src/claims/equivalences';
import type { IsoDate, Metric } from '../../src/core/vocabulary';
import { compareText, firstIssue, HttpsUrl, readJson } from './io';
import type { BuildReport } from './report';
import type { ImportResult, SeriesDraft, SeriesPoint } from './types';

const FILE: Provenance = { dataset: 'ohchr_via_reliefweb', file: 'main.json' };
const WHERE = `${FILE.dataset}/${FILE.file}`;

/** The cumulative Ukraine series we import; the combined "casualties" series has no metric. */
const FIGURES: readonly { name: string; metric: Metric }[] = [
  { name: 'Civilians Killed since 24 Feb 2022', metric: 'civilians_killed' },
  { name: 'Civilians Injured since 24 Feb 2022', metric: 'civilians_injured' },
];

/** Two data points carry wrong years in every cumulative series (PROVENANCE §3). */
const DATE_CORRECTIONS: Readonly<Record<IsoDate, { to: IsoDate; why: string }>> = {
  '2021-03-10': {
    to: '2022-03-10',
    why: 'the invasion began on 2022-02-24; the values (564 killed, 982 injured) sit between 2022-03-09 and 2022-03-11',
  },
  '2022-01-29': {
    to: '2023-01-29',
    why: 'the values (7,110 killed, 11,547 injured) sit between 2023-01-22 (7,068) and 2023-02-05 (7,155)',
  },
};

const Value = z.object({
  value: z.string().regex(/^\d+$/, 'not a whole number').transform(Number),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T/, 'not an ISO timestamp')
    .transform((d) => d.slice(0, 10)),
  url: HttpsUrl,
});
const Figure = z.looseObject({ name: z.string(), values: z.array(z.unknown()) });
const Country = z.looseObject({ iso3: z.string(), figures: z.array(Figure) });

/** OHCHR's verified civilian deaths and injuries in Ukraine, as relayed by ReliefWeb. */
export function importOhchr(dataDir: string, report: BuildReport): ImportResult {
  const countries = z.array(z.unknown()).parse(readJson(dataDir, FILE.dataset, FILE.file));
  const ukraine = countries
    .map((c) => Country.safeParse(c))
    .find((c) => c.success && c.data.iso3.toLowerCase() === 'ukr');
  if (!ukraine?.success) throw new Error(`${WHERE}: no Ukraine entry`);
  const series = FIGURES.flatMap(({ name, metric }) => {
    const figure = ukraine.data.figures.find((f) => f.name === name);
    if (!figure) {
      report.reject(WHERE, name, 'figure not found');
      return [];
    }
    return [buildSeries(metric, name, figure.values, report)];
  });
  report.claims(
    WHERE,
    series.reduce((n, s) => n + s.points.length, 0),
  );
  return { series, statements: [] };
}

function buildSeries(
  metric: Metric,
  name: string,
  values: readonly unknown[],
  report: BuildReport,
): SeriesDraft {
  report.read(WHERE, values.length);
  const byDate = new Map<IsoDate, SeriesPoint>();
  values.forEach((raw, i) => {
    const point = toPoint(raw, name, report);
    const ref = `${name} #${i + 1}`;
    if (typeof point === 'string') report.reject(WHERE, ref, point);
    else if (byDate.has(point.date)) report.reject(WHERE, ref, `duplicate date ${point.date}`);
    else {
      report.kept(WHERE);
      byDate.set(point.date, point);
    }
  });
  const points = [...byDate.values()].sort((a, b) => compareText(a.date, b.date));
  return {
    claimantId: 'ohchr',
    side: 'ukraine',
    metric,
    method: 'un-verified',
    periodStart: WAR_START,
    points,
  };
}

/** The validated, date-corrected point, or why the value cannot be used. */
function toPoint(raw: unknown, name: string, report: BuildReport): SeriesPoint | string {
  const parsed = Value.safeParse(raw);
  if (!parsed.success) return firstIssue(parsed.error);
  const { value, url } = parsed.data;
  const date = correctDate(parsed.data.date, name, report);
  return { date, value, qualifier: 'exact', url, source: FILE };
}

function correctDate(date: IsoDate, name: string, report: BuildReport): IsoDate {
  const fix = DATE_CORRECTIONS[date];
  if (!fix) return date;
  report.correction({
    dataset: FILE.dataset,
    file: FILE.file,
    ref: `"${name}", value dated ${date}`,
    change: `date ${date} -> ${fix.to}`,
    reason: fix.why,
  });
  return fix.to;
}
