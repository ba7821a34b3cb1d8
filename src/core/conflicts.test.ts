import { describe, expect, it } from 'vitest';
import { areasOfSide, CONFLICTS, conflictOfSide, wholeWarStart } from './conflicts';
import { SIDES } from './vocabulary';

describe('conflicts', () => {
  it('puts every known side in exactly one conflict', () => {
    const sides = CONFLICTS.flatMap((c) => c.sides);
    expect(new Set(sides).size).toBe(sides.length);
    expect(new Set(sides)).toEqual(new Set(SIDES.filter((s) => s !== 'unknown')));
    expect(conflictOfSide('unknown')).toBeUndefined();
  });

  it('knows when each side’s running totals start', () => {
    expect(wholeWarStart('russia')).toBe('2022-02-24');
    expect(wholeWarStart('ukraine')).toBe('2022-02-24');
    expect(wholeWarStart('palestine')).toBe('2023-10-07');
    expect(wholeWarStart('israel')).toBe('2023-10-07');
    expect(wholeWarStart('lebanon')).toBe('2023-10-08');
    expect(wholeWarStart('unknown')).toBeUndefined();
  });

  it('splits only Palestinian losses into areas', () => {
    expect(areasOfSide('palestine')).toEqual(['gaza', 'west-bank']);
    for (const side of ['russia', 'ukraine', 'israel', 'lebanon', 'unknown'] as const) {
      expect(areasOfSide(side)).toEqual([]);
    }
  });
});
