import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstAtOrAfter, lastAtOrBefore, partitionPoint, sortedHas } from './sorted';

const ascending = fc.array(fc.integer({ min: 0, max: 50 })).map((xs) => xs.sort((a, b) => a - b));

describe('binary searches over ascending arrays', () => {
  it('agree with a linear scan', () => {
    fc.assert(
      fc.property(ascending, fc.integer({ min: -2, max: 52 }), (xs, v) => {
        const first = xs.findIndex((x) => x >= v);
        expect(firstAtOrAfter(xs, v, (x) => x)).toBe(first < 0 ? xs.length : first);
        expect(sortedHas(xs, v)).toBe(xs.includes(v));
        const last = xs.findLastIndex((x) => x <= v);
        expect(lastAtOrBefore(xs, v)).toBe(Math.max(0, last));
        expect(partitionPoint(xs, (x) => x <= v)).toBe(last + 1);
        expect(partitionPoint(xs, (x) => x < v)).toBe(first < 0 ? xs.length : first);
      }),
      { numRuns: 2000 },
    );
  });
});
