import { describe, expect, it } from 'vitest';
import claimsJson from '../data/claims.json';
import { loadClaimsIndex } from './claims-index';
import { match } from './match';
import type { MatchQuery } from './types';

/**
 * Gaza, the West Bank and Lebanon (conflict gaza-west-bank-lebanon) on the committed bundle, with
 * the sources' real values: the Gaza Ministry of Health said 29,195 killed on 20 February 2024
 * and 29,313 on the 21st; OCHA's West Bank flash update said 393 on the 20th and 394 on the 21st.
 */
const index = loadClaimsIndex(claimsJson);

function query(partial: Partial<MatchQuery> & Pick<MatchQuery, 'metric' | 'side' | 'asOf'>) {
  return match(index, { unit: 'count', value: null, qualifier: 'exact', ...partial });
}

const mention = { metric: 'people_killed', side: 'palestine', value: 29_195 } as const;

describe('match: Gaza, the West Bank and Lebanon', () => {
  it('compares "the Gaza health ministry says 29,195 Palestinians have been killed" (2024-02-21)', () => {
    const { estimates } = query({
      ...mention,
      area: 'gaza',
      asOf: '2024-02-21',
      claimant: 'gaza-moh',
    });
    expect(estimates.map((e) => e.claimantId)).toEqual(['gaza-moh']);
    expect(estimates[0]).toMatchObject({
      value: 29_313,
      date: '2024-02-21',
      area: 'gaza',
      periodStart: '2023-10-07',
      cited: true,
      next: { date: '2024-02-22', value: 29_410 },
      dataset: 'gaza_techforpalestine',
      file: 'casualties_daily.json',
    });
    // The article quotes the ministry's figure of the day before.
    expect(estimates[0]?.flags).toEqual(['differs', 'stale']);
    expect(estimates[0]?.reasons?.stale).toMatch(/figure of 20 Feb 2024/);
  });

  it('matches the same figure on the day the ministry published it', () => {
    const { estimates } = query({ ...mention, area: 'gaza', asOf: '2024-02-20' });
    expect(estimates[0]).toMatchObject({
      claimantId: 'gaza-moh',
      value: 29_195,
      flags: ['matches'],
    });
  });

  it('never compares Gaza with the West Bank, either way', () => {
    const gaza = query({ ...mention, area: 'gaza', asOf: '2024-02-21' });
    const westBank = query({ ...mention, value: 393, area: 'west-bank', asOf: '2024-02-21' });
    expect(gaza.estimates.every((e) => e.area === 'gaza')).toBe(true);
    expect(gaza.estimates.some((e) => e.claimantId === 'ocha')).toBe(false);
    expect(westBank.estimates.map((e) => [e.claimantId, e.value, e.area])).toEqual([
      ['ocha', 394, 'west-bank'],
    ]);
    for (const metric of ['people_killed', 'people_injured', 'children_killed'] as const) {
      for (const asOf of ['2023-11-01', '2024-02-21', '2024-08-01', '2025-03-01']) {
        const g = query({ metric, side: 'palestine', area: 'gaza', asOf, value: 1 });
        const w = query({ metric, side: 'palestine', area: 'west-bank', asOf, value: 1 });
        expect(
          g.estimates.every((e) => e.claimantId !== 'ocha'),
          `${metric} ${asOf}`,
        ).toBe(true);
        expect(
          w.estimates.every((e) => e.claimantId === 'ocha'),
          `${metric} ${asOf}`,
        ).toBe(true);
      }
    }
  });

  it('compares a Palestinian figure of unknown area with nothing', () => {
    expect(query({ ...mention, asOf: '2024-02-21' }).estimates).toEqual([]);
    expect(query({ ...mention, asOf: '2024-02-21', increment: true }).estimates).toEqual([]);
  });

  it('shows a civilians figure against the ministry’s count of everyone as a metric mismatch', () => {
    const { estimates } = query({
      metric: 'civilians_killed',
      side: 'palestine',
      area: 'gaza',
      asOf: '2024-02-20',
      value: 29_195,
    });
    const moh = estimates.find((e) => e.claimantId === 'gaza-moh');
    expect(moh?.metric).toBe('people_killed');
    expect(moh?.flags).toContain('metric-mismatch');
    expect(moh?.reasons?.['metric-mismatch']).toMatch(/everyone killed/);
  });

  it("compares Lebanon with its health ministry's phase-1 running total", () => {
    const { estimates } = query({
      metric: 'people_killed',
      side: 'lebanon',
      asOf: '2024-11-28',
      value: 3_961,
    });
    const moph = estimates.find((e) => e.claimantId === 'lebanon-moph');
    expect(moph).toMatchObject({
      value: 3_961,
      date: '2024-11-28',
      periodStart: '2023-10-08',
      flags: ['matches'],
    });
    expect(estimates.every((e) => e.area === undefined)).toBe(true);
  });

  it('compares a day’s increase in Gaza with the ministry’s increase over that day', () => {
    const { estimates } = query({
      ...mention,
      value: 118,
      area: 'gaza',
      asOf: '2024-02-21',
      increment: true,
    });
    expect(estimates[0]).toMatchObject({
      claimantId: 'gaza-moh',
      value: 118,
      flags: ['matches', 'period'],
    });
  });

  it('leaves the Russia–Ukraine war untouched by the second conflict', () => {
    const { estimates } = query({
      metric: 'people_killed',
      side: 'ukraine',
      asOf: '2023-11-01',
      value: 100,
    });
    expect(estimates.length).toBeGreaterThan(0);
    expect(estimates.every((e) => e.metric === 'civilians_killed')).toBe(true);
    expect(estimates.every((e) => e.flags.includes('metric-mismatch'))).toBe(true);
  });
});
