import { z } from 'zod';
import type { Provenance } from '../../src/claims/db-types';
import { WAR_START } from '../../src/claims/equivalences';
import type { IsoDate, Metric } from '../../src/core/vocabulary';
import { compareText, firstIssue, IsoDateField, readCsv } from './io';
import type { BuildReport } from './report';
import type { ImportResult, SeriesDraft, SeriesPoint } from './types';

const DATASET = 'economist_estimates';
const SECTION = "The Economist's meta-estimate";
export const META_URL =
  'https://github.com/TheEconomist/the-economist-ukraine-war-dead-and-wounded-estimates';

const FILES: readonly { file: Provenance; type: 'deaths' | 'casualties'; metric: Metric }[] = [
  {
    file: { dataset: DATASET, file: 'meta-estimate-deaths.csv' },
    type: 'deaths',
    metric: 'personnel_killed',
  },
  {
    file: { dataset: DATASET, file: 'meta-estimate-casualties.csv' },
    type: 'casualties',
    metric: 'personnel_casualties',
  },
];

/** A model output: a non-negative decimal, or "NA" for a day the model has no estimate. */
const Estimate = z.union([
  z.literal('NA').transform(() => undefined),
  z
    .string()
    .regex(/^\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i, 'not a non-negative number')
    .transform(Number),
]);

/** The columns read: the estimate with its 95% confidence interval; pi_low/pi_high are not carried. */
const Row = z.object({
  date: IsoDateField,
  estimate: Estimate,
  ci_lower: Estimate,
  ci_upper: Estimate,
  type: z.enum(['deaths', 'casualties']),
  country: z.literal('russia'),
});

/**
 * The Economist's daily model of Russian dead and casualties (PROVENANCE §6, "Meta-estimates"):
 * one series per file, claimant economist-meta, method statistical-model. The model's decimal
 * output and its 95% confidence interval are rounded to whole people; the prediction interval is
 * left out (it describes where a new estimate would fall, not the model's figure).
 */
export function importEconomistMeta(dataDir: string, report: BuildReport): ImportResult {
  const series = FILES.flatMap(({ file, type, metric }) => {
    const draft = readSeries(dataDir, file, type, metric, report);
    return draft.points.length > 0 ? [draft] : [];
  });
  report.note(
    SECTION,
    'meta-estimate-deaths.csv -> personnel_killed, meta-estimate-casualties.csv -> personnel_casualties (side russia, claimant economist-meta, method statistical-model, qualifier "about", period start 2022-02-24). The point estimate and its 95% confidence interval (ci_lower, ci_upper) are rounded to whole numbers and carried together (the tooltip shows "490,321 (95% CI 417,284–579,031)"); the prediction interval (pi_low, pi_high) is not carried. Days with estimate NA are left out; a day with an estimate but no interval, or an estimate outside its interval, fails the build.',
  );
  return { series, statements: [] };
}

function roundedInterval(row: { ci_lower?: number; ci_upper?: number }) {
  if (row.ci_lower === undefined || row.ci_upper === undefined) return undefined;
  return { low: Math.round(row.ci_lower), high: Math.round(row.ci_upper) };
}

function readSeries(
  dataDir: string,
  file: Provenance,
  type: 'deaths' | 'casualties',
  metric: Metric,
  report: BuildReport,
): SeriesDraft {
  const where = `${file.dataset}/${file.file}`;
  const byDate = new Map<IsoDate, SeriesPoint>();
  for (const record of readCsv(dataDir, file.dataset, file.file, report)) {
    const ref = `row ${record.row}`;
    const parsed = Row.safeParse(record.fields);
    if (!parsed.success) {
      report.reject(where, ref, firstIssue(parsed.error));
      continue;
    }
    const { date, estimate, type: rowType } = parsed.data;
    const interval = roundedInterval(parsed.data);
    if (rowType !== type) report.reject(where, ref, `type ${rowType} in the ${type} file`);
    else if (byDate.has(date)) report.reject(where, ref, `duplicate date ${date}`);
    else if (estimate === undefined) report.exclude(`${DATASET}: meta-estimate day with NA`);
    else if (!interval) report.reject(where, ref, 'an estimate without its 95% interval');
    else if (interval.low > Math.round(estimate) || interval.high < Math.round(estimate)) {
      report.reject(where, ref, 'the estimate is outside its 95% interval');
    } else {
      report.kept(where);
      byDate.set(date, {
        date,
        value: Math.round(estimate),
        qualifier: 'about',
        url: META_URL,
        source: file,
        interval,
      });
    }
  }
  const points = [...byDate.values()].sort((a, b) => compareText(a.date, b.date));
  report.claims(where, points.length);
  return {
    claimantId: 'economist-meta',
    side: 'russia',
    metric,
    method: 'statistical-model',
    periodStart: WAR_START,
    points,
  };
}
