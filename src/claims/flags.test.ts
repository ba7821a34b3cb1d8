import { describe, expect, it } from 'vitest';
import type { Qualifier } from '../core/vocabulary';
import {
  comparisonFlag,
  type FigureShape,
  isDigitsSwapped,
  isRoundingOf,
  relate,
  roundToSignificant,
  significantFigures,
} from './flags';

const one = (value: number): FigureShape => ({ value });
const q = (value: number, qualifier: Qualifier): FigureShape => ({ value, qualifier });
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

describe('relate', () => {
  it.each<[string, FigureShape, FigureShape, string, number | undefined]>([
    [
      '"more than 20,000" is 20,582 rounded down',
      q(20000, 'more-than'),
      one(20582),
      'rounded',
      20582,
    ],
    ['"more than 20,000" is not 19,700', q(20000, 'more-than'), one(19700), 'differs', 19700],
    ['"up to 40,000" is 38,500 rounded up', q(40000, 'up-to'), one(38500), 'rounded', 38500],
    ['"up to 40,000" is not 41,000', q(40000, 'up-to'), one(41000), 'differs', 41000],
    ['a hedge never breaks a match', q(14000, 'more-than'), one(14000), 'matches', 14000],
    ['names the swapped number', one(51000), range(15000, 20000), 'digits-swapped', 15000],
  ])('%s', (_name, query, estimate, flag, against) => {
    expect(relate(query, estimate)).toEqual({ flag, against });
  });
});

describe('isRoundingOf', () => {
  it.each<[number, number, Qualifier | undefined, boolean]>([
    [20600, 20582, undefined, true],
    [20000, 20582, 'more-than', true],
    [20000, 29999, 'more-than', true],
    [20000, 30000, 'more-than', false],
    [20600, 20650, 'more-than', true],
    [20600, 20550, 'more-than', false],
    [40000, 30001, 'up-to', true],
    [0, 3, undefined, false],
  ])('isRoundingOf(%i, %i, %s) is %s', (query, estimate, qualifier, expected) => {
    expect(isRoundingOf(query, estimate, qualifier)).toBe(expected);
  });
});
