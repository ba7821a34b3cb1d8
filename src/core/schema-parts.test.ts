import { describe, expect, it } from 'vitest';
import { index, pair, text, whole } from './schema-parts';

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
});
