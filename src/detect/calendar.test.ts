import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addDaysByDate, isoOf, isoOfByDate, weekdayOf } from './calendar';

// Years around the handled range's edges and the leap-year rules' exceptions (1900, 2000, 2100).
const year = fc.oneof(
  fc.integer({ min: 1890, max: 2110 }),
  fc.integer({ min: 0, max: 12_000 }),
  fc.constantFrom(999, 1000, 1600, 1700, 1900, 2000, 2100, 9999, 10_000),
  fc.double({ min: 1000, max: 3000, noNaN: true }),
);
const month = fc.oneof(fc.integer({ min: -1, max: 14 }), fc.double({ min: 0, max: 13 }));
const day = fc.oneof(fc.integer({ min: -1, max: 33 }), fc.double({ min: 0, max: 32 }));
const dayString = fc
  .tuple(
    fc.integer({ min: 990, max: 10_010 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 33 }),
  )
  .map(([y, m, d]) =>
    `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${d}`.padEnd(10, '0'),
  );
const anyDate = fc.oneof(dayString, fc.constantFrom('2024-02-29', '2023-02-29', '2022-04-31'));
const shift = fc.oneof(fc.integer({ min: -400, max: 400 }), fc.integer({ min: -3e6, max: 3e6 }));

/** The `Date` form's answer, or the error it throws (toISOString on an invalid date). */
function outcome<T>(f: () => T): T | string {
  try {
    return f();
  } catch (error) {
    return `throws ${(error as Error).name}`;
  }
}

describe('calendar arithmetic by hand', () => {
  it('isoOf answers as the Date form for any year, month and day', () => {
    fc.assert(
      fc.property(year, month, day, (y, m, d) => {
        expect(isoOf(y, m, d)).toBe(isoOfByDate(y, m, d));
      }),
      { numRuns: 20_000 },
    );
  });

  it('addDays answers as the Date form, through month ends, leap days and invalid dates', () => {
    fc.assert(
      fc.property(anyDate, shift, (date, days) => {
        expect(outcome(() => addDays(date, days))).toBe(outcome(() => addDaysByDate(date, days)));
      }),
      { numRuns: 20_000 },
    );
  });

  it('weekdayOf answers as Date.getUTCDay', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        expect(weekdayOf(date)).toBe(new Date(`${date}T00:00:00Z`).getUTCDay());
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads the days a reader knows', () => {
    expect(isoOf(2024, 2, 29)).toBe('2024-02-29');
    expect(isoOf(2100, 2, 29)).toBeNull();
    expect(addDays('2022-02-24', 365)).toBe('2023-02-24');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    // The invasion began on a Thursday.
    expect(weekdayOf('2022-02-24')).toBe(4);
  });
});
