import { describe, expect, it } from 'vitest';
import claimsJson from '../data/claims.json';
import { ComparisonSchema } from '../messaging/schemas';
import { loadClaimsIndex } from './claims-index';
import { match } from './match';
import { matchReading } from './reading';
import type { Comparison, Estimate, MatchQuery } from './types';

// The committed bundle: every figure below is a claimant's real figure (npm run claims shows it),
// so a reading that holds here holds for the articles that quote it.
const index = loadClaimsIndex(claimsJson);

type Query = Partial<MatchQuery> & Pick<MatchQuery, 'metric' | 'side' | 'asOf'>;

/** "Russia has lost N troops": killed and wounded by our rules, killed to some readers. */
function troops(q: Omit<Query, 'metric' | 'side'>): MatchQuery {
  return {
    unit: 'count',
    value: null,
    qualifier: 'exact',
    metric: 'personnel_casualties',
    alsoMetric: 'personnel_killed',
    side: 'russia',
    ...q,
  };
}

function estimateOf(comparison: Comparison, claimantId: string, metric: string): Estimate {
  const found = comparison.estimates.find(
    (e) => e.claimantId === claimantId && e.metric === metric,
  );
  if (!found) throw new Error(`no ${metric} estimate by ${claimantId}`);
  return found;
}

const DISAGREEING = ['differs', 'digits-swapped', 'below-floor', 'metric-mismatch'];

function disagreeing(comparison: Comparison): Estimate[] {
  return comparison.estimates.filter((e) => e.flags.some((f) => DISAGREEING.includes(f)));
}

describe('matchReading: the cited claimant settles the measure', () => {
  it("settles the General Staff's personnel total (1 Jun 2024: about 508,780) as killed and wounded", () => {
    const result = matchReading(
      index,
      troops({ asOf: '2024-06-01', value: 508_780, claimant: 'ua-general-staff' }),
    );
    expect(result.reading).toEqual({
      kind: 'settled',
      metric: 'personnel_casualties',
      claimantId: 'ua-general-staff',
      claimantName: 'General Staff of Ukraine',
      date: '2024-06-01',
    });
    expect(result.query.metric).toBe('personnel_casualties');
    const staff = estimateOf(result, 'ua-general-staff', 'personnel_casualties');
    expect(staff.flags).toEqual(['matches']);
    expect(staff.flags).not.toContain('differs');
    // The settled reading keeps the judgements on the others: the UK MoD's 501,647 differs.
    expect(estimateOf(result, 'uk-mod', 'personnel_casualties').flags).toContain('differs');
    expect(ComparisonSchema.safeParse(result).success).toBe(true);
  });

  it("settles the President of Ukraine's 180,000 (25 Feb 2024) as killed", () => {
    const result = matchReading(
      index,
      troops({ asOf: '2024-02-25', value: 180_000, claimant: 'ua-president' }),
    );
    expect(result.reading).toEqual({
      kind: 'settled',
      metric: 'personnel_killed',
      claimantId: 'ua-president',
      claimantName: 'President of Ukraine',
      date: '2024-02-25',
    });
    // The comparison shown is the killed one, exactly as match() gives it for killed: the
    // General Staff's killed-and-wounded total keeps its 'metric-mismatch' there.
    expect(result.query.metric).toBe('personnel_killed');
    expect(estimateOf(result, 'ua-president', 'personnel_killed').flags).toEqual(['matches']);
    const { alsoMetric: _, ...killed } = troops({ asOf: '2024-02-25', value: 180_000 });
    const asKilled = { ...killed, metric: 'personnel_killed', claimant: 'ua-president' } as const;
    expect(result).toEqual({ ...match(index, asKilled), reading: result.reading });
  });

  it("settles US officials' 120,000 killed (18 Aug 2023) as killed, their 300,000 as killed and wounded", () => {
    // US officials gave both that day: 120,000 killed, 290,000–300,000 killed and wounded.
    const killed = matchReading(
      index,
      troops({ asOf: '2023-08-18', value: 120_000, claimant: 'us-officials' }),
    );
    expect(killed.reading).toMatchObject({ kind: 'settled', metric: 'personnel_killed' });
    expect(killed.query.metric).toBe('personnel_killed');
    const casualties = matchReading(
      index,
      troops({ asOf: '2023-08-18', value: 300_000, claimant: 'us-officials' }),
    );
    expect(casualties.reading).toMatchObject({
      kind: 'settled',
      metric: 'personnel_casualties',
      claimantId: 'us-officials',
      date: '2023-08-18',
    });
    expect(casualties.query.metric).toBe('personnel_casualties');
  });
});

describe('matchReading: nothing settles the measure', () => {
  it("stays ambiguous when the cited claimant's figure is neither (the UK MoD's 501,647 put to the General Staff)", () => {
    const query = troops({ asOf: '2024-06-01', value: 501_647, claimant: 'ua-general-staff' });
    // Under killed and wounded alone, the General Staff's 508,780 would be flagged as differing.
    const { alsoMetric: _, ...casualties } = query;
    const plain = match(index, casualties);
    expect(estimateOf(plain, 'ua-general-staff', 'personnel_casualties').flags).toContain(
      'differs',
    );
    const result = matchReading(index, query);
    expect(result.reading).toEqual({
      kind: 'ambiguous',
      metrics: ['personnel_casualties', 'personnel_killed'],
    });
    expect(result.query).toEqual(query);
    expect(result.estimates.length).toBe(plain.estimates.length);
    expect(disagreeing(result)).toEqual([]);
    const staff = estimateOf(result, 'ua-general-staff', 'personnel_casualties');
    expect(staff.reasons?.differs).toBeUndefined();
    expect(ComparisonSchema.safeParse(result).success).toBe(true);
  });

  it("stays ambiguous when no claimant is cited, even though the President's 180,000 killed equals it", () => {
    const result = matchReading(index, troops({ asOf: '2024-02-25', value: 180_000 }));
    expect(result.reading).toEqual({
      kind: 'ambiguous',
      metrics: ['personnel_casualties', 'personnel_killed'],
    });
    expect(result.estimates.length).toBeGreaterThan(0);
    expect(result.estimates.some((e) => e.flags.includes('differs'))).toBe(false);
    expect(disagreeing(result)).toEqual([]);
  });
});

describe('matchReading without a second measure', () => {
  const { alsoMetric: _, ...staff } = troops({
    asOf: '2024-06-01',
    value: 508_780,
    claimant: 'ua-general-staff',
  });
  it.each<[string, MatchQuery]>([
    ['no alsoMetric', staff],
    [
      'alsoMetric equal to the metric',
      {
        ...troops({ asOf: '2024-02-25', value: 180_000, claimant: 'ua-president' }),
        alsoMetric: 'personnel_casualties',
      },
    ],
  ])('is match() itself (%s)', (_, query) => {
    const { alsoMetric: _also, ...rest } = query;
    const result = matchReading(index, query);
    expect(result).toEqual(match(index, rest));
    expect(result.reading).toBeUndefined();
  });
});
