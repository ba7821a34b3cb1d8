import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadClaimsIndex } from '../../src/claims/claims-index';
import { match } from '../../src/claims/match';
import type { Metric } from '../../src/core/vocabulary';
import { chooseGsValue, majorityOf } from './genstaff-majority';

describe('chooseGsValue', () => {
  it.each([
    // Every mirror that has the day agrees.
    [{ primary: 790, lod: 790, minfin: 790 }, 780, 800, 790, 'primary', 'agree'],
    [{ minfin: 800 }, undefined, undefined, 800, 'minfin', 'agree'],
    [{ lod: 1475270, minfin: 1475270 }, 1474000, undefined, 1475270, 'lod', 'agree'],
    // Two of three agree: lod-db's odd value loses (personnel 2024-10-07, 2024-11-03, 2025-10-27).
    [
      { primary: 661630, lod: 660470, minfin: 661630 },
      660470,
      662900,
      661630,
      'primary',
      'majority',
    ],
    [
      { primary: 699090, lod: 697680, minfin: 699090 },
      697680,
      700590,
      699090,
      'primary',
      'majority',
    ],
    [{ primary: 9228, lod: 9223, minfin: 9228 }, 9223, 9229, 9228, 'primary', 'majority'],
    // The majority wins even where the minority would fit the neighbours better.
    [{ primary: 17800, lod: 17800, minfin: 17700 }, 17700, 17800, 17800, 'primary', 'majority'],
  ] as const)(
    '%j between %s and %s -> %s from %s (%s)',
    (readings, before, after, value, from, rule) => {
      expect(chooseGsValue(readings, before, after)).toEqual({ value, from, rule });
    },
  );

  it('without a majority, takes the one value that fits between the neighbouring days', () => {
    // MLRS 2023-12-17: 932 would exceed the next day's total.
    expect(chooseGsValue({ primary: 923, minfin: 932 }, 922, 925)).toEqual({
      value: 923,
      from: 'primary',
      rule: 'neighbours',
    });
    // A running total never falls: 7409 is below the day before, 7950 above the day after.
    expect(chooseGsValue({ primary: 7409, lod: 7950, minfin: 7909 }, 7900, 7912)).toEqual({
      value: 7909,
      from: 'minfin',
      rule: 'neighbours',
    });
  });

  it('treats a value equal to the day before, while another mirror moved, as a repeat', () => {
    expect(chooseGsValue({ primary: 500, lod: 480, minfin: 503 }, 480, 510)).toMatchObject({
      rule: 'tie-break',
      from: 'lod',
      value: 480,
    });
    expect(chooseGsValue({ primary: 500, lod: 480 }, 480, 510)).toEqual({
      value: 500,
      from: 'primary',
      rule: 'neighbours',
    });
  });

  it('falls back to lod-db, then the primary, when the neighbours settle nothing', () => {
    expect(chooseGsValue({ primary: 336230, minfin: 336330 }, 335000, 337000)).toEqual({
      value: 336230,
      from: 'primary',
      rule: 'tie-break',
    });
    expect(chooseGsValue({ primary: 5, lod: 6, minfin: 7 }, undefined, undefined)).toEqual({
      value: 6,
      from: 'lod',
      rule: 'tie-break',
    });
  });

  it('has nothing to choose without values', () => {
    expect(chooseGsValue({}, 1, 2)).toBeUndefined();
    expect(majorityOf({})).toBeUndefined();
  });
});

const here = path.dirname(fileURLToPath(import.meta.url));
const BUNDLE = path.resolve(here, '../../src/data/claims.json');
const REPORT = path.resolve(here, '../../src/data/claims-report.md');

describe.skipIf(!existsSync(BUNDLE))('the committed bundle on the known disagreements', () => {
  const index = loadClaimsIndex(JSON.parse(readFileSync(BUNDLE, 'utf8')));
  const gs = (metric: Metric, asOf: string) =>
    match(index, {
      metric,
      side: 'russia',
      asOf,
      unit: 'count',
      value: null,
      qualifier: 'exact',
    }).estimates.find((e) => e.claimantId === 'ua-general-staff' && e.date === asOf)?.value;

  it.each([
    ['personnel_casualties', '2024-10-07', 661630],
    ['personnel_casualties', '2024-11-03', 699090],
    ['personnel_casualties', '2025-10-27', 1137690],
    ['tanks', '2024-11-03', 9182],
    ['artillery', '2024-02-01', 9228],
  ] as const)('%s on %s is the majority value %s', (metric, date, value) => {
    expect(gs(metric, date)).toBe(value);
  });

  it('lists each decision with its rule in the report', () => {
    const report = readFileSync(REPORT, 'utf8');
    expect(report).toMatch(
      /\| 2024-10-07 \| personnel_casualties \|.*\| 661630 \(PetroIvaniuk\) *\| majority/,
    );
    expect(report).toMatch(/\| 2023-12-17 \| mlrs .*\| 923 \(PetroIvaniuk\) *\| neighbours/);
  });
});
