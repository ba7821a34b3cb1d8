import { describe, expect, it } from 'vitest';
import { fromDayNumber, isIsoDate, toDayNumber } from './dates';
import { decodeDeltas, decodeRuns, encodeDeltas, encodeRuns } from './runs';

describe('runs', () => {
  it.each([
    [[], []],
    [[5], [5, 0, 1]],
    [
      [0, 1, 2, 3],
      [0, 1, 4],
    ],
    [
      [7, 7, 7],
      [7, 0, 3],
    ],
    [
      [0, 2, 3, 4, 10],
      [0, 2, 2, 3, 1, 2, 10, 0, 1],
    ],
  ])('encodes %j as %j and back', (values, runs) => {
    expect(encodeRuns(values)).toEqual(runs);
    expect(decodeRuns(runs)).toEqual(values);
  });

  it('round-trips deltas, including downward corrections', () => {
    const values = [30, 80, 80, 146, 140, 1000];
    expect(decodeDeltas(encodeDeltas(values))).toEqual(values);
  });
});

describe('dates', () => {
  it('converts ISO dates to day numbers and back', () => {
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(fromDayNumber(toDayNumber('2022-02-24'))).toBe('2022-02-24');
    expect(toDayNumber('2022-03-01') - toDayNumber('2022-02-24')).toBe(5);
  });

  it('rejects impossible dates', () => {
    expect(isIsoDate('2022-02-30')).toBe(false);
    expect(isIsoDate('24/02/2022')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });
});
