import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { estimate } from '../claims/testing/comparisons';
import { text } from '../core/schema-parts';
import { ComparisonSchema, EstimateSchema, FlagSchema, LIMITS, MatchQuerySchema } from './schemas';

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

  describe("an estimate's reasons", () => {
    // What the field was until the strict object took its place: the reasons must pass and fail as
    // they did (but for the own __proto__ key, below).
    const record = z.partialRecord(FlagSchema, text(LIMITS.textLength));
    const reasonsOk = (reasons: unknown) =>
      EstimateSchema.safeParse(estimate({ reasons: reasons as never })).success;
    const keys = fc.constantFrom(...FlagSchema.options, 'toString', 'constructor', 'other', '');
    const values = fc.oneof(
      fc.string({ maxLength: 5 }),
      fc.constant('x'.repeat(LIMITS.textLength + 1)),
      fc.integer(),
      fc.constant(null),
    );

    it('pass and fail as the partial record of flags did', () => {
      fc.assert(
        fc.property(fc.dictionary(keys, values), (reasons) => {
          expect(reasonsOk(reasons)).toBe(record.safeParse(reasons).success);
        }),
      );
      for (const other of [[], 'matches', 3, null]) {
        expect(reasonsOk(other)).toBe(record.safeParse(other).success);
      }
    });

    it('refuse an own __proto__ key (the record dropped it) and never take it as a prototype', () => {
      const hostile = JSON.parse('{"matches":"ok","__proto__":{"polluted":"yes"}}');
      expect(reasonsOk(hostile)).toBe(false);
      const parsed = EstimateSchema.parse(estimate({ reasons: { matches: 'ok' } }));
      expect(parsed.reasons).toEqual({ matches: 'ok' });
      expect(Object.getPrototypeOf(parsed.reasons)).toBe(Object.prototype);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });
});
