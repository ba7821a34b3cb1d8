import { describe, expect, it } from 'vitest';
import { detectFigures } from '../index';
import { detailsBefore } from './lists';
import { splitSentences } from './sentences';
import { namesBothSides } from './sides';

/** The only sentence of `text`. */
function sentenceOf(text: string) {
  const [s] = splitSentences(text, 0, text.length).sentences;
  if (!s) throw new Error(`no sentence in ${text}`);
  return s;
}

/**
 * Tests of a sentence's whole text are read once per sentence: a long sentence holds many
 * figures, and testing its text again for each was quadratic in its length.
 */
describe('whole-sentence tests, read once per sentence', () => {
  it('names both sides once, whatever the sentence text becomes after', () => {
    const s = sentenceOf('Втрати з обох сторін склали 500 осіб');
    expect(namesBothSides(s)).toBe(true);
    s.folded = 'втрати склали 500 осіб';
    expect(namesBothSides(s)).toBe(true);
    const other = sentenceOf('Втрати склали 500 осіб');
    expect(namesBothSides(other)).toBe(false);
  });

  it('tells a sentence that details the one before, once', () => {
    const s = sentenceOf('Серед них 5 дітей');
    expect(detailsBefore(s)).toBe(true);
    s.folded = '5 дітей';
    expect(detailsBefore(s)).toBe(true);
    expect(detailsBefore(sentenceOf('Загинули 5 дітей'))).toBe(false);
  });

  it('gives every figure of a long sentence what its whole text says', () => {
    // "загинули" in the sentence: soldiers "lost" died, so no second measure for any of them.
    // Without such a word, the dead are the second measure the wording allows, for each.
    const items = 'втратила 980 військових, '.repeat(20);
    const read = (text: string) =>
      detectFigures(text, { pageDate: '2025-03-01', lang: 'uk' }).map((f) => f.alsoMetric ?? '');
    expect(read(`Армія РФ ${items}вони загинули`)).toEqual(Array(20).fill(''));
    expect(read(`Армія РФ ${items}так повідомили`)).toEqual(Array(20).fill('personnel_killed'));
  });
});
