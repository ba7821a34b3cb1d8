import { describe, expect, it } from 'vitest';
import { areaOf } from './areas';

/** The area of the figure whose text is `figure` in `text`, for side palestine unless given. */
function area(text: string, figure: string, side: 'palestine' | 'lebanon' = 'palestine') {
  const start = text.indexOf(figure);
  return areaOf(text, { start, end: start + figure.length, side }).area;
}

describe('areaOf', () => {
  it.each([
    ['29,195 Palestinians have been killed in Gaza.', '29,195 Palestinians', 'gaza'],
    ['In Khan Younis, 40 people were killed.', '40 people', 'gaza'],
    ['393 Palestinians have been killed in the West Bank.', '393 Palestinians', 'west-bank'],
    ['Raids on Nablus and Jenin killed 12 people.', '12 people', 'west-bank'],
    [
      '29,195 Palestinians have been killed in Gaza and 393 in the West Bank.',
      '29,195 Palestinians',
      'gaza',
    ],
    [
      'In the West Bank, 393 Palestinians have been killed, while in Gaza the toll passed 29,000.',
      '393 Palestinians',
      'west-bank',
    ],
    [
      'Across Gaza and the West Bank, 30,000 Palestinians have died.',
      '30,000 Palestinians',
      undefined,
    ],
    [
      '30,000 Palestinians have been killed in Gaza and the West Bank.',
      '30,000 Palestinians',
      undefined,
    ],
    ['Gaza and the West Bank: 393 people were killed.', '393 people', undefined],
    ['Jenin was raided. 12 people were killed.', '12 people', 'west-bank'],
    [
      'Gaza was bombed.\nIn Jenin, troops raided homes. 12 people were killed.',
      '12 people',
      'west-bank',
    ],
    ['Gaza was bombed.\nJenin was raided.\n12 people were killed.', '12 people', undefined],
    ['Rafah was bombed.\nMore strikes followed.\n12 people were killed.', '12 people', 'gaza'],
    ['The ministry says 12 people were killed.', '12 people', undefined],
  ])('%s → %s', (text, figure, expected) => {
    expect(area(text, figure)).toBe(expected);
  });

  it('gives no area to a side counted as a whole', () => {
    expect(area('In Gaza and Lebanon, 12 people were killed.', '12 people', 'lebanon')).toBe(
      undefined,
    );
  });

  it('reads each text afresh (the cache is per text)', () => {
    expect(area('Gaza: 12 people were killed.', '12 people')).toBe('gaza');
    expect(area('Hebron: 12 people were killed.', '12 people')).toBe('west-bank');
  });
});
