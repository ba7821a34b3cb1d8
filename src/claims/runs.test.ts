import { describe, expect, it } from 'vitest';
import { fromDayNumber, isIsoDate, toDayNumber } from './dates';
import {
  decodeDeltas,
  decodeRuns,
  encodeDeltas,
  encodeRuns,
  runsIncrease,
  runsLength,
  runsWithin,
} from './runs';

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

describe('checks on runs without expanding them', () => {
  // A fixed-seed generator (mulberry32): the same cases on every run.
  let seed = 42;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

  it('agree with the same checks on the expanded values, on 2,000 random runs', () => {
    for (let n = 0; n < 2_000; n++) {
      const runs = Array.from({ length: int(0, 4) * 3 }, (_, i) =>
        i % 3 === 2 ? int(-1, 3) : int(-3, 8),
      );
      const values = decodeRuns(runs);
      const increasing = values.every((v, k) => k === 0 || v > (values[k - 1] as number));
      const within = values.every((v) => v >= 0 && v < 6);
      expect(runsLength(runs), JSON.stringify(runs)).toBe(values.length);
      expect(runsIncrease(runs), JSON.stringify(runs)).toBe(increasing);
      expect(runsWithin(runs, 6), JSON.stringify(runs)).toBe(within);
    }
  });
});
