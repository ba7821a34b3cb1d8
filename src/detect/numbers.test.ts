import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanNumbers, scanNumbersWith, TOKEN_RE } from './numbers';
import { NUMBER_WORDS, spelledValue } from './spelled';

const tokens = (text: string) =>
  [...scanNumbers(text)].map((t) => ({
    text: text.slice(t.start, t.end),
    value: t.value,
    ...(t.high !== undefined ? { high: t.high } : {}),
    ...(t.percent ? { percent: true } : {}),
    ...(t.approx ? { approx: true } : {}),
  }));

describe('scanNumbers', () => {
  it.each([
    ['lost 790 tanks', [{ text: '790', value: 790 }]],
    ['2,041 vehicles', [{ text: '2,041', value: 2041 }]],
    ['4 000 men', [{ text: '4 000', value: 4000 }]],
    ['4\u00a0000 men', [{ text: '4\u00a0000', value: 4000 }]],
    ['4\u202f000 men', [{ text: '4\u202f000', value: 4000 }]],
    ['1,234,567 rounds', [{ text: '1,234,567', value: 1234567 }]],
    ['20.6k troops', [{ text: '20.6k', value: 20600 }]],
    ['1.2 million people', [{ text: '1.2 million', value: 1200000 }]],
    ['40 thousand troops', [{ text: '40 thousand', value: 40000 }]],
    ['70% of them', [{ text: '70%', value: 70, percent: true }]],
    ['12 percent', [{ text: '12 percent', value: 12, percent: true }]],
    ['12 per cent', [{ text: '12 per cent', value: 12, percent: true }]],
    ['four hundred left', [{ text: 'four hundred', value: 400 }]],
    ['twenty-five tanks', [{ text: 'twenty-five', value: 25 }]],
    ['one hundred and fifty men', [{ text: 'one hundred and fifty', value: 150 }]],
    ['a dozen tanks', [{ text: 'a dozen', value: 12 }]],
    ['two dozen tanks', [{ text: 'two dozen', value: 24 }]],
    ['a thousand men', [{ text: 'a thousand', value: 1000 }]],
    ['30,000–40,000 casualties', [{ text: '30,000–40,000', value: 30000, high: 40000 }]],
    ['7,000 to 15,000 killed', [{ text: '7,000 to 15,000', value: 7000, high: 15000 }]],
    ['30-40 thousand', [{ text: '30-40 thousand', value: 30000, high: 40000 }]],
    ['between 30 and 40 thousand', [{ text: '30 and 40 thousand', value: 30000, high: 40000 }]],
    ['20-30% of units', [{ text: '20-30%', value: 20, high: 30, percent: true }]],
  ])('%s', (text, expected) => {
    expect(tokens(text)).toEqual(expected);
  });

  it.each([
    ['thirty-two soldiers', [{ text: 'thirty-two', value: 32 }]],
    ['a quarter of a million troops', [{ text: 'a quarter of a million', value: 250000 }]],
    ['half a million troops', [{ text: 'half a million', value: 500000 }]],
    ['203.1 thousand', [{ text: '203.1 thousand', value: 203100 }]],
  ])('spelled and scaled: %s', (text, expected) => {
    expect(tokens(text)).toEqual(expected);
  });

  it.each([
    ['a few thousand of us', 'a few thousand', 1000],
    ['thousands of troops', 'thousands', 1000],
    ['hundreds died', 'hundreds', 100],
    ['tens of thousands of troops', 'tens of thousands', 10000],
    ['hundreds of thousands of troops', 'hundreds of thousands', 100000],
    ['several hundred soldiers', 'several hundred', 100],
    ['dozens of tanks', 'dozens', 10],
    ['many thousands of troops', 'many thousands', 1000],
  ])('keeps the magnitude of a vague number: %s', (text, span, magnitude) => {
    expect(tokens(text)).toEqual([{ text: span, value: magnitude, approx: true }]);
  });

  it.each([
    ['a third of its tanks', 'a third', 33.3],
    ['one third of the tanks', 'one third', 33.3],
    ['two-thirds of the fleet', 'two-thirds', 66.7],
    ['three quarters of them', 'three quarters', 75],
    ['half of the tanks', 'half', 50],
    ['half its tanks', 'half', 50],
  ])('reads a fraction as a percent: %s', (text, span, value) => {
    expect(tokens(text)).toEqual([{ text: span, value, percent: true }]);
  });

  it.each([
    ['one of the soldiers', []],
    ['the third day', []],
    ['a few soldiers', []],
    ['few thousand', []],
    ['tens of people', []],
    ['3.5 tanks', []],
    // Date parts are tokens here; isNotAFigure rejects them by their neighbours.
    [
      'ISO 2022-04-19',
      [
        { text: '2022', value: 2022 },
        { text: '19', value: 19 },
      ],
    ],
  ])('skips vague or malformed numbers: %s', (text, expected) => {
    expect(tokens(text)).toEqual(expected);
  });

  it('does not join a descending pair into a range', () => {
    expect(tokens('won 2-1 today')).toEqual([
      { text: '2', value: 2 },
      { text: '1', value: 1 },
    ]);
  });

  it('reports offsets that slice back to the token', () => {
    const text = 'Russia lost 1,351 men and 3,285 were wounded.';
    for (const t of scanNumbers(text)) expect(text.slice(t.start, t.end)).toMatch(/^\d/);
  });
});

describe('spelledValue', () => {
  it.each([
    [['four', 'hundred'], 400],
    [['two', 'thousand', 'five', 'hundred'], 2500],
    [['ninety', 'nine'], 99],
    [['hundred'], 100],
    [['three', 'million'], 3000000],
  ])('%j -> %d', (parts, value) => {
    expect(spelledValue(parts)).toBe(value);
  });
});

/**
 * TOKEN_RE enters its number words (a trie) at a word start, one character consumed before them,
 * a letter past ASCII there turned away in code. Its tokens must be those of the plain form, a
 * lookbehind for any letter or digit before an alternation of the words longest first.
 */
describe('scanNumbers word starts', () => {
  const plain = new RegExp(
    String.raw`(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?!\d)|\d+)(\.\d+)?|(?<![\p{L}\p{N}])(${[
      ...NUMBER_WORDS,
    ]
      .sort((a, b) => b.length - a.length)
      .join('|')})(?![\p{L}\p{N}])`,
    'giu',
  );

  it('reads number words after any non-letter, not after a letter of any script', () => {
    const words = (text: string) => [...scanNumbers(text)].map((t) => text.slice(t.start, t.end));
    expect(words('70%two, -three, éfour, 𝐀five, 🙂six')).toEqual(['70%', 'two', 'three', 'six']);
  });

  it('finds the tokens of the plain form, on fuzzed text', () => {
    const piece = fc.oneof(
      fc.constantFrom(...NUMBER_WORDS),
      fc.constantFrom(...NUMBER_WORDS).map((w) => w.toUpperCase()),
      fc.constantFrom(' ', '-', '–', '%', ',', '.', 'k', ' million', ' per cent', ' to ', ' and '),
      fc.constantFrom('é', 'я', 'ſ', '𝐀', '🙂', 'x', '\u00a0'),
      fc.integer({ min: 0, max: 99_999 }).map(String),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        const expected = [...scanNumbersWith(text, plain, text)];
        expect([...scanNumbersWith(text, TOKEN_RE, text)]).toEqual(expected);
        expect([...scanNumbers(text)]).toEqual(expected);
      }),
      { numRuns: 3_000 },
    );
  });
});
