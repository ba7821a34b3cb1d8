import { describe, expect, it } from 'vitest';
import claimsJson from '../data/claims.json';
import { ComparisonSchema } from '../messaging/schemas';
import { loadClaimsIndex } from './claims-index';
import { isDisagreement } from './disagreement';
import { match } from './match';
import { matchReading } from './reading';
import type { MatchQuery } from './types';

// An article of December 2026 against the committed bundle, whose data ends on 22 Aug 2026.
const index = loadClaimsIndex(claimsJson);
const PERSONNEL = {
  metric: 'personnel_casualties',
  side: 'russia',
  unit: 'count',
  qualifier: 'about',
  asOf: '2026-12-04',
} as const;
const ask = (q: Partial<MatchQuery>) => match(index, { ...PERSONNEL, value: null, ...q });
const gsOf = (q: Partial<MatchQuery>) => {
  const result = ask({ claimant: 'ua-general-staff', ...q });
  const gs = result.estimates.find((e) => e.claimantId === 'ua-general-staff');
  if (!gs) throw new Error('no General Staff estimate');
  return { result, gs };
};

describe('a figure newer than the data', () => {
  it('says where the data ends and still shows the latest known figures', () => {
    const { result, gs } = gsOf({ value: 1_520_000 });
    expect(result.dataEnds).toEqual({ date: '2026-08-22', days: 104 });
    expect(gs).toMatchObject({ date: '2026-08-22', value: 1_475_270 });
    expect(gs.flags).toContain('latest-known');
    expect(result.estimates.map((e) => e.claimantId)).toContain('economist-meta');
    expect(ComparisonSchema.safeParse(result).success).toBe(true);
  });

  it('does not call a larger, newer figure a disagreement', () => {
    const { result, gs } = gsOf({ value: 1_520_000 });
    expect(gs.flags).not.toContain('below-total');
    expect(isDisagreement(gs, result.query)).toBe(false);
  });

  it("flags a figure below the claimant's own earlier total", () => {
    const { result, gs } = gsOf({ value: 1_375_270 });
    expect(gs.flags).toEqual(['differs', 'latest-known', 'below-total']);
    expect(gs.reasons?.['below-total']).toBe(
      "Lower than the General Staff's about 1,475,270 of 22 Aug 2026, and its total only grows: an old figure, or a misquote?",
    );
    expect(isDisagreement(gs, result.query)).toBe(true);
  });

  it('has no data end within the data', () => {
    expect(ask({ asOf: '2026-08-22' }).dataEnds).toBeUndefined();
    expect(ask({ asOf: '2026-08-23' }).dataEnds).toEqual({ date: '2026-08-22', days: 1 });
  });
});

describe("below the claimant's earlier total (within the data)", () => {
  const tanks = (q: Partial<MatchQuery>) =>
    match(index, {
      metric: 'tanks',
      side: 'russia',
      unit: 'count',
      qualifier: 'exact',
      asOf: '2024-06-01',
      value: 7000,
      claimant: 'ua-general-staff',
      ...q,
    }).estimates.find((e) => e.claimantId === 'ua-general-staff');

  it('flags a figure below the total, as an old quote months out of date would be', () => {
    expect(tanks({})?.flags).toEqual(['differs', 'below-total']);
  });

  it('leaves alone a figure of another claimant, a "more than", a higher figure, a match', () => {
    expect(tanks({ claimant: 'oryx' })?.flags).toEqual(['differs']);
    expect(tanks({ qualifier: 'more-than' })?.flags).not.toContain('below-total');
    expect(tanks({ value: 9999 })?.flags).toEqual(['differs']);
    const exact = tanks({ value: null });
    expect(exact?.flags ?? []).not.toContain('below-total');
  });

  it('is not raised under an ambiguous reading', () => {
    const reading = matchReading(index, {
      ...PERSONNEL,
      asOf: '2024-06-01',
      value: 100_000,
      claimant: 'ua-general-staff',
      alsoMetric: 'personnel_killed',
    });
    expect(reading.reading?.kind).toBe('ambiguous');
    expect(reading.estimates.flatMap((e) => e.flags)).not.toContain('below-total');
  });
});
