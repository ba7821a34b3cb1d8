import { describe, expect, it } from 'vitest';
import { buildClaimsIndex } from './claims-index';
import { loadClaimsDb } from './load';
import { latestOnOrBefore, match, SERIES_STALE_DAYS, STATEMENT_STALE_DAYS } from './match';
import { smallBundle } from './testing/small-bundle';
import type { MatchQuery } from './types';

const index = buildClaimsIndex(loadClaimsDb(smallBundle()));
const tanks = (asOf: string, extra: Partial<MatchQuery> = {}) =>
  match(index, {
    metric: 'tanks',
    side: 'russia',
    unit: 'count',
    value: 120,
    qualifier: 'exact',
    asOf,
    ...extra,
  });
const summary = (asOf: string, extra: Partial<MatchQuery> = {}) =>
  tanks(asOf, extra).estimates.map((e) => `${e.claimantId} ${e.date} ${e.value ?? ''}`);

describe('match rules', () => {
  it('takes the latest point on or before the date, carrying it forward', () => {
    expect(summary('2022-03-03')).toContain('ua-general-staff 2022-03-03 120');
    expect(summary('2022-03-09')).toContain('ua-general-staff 2022-03-03 120');
    expect(summary('2022-03-10')).toContain('ua-general-staff 2022-03-10 150');
  });

  it('reports the provenance of the point that was used', () => {
    const gs = tanks('2022-03-10').estimates.find((e) => e.claimantId === 'ua-general-staff');
    expect(gs).toMatchObject({
      dataset: 'ua_mod_orc_losses',
      ref: '2022-03-10',
      sourceUrl: 'https://example.org/gs/10',
    });
  });

  it('knows nothing before the first point', () => {
    expect(summary('2022-02-28')).toEqual(['uk-mod 2022-01-01 50']);
  });

  it('drops a series point older than the staleness window once the series had ended', () => {
    expect(SERIES_STALE_DAYS).toBe(45);
    // Another series of the same dataset runs on to June: the General Staff's tanks had stopped.
    const bundle = smallBundle();
    const gs = bundle.series[0] as (typeof bundle.series)[0];
    // Same days as the tanks but the last, which lies 100 days after the first (9 Jun 2022).
    bundle.series.push({ ...gs, m: 'aircraft', d: [0, 1, 3, 100, 0, 1], v: [1, 0, 0, 0] });
    const ended = buildClaimsIndex(loadClaimsDb(bundle));
    const at = (asOf: string) =>
      match(ended, {
        metric: 'tanks',
        side: 'russia',
        unit: 'count',
        value: 1,
        qualifier: 'exact',
        asOf,
      }).estimates.map((e) => `${e.claimantId} ${e.date}`);
    expect(at('2022-04-24')).toContain('ua-general-staff 2022-03-10');
    expect(at('2022-04-25')).not.toContain('ua-general-staff 2022-03-10');
  });

  it("keeps a series that ran to its dataset's end, marked as the latest known", () => {
    const late = tanks('2022-06-01');
    const gs = late.estimates.find((e) => e.claimantId === 'ua-general-staff');
    expect(gs).toMatchObject({ date: '2022-03-10', value: 150 });
    expect(gs?.flags).toContain('latest-known');
    expect(late.dataEnds).toEqual({ date: '2022-03-10', days: 83 });
    expect(tanks('2022-03-10').dataEnds).toBeUndefined();
  });

  it('keeps statements for longer, then drops them', () => {
    expect(STATEMENT_STALE_DAYS).toBe(120);
    expect(summary('2022-07-03')).toContain('nato 2022-03-05 200');
    expect(summary('2022-07-04')).not.toContain('nato 2022-03-05 200');
  });

  it('ignores figures for a shorter period (incident or period tallies)', () => {
    // NATO's 2022-03-08 figure counts from 2022-03-07; the whole-war figure of 03-05 stays.
    expect(summary('2022-03-08')).toContain('nato 2022-03-05 200');
    expect(summary('2022-03-08')).not.toContain('nato 2022-03-08 5');
  });

  it('sorts the cited claimant first, then by value', () => {
    expect(summary('2022-03-05')).toEqual([
      'uk-mod 2022-01-01 50',
      'ua-general-staff 2022-03-03 120',
      'nato 2022-03-05 200',
    ]);
    expect(summary('2022-03-05', { claimant: 'nato' })[0]).toBe('nato 2022-03-05 200');
  });

  it('finds nothing for another side or metric', () => {
    expect(
      match(index, {
        metric: 'tanks',
        side: 'ukraine',
        unit: 'count',
        value: 1,
        qualifier: 'exact',
        asOf: '2022-03-05',
      }).estimates,
    ).toEqual([]);
  });

  it.each([
    [[1, 3, 5], 0, -1],
    [[1, 3, 5], 1, 0],
    [[1, 3, 5], 4, 1],
    [[1, 3, 5], 9, 2],
    [[], 9, -1],
  ])('latestOnOrBefore(%j, %i) is %i', (days, day, expected) => {
    expect(latestOnOrBefore(days, day)).toBe(expected);
  });
});

describe('period rules', () => {
  const increment = (asOf: string, bundle = smallBundle()) =>
    match(buildClaimsIndex(loadClaimsDb(bundle)), {
      metric: 'tanks',
      side: 'russia',
      unit: 'count',
      value: 10,
      qualifier: 'exact',
      asOf,
      increment: true,
    }).estimates.map((e) => `${e.claimantId} ${e.periodStart}..${e.date} ${e.value}`);

  it("is the day's total minus the day before's", () => {
    expect(increment('2022-03-02')).toEqual(['ua-general-staff 2022-03-02..2022-03-02 10']);
  });

  it('needs a figure for the day before the period', () => {
    expect(increment('2022-03-01')).toEqual([]);
  });

  it("needs both ends within the claimant's cadence (the General Staff: 2 days)", () => {
    // 2022-03-10's total is known, but the last figure before it is from 2022-03-03.
    expect(increment('2022-03-10')).toEqual([]);
  });

  it('skips a period in which the total went down (a correction, not losses)', () => {
    const bundle = smallBundle();
    bundle.series[0] = { ...(bundle.series[0] as (typeof bundle.series)[0]), v: [100, 10, -5, 35] };
    expect(increment('2022-03-02', bundle)).toEqual(['ua-general-staff 2022-03-02..2022-03-02 10']);
    expect(increment('2022-03-03', bundle)).toEqual([]);
  });

  it('ignores whole-war statements and takes those of the same period', () => {
    const result = match(index, {
      metric: 'tanks',
      side: 'russia',
      unit: 'count',
      value: 5,
      qualifier: 'exact',
      asOf: '2022-03-08',
      period: { start: '2022-03-07', end: '2022-03-08' },
    });
    expect(result.estimates.map((e) => `${e.claimantId} ${e.value} ${e.flags}`)).toEqual([
      'nato 5 matches,period',
    ]);
  });
});
