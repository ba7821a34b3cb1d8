import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORD_START_TESTS, wordStartTest } from './periods';

// Pieces of the period patterns, and what may stand around them.
const pieces = [
  'у серпні',
  'в декабре',
  'за лютий',
  'з травня',
  'с 16 мая',
  'начиная с 1 мая',
  'во вторник',
  'у середу',
  'учора',
  'вчера',
  'за 2023 рік',
  'в 2022 году',
  ' 2024',
  ' 5',
  'у',
  ' ',
  'а',
  'ї',
  '1',
  ',',
  '(',
  '\u0301',
];

describe('the faster word-start tests of the period patterns', () => {
  it('match exactly the texts their patterns match', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 6 }), (parts) => {
        const text = parts.join('');
        for (const [re, quick] of WORD_START_TESTS) expect(quick.test(text)).toBe(re.test(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('refuses a pattern with no consumed word start', () => {
    expect(() => wordStartTest(/за день/)).toThrow();
  });
});
