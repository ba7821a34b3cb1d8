import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tanksComparison } from '../claims/testing/comparisons';
import type { Comparison, MatchQuery } from '../claims/types';
import { AREAS, METRICS, QUALIFIERS, SIDES } from '../core/vocabulary';
import { troopsReading } from '../ui/testing/troops-reading';
import { LIMITS } from './schemas';
import {
  queryOfRecord,
  RECORD_TEXT_LENGTH,
  storedBytes,
  TabRecordSchema,
  toTabRecord,
} from './tab-record';

const tanks = tanksComparison();
const noEstimates = (query: MatchQuery): Comparison => ({ query, estimates: [] });

describe('compact per-tab records', () => {
  it('keeps what the popup and badge need, and counts estimates and disagreements', () => {
    const record = toTabRecord({ id: 4, text: '790 tanks', query: tanks.query }, tanks);
    expect(record).toEqual({
      i: 4,
      t: '790 tanks',
      m: 'tanks',
      s: 'russia',
      v: 790,
      d: '2022-04-18',
      c: 'ua-general-staff',
      // Oryx's 519 is a lower bound below the article's figure: expected, not a disagreement.
      f: [2, 0],
    });
    expect(TabRecordSchema.parse(record)).toEqual(record);
  });

  it('counts a real disagreement', () => {
    const query = { ...tanks.query, value: 800 };
    const differs = {
      ...tanks,
      query,
      // The General Staff's 790 now differs; Oryx's 519 stays a lower bound below the figure.
      estimates: tanks.estimates.map((e) => (e.cited ? { ...e, flags: ['differs' as const] } : e)),
    };
    expect(toTabRecord({ id: 1, text: '800 tanks', query }, differs).f).toEqual([2, 1]);
  });

  it('marks a reading that stays ambiguous between two measures', () => {
    const comparison = troopsReading(501_647, '2024-06-01', 'ua-general-staff');
    expect(comparison.reading?.kind).toBe('ambiguous');
    const record = toTabRecord(
      { id: 2, text: '501,647 troops', query: comparison.query },
      comparison,
    );
    expect(record.a).toBe(1);
    expect(record.x).toBe('personnel_killed');
  });

  it('gives back the exact query, so the background can recompute the comparison', () => {
    const query: MatchQuery = {
      metric: 'people_killed',
      side: 'palestine',
      area: 'gaza',
      unit: 'percent',
      value: null,
      low: 7_000,
      high: 15_000,
      qualifier: 'up-to',
      asOf: '2024-02-21',
      claimant: 'nato',
      period: { start: '2024-01-01', end: '2024-01-31' },
      increment: true,
      alsoMetric: 'civilians_killed',
    };
    const record = toTabRecord({ id: 9, text: '7,000–15,000', query }, noEstimates(query));
    expect(queryOfRecord(TabRecordSchema.parse(record))).toEqual(query);
    expect(
      queryOfRecord(toTabRecord({ id: 0, text: '790 tanks', query: tanks.query }, tanks)),
    ).toEqual(tanks.query);
  });

  it('cuts a long text and drops a claimant that is no claimant id', () => {
    const text = `${'Russian armoured personnel carriers '.repeat(8)}lost`;
    const query = { ...tanks.query, claimant: "Ukraine's Ministry of Defence said" };
    const record = toTabRecord({ id: 1, text, query }, tanks);
    expect(Array.from(record.t)).toHaveLength(RECORD_TEXT_LENGTH);
    expect(record.t.endsWith('…')).toBe(true);
    expect(record.c).toBeUndefined();
  });

  it('takes well under 200 bytes for an ordinary figure', () => {
    const seedLike = [
      ['790 tanks', tanks.query],
      [
        '2,041 armored combat vehicles',
        { ...tanks.query, metric: 'armored_vehicles', value: 2041 },
      ],
      [
        'Around 20,600 Russian personnel',
        { ...tanks.query, metric: 'personnel_casualties', value: 20_600, qualifier: 'about' },
      ],
      [
        '20,6 тис. особового складу',
        { ...tanks.query, metric: 'personnel_casualties', value: 20_600 },
      ],
    ] as const;
    for (const [text, query] of seedLike) {
      const bytes = storedBytes(toTabRecord({ id: 11_999, text, query }, tanks));
      expect(bytes, text).toBeLessThan(180);
    }
  });

  it('stays valid and bounded whatever the content script reports (property)', () => {
    const date = fc
      .date({ min: new Date('1900-01-01'), max: new Date('2999-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const count = fc.oneof(fc.nat(), fc.double({ min: 0, max: 1e10, noNaN: true }));
    const query = fc.record(
      {
        metric: fc.constantFrom(...METRICS),
        side: fc.constantFrom(...SIDES),
        area: fc.constantFrom(...AREAS),
        unit: fc.constantFrom('count' as const, 'percent' as const),
        value: fc.option(count, { nil: null }),
        low: count,
        high: count,
        qualifier: fc.constantFrom(...QUALIFIERS),
        asOf: date,
        claimant: fc.string({ maxLength: LIMITS.textLength }),
        period: fc.record({ start: date, end: date }),
        increment: fc.boolean(),
        alsoMetric: fc.constantFrom(...METRICS),
      },
      { requiredKeys: ['metric', 'side', 'unit', 'value', 'qualifier', 'asOf'] },
    );
    const figure = fc.record({
      id: fc.nat({ max: Number.MAX_SAFE_INTEGER }),
      text: fc.string({ maxLength: LIMITS.textLength, unit: 'binary' }),
      query,
    });
    fc.assert(
      fc.property(figure, (reported) => {
        const comparison = { ...tanks, estimates: [] };
        const record = toTabRecord(reported, comparison);
        expect(TabRecordSchema.safeParse(record).success).toBe(true);
        expect(storedBytes(record)).toBeLessThanOrEqual(512);
        const back = queryOfRecord(record);
        expect({ ...back, claimant: undefined }).toEqual({
          ...reported.query,
          increment: reported.query.increment || undefined,
          claimant: undefined,
        });
      }),
      { numRuns: 300 },
    );
  });
});
