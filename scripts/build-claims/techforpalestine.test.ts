import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadClaimsDb } from '../../src/claims/load';
import { buildClaims } from './build';
import { BuildReport } from './report';
import { importTechForPalestine, MIDEAST_CONFLICT, TFP_URL } from './techforpalestine';
import type { SeriesDraft } from './types';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/data');

describe('importTechForPalestine on the fixtures', () => {
  const report = new BuildReport();
  const { series, statements } = importTechForPalestine(FIXTURES, report);
  const find = (claimantId: string, metric: string, periodStart?: string) =>
    series.filter(
      (s) =>
        s.claimantId === claimantId &&
        s.metric === metric &&
        (periodStart === undefined || s.periodStart === periodStart),
    );
  const values = (s: SeriesDraft | undefined) => s?.points.map((p) => [p.date, p.value]);

  it('reads the published Gaza Ministry of Health figures and skips the missing day', () => {
    expect(report.rejections).toEqual([]);
    expect(statements).toEqual([]);
    const [killed] = find('gaza-moh', 'people_killed');
    expect(killed).toMatchObject({
      side: 'palestine',
      area: 'gaza',
      method: 'health-ministry',
      conflict: MIDEAST_CONFLICT,
      periodStart: '2023-10-07',
    });
    expect(values(killed)).toEqual([
      ['2023-10-07', 232],
      ['2023-10-08', 370],
      ['2023-10-09', 560],
      ['2023-10-10', 900],
      ['2023-10-12', 1417],
    ]);
    // 2023-10-13 is "missing" (1,900 there is not an official figure) and is left out.
    expect(killed?.points.every((p) => p.url === TFP_URL && p.qualifier === 'exact')).toBe(true);
    expect(values(find('gaza-moh', 'people_injured')[0])?.[0]).toEqual(['2023-10-07', 1610]);
    // Children only on the dates they were published; never the ext_ carry-forward.
    expect(values(find('gaza-moh', 'children_killed')[0])).toEqual([
      ['2023-10-08', 78],
      ['2023-10-09', 91],
      ['2023-10-10', 260],
      ['2023-10-12', 500],
    ]);
    expect(
      report.exclusions.get(
        'gaza_techforpalestine: Gaza day without an official report (report_source missing)',
      ),
    ).toBe(1);
  });

  it('keeps the Government Media Office apart, as a party claim', () => {
    const gmo = series.filter((s) => s.claimantId === 'gaza-gmo');
    expect(gmo.every((s) => s.area === 'gaza')).toBe(true);
    expect(gmo.map((s) => [s.metric, s.method, values(s)])).toEqual([
      ['people_killed', 'party-claim', [['2023-10-11', 1100]]],
      ['people_injured', 'party-claim', [['2023-10-11', 5184]]],
    ]);
  });

  it('reads OCHA West Bank flash-update rows only, never the filled-in days', () => {
    const [killed] = find('ocha', 'people_killed', '2023-10-07');
    expect(killed).toMatchObject({ side: 'palestine', area: 'west-bank', method: 'un-verified' });
    expect(values(killed)).toEqual([
      ['2023-10-07', 3],
      ['2023-10-08', 13],
      ['2023-12-18', 291],
    ]);
    expect(values(find('ocha', 'children_killed')[0])?.at(-1)).toEqual(['2023-12-18', 75]);
    expect(
      report.exclusions.get(
        'gaza_techforpalestine: West Bank day filled in by TechForPalestine (flash_source fill)',
      ),
    ).toBe(1);
  });

  it('reads Lebanon as published, phase by phase', () => {
    const moph = find('lebanon-moph', 'people_killed');
    expect(moph.map((s) => [s.periodStart, s.side, s.method, values(s)])).toEqual([
      ['2023-10-08', 'lebanon', 'health-ministry', [['2024-10-28', 2710]]],
      [
        '2026-03-02',
        'lebanon',
        'health-ministry',
        [
          ['2026-03-05', 123],
          ['2026-03-06', 217],
        ],
      ],
    ]);
    const ocha = find('ocha', 'people_injured', '2023-10-08');
    expect(ocha.map((s) => [s.side, s.method, values(s)])).toEqual([
      [
        'lebanon',
        'health-ministry',
        [
          ['2023-11-14', 251],
          ['2023-11-21', 272],
        ],
      ],
    ]);
  });

  it('counts rows read, kept and claims per file', () => {
    expect(report.files.get('gaza_techforpalestine/casualties_daily.json')).toEqual({
      read: 7,
      kept: 6,
      // killed: 5 MoH + 1 GMO; injured: the same six days; children: 4.
      claims: 6 + 6 + 4,
    });
    expect(report.files.get('gaza_techforpalestine/west_bank_daily.json')).toEqual({
      read: 4,
      kept: 3,
      claims: 9,
    });
    expect(report.files.get('gaza_techforpalestine/lebanon_casualties_daily.json')).toEqual({
      read: 5,
      kept: 5,
      claims: 10,
    });
  });

  it('puts the series under the second conflict in the bundle, the rest under the default', () => {
    const db = loadClaimsDb(JSON.parse(buildClaims(FIXTURES).json));
    const mideast = db.series.filter((s) => s.conflict === MIDEAST_CONFLICT);
    expect(mideast).toHaveLength(series.length);
    expect(new Set(mideast.map((s) => s.side))).toEqual(new Set(['palestine', 'lebanon']));
    expect(db.conflict).toBe('russia-ukraine');
    expect(db.series.filter((s) => s.conflict === 'russia-ukraine').length).toBeGreaterThan(0);
  });
});
