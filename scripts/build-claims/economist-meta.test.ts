import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importEconomistMeta, META_URL } from './economist-meta';
import { BuildReport } from './report';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/data');

describe('importEconomistMeta on the fixtures', () => {
  const report = new BuildReport();
  const { series, statements } = importEconomistMeta(FIXTURES, report);

  it('reads both files as daily series of the model, rounded, oldest first', () => {
    expect(report.rejections).toEqual([]);
    expect(statements).toEqual([]);
    expect(series.map((s) => [s.claimantId, s.side, s.metric, s.method, s.periodStart])).toEqual([
      ['economist-meta', 'russia', 'personnel_killed', 'statistical-model', '2022-02-24'],
      ['economist-meta', 'russia', 'personnel_casualties', 'statistical-model', '2022-02-24'],
    ]);
    const [deaths, casualties] = series;
    expect(deaths?.points.map((p) => [p.date, p.value, p.qualifier])).toEqual([
      ['2022-04-17', 3883, 'about'],
      ['2022-04-18', 3923, 'about'],
      ['2022-04-19', 3957, 'about'],
    ]);
    expect(casualties?.points.map((p) => p.value)).toEqual([23661, 23884, 24069]);
    // The 95% confidence interval travels with each value, rounded like it.
    expect(deaths?.points.map((p) => p.interval)).toEqual([
      { low: 3254, high: 4634 },
      { low: 3290, high: 4678 },
      { low: 3322, high: 4713 },
    ]);
    expect(deaths?.points.every((p) => p.url === META_URL)).toBe(true);
    expect(series.every((s) => s.conflict === undefined)).toBe(true);
  });

  it('leaves out the NA day and counts it', () => {
    expect(report.exclusions.get('economist_estimates: meta-estimate day with NA')).toBe(2);
    expect(report.files.get('economist_estimates/meta-estimate-deaths.csv')).toEqual({
      read: 4,
      kept: 3,
      claims: 3,
    });
  });
});
