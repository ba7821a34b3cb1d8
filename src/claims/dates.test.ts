import { describe, expect, it } from 'vitest';
import { fromDayNumber, isIsoDate, toDayNumber } from './dates';

const MS_PER_DAY = 86_400_000;

describe('day numbers', () => {
  it('agree with Date for every day from 1900 to 2100', () => {
    const first = Date.UTC(1900, 0, 1) / MS_PER_DAY;
    const last = Date.UTC(2100, 11, 31) / MS_PER_DAY;
    for (let day = first; day <= last; day++) {
      const iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
      if (fromDayNumber(day) !== iso || toDayNumber(iso) !== day) {
        expect({ day, iso, from: fromDayNumber(day), to: toDayNumber(iso) }).toBeUndefined();
      }
    }
  });

  it.each(['2022-02-30', '2023-02-29', '2022-13-01', '2022-00-10', '2022-4-18', '18/04/2022', ''])(
    'rejects %j',
    (text) => {
      expect(isIsoDate(text)).toBe(false);
      expect(toDayNumber(text)).toBeNaN();
    },
  );

  it('accepts leap days', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
  });
});
