import { describe, expect, it } from 'vitest';
import {
  comparisonFlag,
  computeFlags,
  type FigureShape,
  isDigitsSwapped,
  isRoundingOf,
  roundToSignificant,
  significantFigures,
} from './flags';
import type { MatchQuery } from './types';

const one = (value: number): FigureShape => ({ value });
const range = (low: number, high: number, value: number | null = null): FigureShape => ({
  value,
  low,
  high,
});

describe('comparisonFlag', () => {
  it.each<[string, FigureShape, FigureShape, string | undefined]>([
    ['equal values', one(790), one(790), 'matches'],
    ['value equals the high bound', one(40000), range(30000, 40000), 'matches'],
    ['value equals the low bound', one(7000), range(7000, 15000), 'matches'],
    [
      'value equals the point inside a range',
      one(320000),
      range(290000, 350000, 320000),
      'matches',
    ],
    ['equal ranges', range(30000, 40000), range(30000, 40000), 'matches'],
    ['different ranges', range(30000, 45000), range(30000, 40000), 'differs'],
    ['range query against a single value', range(19000, 20000), one(20000), 'differs'],
    ['swapped digits', one(3285), one(3825), 'digits-swapped'],
    ['swapped digits against a bound', one(51000), range(15000, 20000), 'digits-swapped'],
    ['rounded to 3 significant figures', one(20600), one(20582), 'rounded'],
    ['rounded to 2 significant figures', one(15000), one(14960), 'rounded'],
    ['same precision, different value', one(20600), one(20500), 'differs'],
    ['unrelated', one(790), one(519), 'differs'],
    ['no figure in the query', { value: null }, one(519), undefined],
  ])('%s', (_name, query, estimate, expected) => {
    expect(comparisonFlag(query, estimate)).toBe(expected);
  });
});

describe('digit and rounding helpers', () => {
  it.each([
    [3285, 3825, true],
    [1351, 1531, true],
    [790, 790, false],
    [790, 7900, false],
    [12, 21, true],
    [100, 10, false],
  ])('isDigitsSwapped(%i, %i) is %s', (a, b, expected) => {
    expect(isDigitsSwapped(a, b)).toBe(expected);
  });

  it.each([
    [20600, 3],
    [790, 2],
    [2041, 4],
    [40000, 1],
    [0, 1],
  ])('significantFigures(%i) is %i', (n, expected) => {
    expect(significantFigures(n)).toBe(expected);
  });

  it.each([
    [20582, 3, 20600],
    [14960, 2, 15000],
    [38500, 1, 40000],
    [149, 2, 150],
  ])('roundToSignificant(%i, %i) is %i', (n, figures, expected) => {
    expect(roundToSignificant(n, figures)).toBe(expected);
  });

  it('an exact match is not a rounding', () => {
    expect(isRoundingOf(20600, 20600)).toBe(false);
  });
});

describe('computeFlags', () => {
  const query: MatchQuery = {
    metric: 'personnel_killed',
    side: 'russia',
    unit: 'count',
    value: 20600,
    qualifier: 'about',
    asOf: '2022-04-18',
  };

  it('adds lower-bound and metric-equivalence after the comparison flag', () => {
    const flags = computeFlags(query, { value: 20600, metricDiffers: true, lowerBound: true });
    expect(flags).toEqual(['matches', 'lower-bound', 'metric-equivalence']);
  });

  it('gives exactly one comparison flag', () => {
    const flags = computeFlags(query, { value: 519, metricDiffers: false, lowerBound: false });
    expect(flags).toEqual(['differs']);
  });
});
