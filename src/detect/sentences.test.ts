import { describe, expect, it } from 'vitest';
import { SentenceCursor, segmentSentences } from './sentences';

const split = (text: string) =>
  segmentSentences(text).map((s) => [text.slice(s.start, s.end), s.paragraph]);

describe('segmentSentences', () => {
  it('splits sentences and numbers paragraphs', () => {
    expect(split('Our regiment lost. We are gone.\n\n  There were 20,600. \nEnd!')).toEqual([
      ['Our regiment lost.', 0],
      ['We are gone.', 0],
      ['There were 20,600.', 1],
      ['End!', 2],
    ]);
  });

  it.each([
    'Mr. Peskov said it.',
    'The U.S. estimate was 20.6k in total.',
    'Gen. Gerasimov said so.',
    'Lost 1,351 men, 2.5 times more.',
    'It rose 3.5% in March.',
  ])('keeps "%s" whole', (text) => {
    expect(split(text)).toEqual([[text, 0]]);
  });

  it('ends a sentence after closing quotes', () => {
    expect(split('He said "we lost." Then 3 left.')).toEqual([
      ['He said "we lost."', 0],
      ['Then 3 left.', 0],
    ]);
  });
});

describe('SentenceCursor', () => {
  it('walks forward to the sentence of an offset', () => {
    const text = 'One two. Three four.\nFive.';
    const cursor = new SentenceCursor(segmentSentences(text));
    expect(cursor.at(0)).toBe(0);
    expect(cursor.at(text.indexOf('Three'))).toBe(1);
    expect(cursor.at(text.indexOf('Five'))).toBe(2);
  });
});
