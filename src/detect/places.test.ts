import { describe, expect, it } from 'vitest';
import { placeSide } from './places';
import { wordsIn } from './words';

const sideOf = (text: string, from = 0) => placeSide(wordsIn(text, 0, text.length), from);

describe('placeSide', () => {
  it.each([
    ['killed in Kharkiv', 'ukraine'],
    ["Severodonetsk's mayor said", 'ukraine'],
    ['in Kryvyi Rih', 'ukraine'],
    ['in the Gaza Strip', 'palestine'],
    ['in Khan Younis', 'palestine'],
    ['on Israel', 'israel'],
    ['in southern Lebanon', 'lebanon'],
    ['in Belgorod', 'russia'],
    // Russian-held Ukrainian towns are Ukraine's (docs/DETECTION.md §4).
    ['in Russian-occupied Donetsk', 'ukraine'],
    ['in Sevastopol', 'ukraine'],
    ['in Chicago', undefined],
  ])('%s -> %s', (text, side) => {
    expect(sideOf(text)).toBe(side);
  });

  it('prefers a place after the figure to one before it', () => {
    expect(sideOf('Belgorod officials said 8 civilians were killed in Kharkiv', 4)).toBe('ukraine');
  });
});
