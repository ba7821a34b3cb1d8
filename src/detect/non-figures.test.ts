import { describe, expect, it } from 'vitest';
import { isNotAFigure, isYearLike } from './non-figures';
import { scanNumbers } from './numbers';
import { wordsIn } from './words';

/** Whether the first number token of `text` is ruled out by its neighbours. */
function ruledOut(text: string): boolean {
  const token = [...scanNumbers(text)][0];
  if (!token) throw new Error(`no number in ${text}`);
  const left = wordsIn(text, Math.max(0, token.start - 80), token.start);
  const right = wordsIn(text, token.end, token.end + 80);
  return isNotAFigure(text, token, left, right);
}

describe('isNotAFigure', () => {
  it.each([
    ['on February 24 and Monday', true],
    ['on 24 February', true],
    ['ISO 2022-04-19', true],
    ['at 10:30 troops', true],
    ['costs $5 tanks', true],
    ['the F-16 jets', true],
    ['the A320 jets', true],
    ['the 5th tank army', true],
    ['a 3-day visit', true],
    ['Top 10 recipes', true],
    ['see page 3 tanks', true],
    ['on 24/7 duty', true],
    ['lost 790 tanks', false],
    ['the may 40 tanks', false],
    ['lost 20,600 personnel', false],
  ])('%s -> %s', (text, expected) => {
    expect(ruledOut(text)).toBe(expected);
  });
});

describe('isYearLike', () => {
  it.each([
    ['spring 2022', true],
    ['lost 1351 men', false],
    ['20,22 x', false],
  ])('%s -> %s', (text, expected) => {
    const token = [...scanNumbers(text)][0];
    expect(token && isYearLike(token)).toBe(expected);
  });
});
