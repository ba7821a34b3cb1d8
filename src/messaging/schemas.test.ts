import { describe, expect, it } from 'vitest';
import { estimate } from '../claims/testing/comparisons';
import { ComparisonSchema, MatchQuerySchema } from './schemas';

describe('message schemas', () => {
  const query = {
    metric: 'people_killed',
    side: 'palestine',
    area: 'gaza',
    unit: 'count',
    value: 29_195,
    qualifier: 'exact',
    asOf: '2024-02-21',
  } as const;

  it('carries the area of a query and the interval of an estimate across the boundary', () => {
    expect(MatchQuerySchema.parse(query).area).toBe('gaza');
    const interval = { low: 417_284, high: 579_031 };
    const parsed = ComparisonSchema.parse({
      query,
      estimates: [estimate({ area: 'gaza', interval })],
    });
    expect(parsed.estimates[0]).toMatchObject({ area: 'gaza', interval });
  });

  it('refuses an unknown area and a malformed interval', () => {
    expect(MatchQuerySchema.safeParse({ ...query, area: 'sinai' }).success).toBe(false);
    const bad = estimate({ interval: { low: -1, high: 5 } });
    expect(ComparisonSchema.safeParse({ query, estimates: [bad] }).success).toBe(false);
  });
});
