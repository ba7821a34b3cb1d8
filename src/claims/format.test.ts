import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from './dates';
import { formatCount } from './format';

describe('formatCount', () => {
  it('groups digits like English number formatting', () => {
    const english = new Intl.NumberFormat('en-US');
    const samples = [
      0, 7, 999, 1000, 1001, 20_600, 100_000, 1_000_007, 29_195, 9_007_199_254_740_991,
    ];
    for (let n = 1; n < 2_000_000_000; n = n * 3 + 7) samples.push(n);
    for (const n of samples) {
      expect(formatCount(n)).toBe(english.format(n));
      expect(formatCount(-n)).toBe(n === 0 ? '0' : `-${english.format(n)}`);
    }
  });
});

describe('fromDayNumber', () => {
  it('gives the same text from its memo as when first computed', () => {
    for (const iso of ['2022-02-24', '2023-10-07', '2024-02-29', '1970-01-01']) {
      const day = toDayNumber(iso);
      expect(fromDayNumber(day)).toBe(iso);
      expect(fromDayNumber(day)).toBe(iso);
    }
    expect(fromDayNumber(1.5)).toBe('Invalid Date');
  });
});
