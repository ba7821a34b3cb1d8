import { describe, expect, it } from 'vitest';
import { AsOfResolver } from './as-of';
import { segmentSentences } from './sentences';

/** The as-of date of the figure marked by "#". */
function asOf(text: string, pageDate = '2022-04-19'): string {
  const sentences = segmentSentences(text);
  const at = text.indexOf('#');
  const index = sentences.findIndex((s) => s.start <= at && at < s.end);
  const s = sentences[index];
  if (!s) throw new Error('no sentence');
  return new AsOfResolver(text, sentences, pageDate).asOf(index, s.start, s.end);
}

describe('AsOfResolver', () => {
  it.each([
    ['# lost between the start of the invasion on February 24 and Monday.', '2022-04-18'],
    ['Tally from March 25 says # men.', '2022-03-25'],
    ['# lost since February 24.', '2022-04-19'],
    ['On Monday the ministry spoke. It said # tanks.', '2022-04-18'],
    ['Lost between February 24 and Monday.\nLosses included # tanks.', '2022-04-18'],
    ['On March 2 it began.\nNothing.\nLosses included # tanks.', '2022-04-19'],
    ['# tanks, no date.', '2022-04-19'],
    ['On March 25, # men; on April 2, more.', '2022-04-02'],
  ])('%j -> %s', (text, date) => {
    expect(asOf(text)).toBe(date);
  });
});
