import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPITALISED, PageSides } from './page-sides';

// The plain form of the capitalised-word regex: the word start checked first.
const PLAIN = /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}\p{M}-]*|south(?:ern)?|east)(?![\p{L}])/gu;
const words = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

describe('the places a page names most', () => {
  it('finds exactly the words the plain form of its regex finds', () => {
    const pieces = [
      'Kyiv',
      'south',
      'southern',
      'east',
      'Southeast',
      'é',
      'É',
      '-',
      '9',
      ' ',
      'ya',
      'x',
      'ǅ',
      '\u0301',
      'Київ',
      '𝐀',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(words(CAPITALISED, text)).toEqual(words(PLAIN, text));
      }),
      { numRuns: 2000 },
    );
  });

  it('names the side whose places the page names at least twice as often', () => {
    const gaza = 'Strikes on Khan Younis and Rafah. In Gaza City, Jabalia and Deir al-Balah too.';
    expect(new PageSides(`${gaza} A drone hit Kharkiv.`).dominant()).toBe('palestine');
    expect(new PageSides('Kharkiv, Kherson and Khan Younis, Rafah.').dominant()).toBeUndefined();
  });
});
