import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchPhrase, matchPhraseEndingAt, phraseTable } from './phrase-table';
import { fold, hasLetter, isLetter, LETTER, wordsIn } from './words';

describe('wordsIn', () => {
  it('splits words, numbers and punctuation, folding case and apostrophes', () => {
    const text = 'Ukraine’s Ministry said 2,041 air-defence systems.';
    expect(wordsIn(text, 0, text.length).map((w) => w.norm)).toEqual([
      "ukraine's",
      'ministry',
      'said',
      '2,041',
      'air-defence',
      'systems',
      '.',
    ]);
  });

  it('drops words cut by the window but keeps punctuation at its edge', () => {
    const text = 'one million, two';
    expect(wordsIn(text, 6, 14).map((w) => w.norm)).toEqual([',']);
    expect(wordsIn(text, 4, text.length).map((w) => w.norm)).toEqual(['million', ',', 'two']);
    expect(wordsIn(text, 0, 9).map((w) => w.norm)).toEqual(['one']);
  });

  it('folds case and typographic apostrophes', () => {
    expect(fold('RUSSIA’S')).toBe("russia's");
  });

  it('reads letters and marks as their Unicode class does, for every code point', () => {
    const fast = new RegExp(`^${LETTER}$`, 'u');
    const plain = /^[\p{L}\p{M}]$/u;
    const apart: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const c = String.fromCodePoint(cp);
      if (fast.test(c) !== plain.test(c)) apart.push(cp.toString(16));
    }
    expect(apart).toEqual([]);
  }, 30_000);

  it('tells letters as /\\p{L}/u does, code unit by code unit', () => {
    const units = Array.from({ length: 0x10000 }, (_, u) => String.fromCharCode(u)).join('');
    const apart = units.split('').filter((c, u) => isLetter(units, u) !== /\p{L}/u.test(c));
    expect(apart).toEqual([]);
    expect([isLetter('a', 1), isLetter('a', -1)]).toEqual([false, false]);
  });
});

describe('hasLetter', () => {
  it('finds a letter in a range as /\\p{L}/u does in its slice', () => {
    // Marks, astral letters and lone halves of their surrogate pairs, Cyrillic, CJK punctuation.
    const pieces = [
      '1',
      ',',
      ' ',
      '"',
      'x',
      'Й',
      '\u0301',
      '\u0345',
      '\u0483',
      '。',
      '𝐀',
      '😀',
      '\ud835',
      'ǅ',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join('')),
        fc.nat(40),
        fc.nat(40),
        (text, a, b) => {
          expect(hasLetter(text, a, b)).toBe(/\p{L}/u.test(text.slice(a, b)));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('sees no letter in digits, punctuation and combining marks', () => {
    const text = '1\u0301,\u0300"2" 3–4 (+5)';
    expect(hasLetter(text, 0, text.length)).toBe(false);
    expect(hasLetter(`${text}k`, 0, text.length + 1)).toBe(true);
  });
});

describe('phrase tables', () => {
  const table = phraseTable([
    ['armored vehicles', 'av'],
    ['armored combat vehicles', 'acv'],
    ['tanks', 't'],
  ]);
  const words = wordsIn('2 armored combat vehicles', 0, 25);

  it('prefers the longest phrase', () => {
    expect(matchPhrase(table, words, 1)).toEqual({ value: 'acv', length: 3 });
  });

  it('matches a phrase ending right before an index', () => {
    expect(matchPhraseEndingAt(table, words, 4)).toEqual({ value: 'acv', length: 3 });
    expect(matchPhraseEndingAt(table, words, 3)).toBeUndefined();
    const tail = wordsIn('lost armored vehicles', 0, 21);
    expect(matchPhraseEndingAt(table, tail, 3)).toEqual({ value: 'av', length: 2 });
  });
});
