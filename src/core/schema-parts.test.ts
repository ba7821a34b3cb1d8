import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { amount, atLeast, atMost, index, matching, pair, text, whole } from './schema-parts';

const accepts = (schema: { safeParse(v: unknown): { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success;

describe('schema parts', () => {
  it('whole: safe integers only, as z.int() had it', () => {
    for (const ok of [0, 7, -3, 2 ** 53 - 1]) expect(accepts(whole(), ok), String(ok)).toBe(true);
    for (const bad of [1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '7', null]) {
      expect(accepts(whole(), bad), String(bad)).toBe(false);
    }
    expect(accepts(index(), -1)).toBe(false);
  });

  it('pair: exactly two items, each checked', () => {
    const dates = pair(text(10));
    expect(dates.parse(['2024-01-01', '2024-01-31'])).toEqual(['2024-01-01', '2024-01-31']);
    expect(accepts(dates, ['2024-01-01'])).toBe(false);
    expect(accepts(dates, ['a', 'b', 'c'])).toBe(false);
    expect(accepts(dates, ['2024-01-01', 'x'.repeat(11)])).toBe(false);
    expect(accepts(dates, 'ab')).toBe(false);
  });

  // The refinements stand in for zod's own checks (smaller in the content script): each must pass
  // and fail exactly what that check did.
  const anything = fc.oneof(
    fc.double(),
    fc.integer(),
    fc.constantFrom(0, -0, 1e10, 1e10 + 1, 1e6, -1, Number.NaN, Number.MAX_SAFE_INTEGER),
    fc.string(),
    fc.constantFrom(null, undefined, [], {}, '7', true),
  );
  const same = (ours: z.ZodMiniType, zods: z.ZodMiniType, values: fc.Arbitrary<unknown>) =>
    fc.assert(
      fc.property(values, (value) => {
        expect(accepts(ours, value)).toBe(accepts(zods, value));
      }),
    );

  it('atLeast, atMost, index and amount pass what z.gte/z.lte/z.positive/z.nonnegative did', () => {
    same(z.number().check(atLeast(0)), z.number().check(z.nonnegative()), anything);
    // Whole numbers: above 0 is at least 1 (dataEnds' days).
    same(whole().check(atLeast(1)), whole().check(z.positive()), anything);
    same(z.number().check(atMost(1e10)), z.number().check(z.lte(1e10)), anything);
    same(index(), whole().check(z.nonnegative()), anything);
    same(amount().check(atMost(1e10)), z.number().check(z.nonnegative(), z.lte(1e10)), anything);
  });

  it('matching passes what z.regex did', () => {
    const pattern = /^\d{4}-\d{2}-\d{2}$/;
    const dates = fc.oneof(
      anything,
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      fc.stringMatching(/^[\d-]{8,12}$/),
    );
    same(matching(pattern), z.string().check(z.regex(pattern)), dates);
  });

  it('pair passes what z.length(2) did', () => {
    const lists = fc.oneof(
      anything,
      fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.integer())),
    );
    same(pair(text(10)), z.array(text(10)).check(z.length(2)), lists);
  });
});
