import { describe, expect, it } from 'vitest';
import { lowerAligned } from './lower-scan';
import { NOT_AFTER_LETTER, NOT_AFTER_WORD, NOT_AFTER_WORD_EXACT } from './word-edge';

// Each test after one character: whether a word may start after it.
const atEnd = (edge: string, flags: string) => new RegExp(`^[^]${edge}$`, flags);
const PLAIN = String.raw`(?<![\p{L}\p{N}])`;
const PLAIN_IU = atEnd(PLAIN, 'iu');
const PLAIN_U = atEnd(PLAIN, 'u');
const FAST_IU = atEnd(NOT_AFTER_WORD, 'iu');
const FAST_LOWER = atEnd(NOT_AFTER_WORD, 'u');
const FAST_EXACT = atEnd(NOT_AFTER_WORD_EXACT, 'u');
const PLAIN_LETTER = atEnd(String.raw`(?<!\p{L})`, 'iu');
const FAST_LETTER = atEnd(NOT_AFTER_LETTER, 'iu');

describe('the fast word-start tests', () => {
  it('find the word starts the plain form finds after every code point', () => {
    const apart: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const c = String.fromCodePoint(cp);
      const iu = PLAIN_IU.test(c);
      // The /iu regexes' case-sensitive copies read the lower-cased page (lower-scan.ts).
      const lower = lowerAligned(c);
      const same =
        FAST_IU.test(c) === iu &&
        (lower === undefined || FAST_LOWER.test(lower) === iu) &&
        FAST_EXACT.test(c) === PLAIN_U.test(c) &&
        FAST_LETTER.test(c) === PLAIN_LETTER.test(c);
      if (!same) apart.push(cp.toString(16));
    }
    expect(apart).toEqual([]);
    // The test itself tells letters from the rest.
    expect([FAST_IU.test('K'), FAST_EXACT.test('K'), FAST_EXACT.test('.')]).toEqual([
      false,
      false,
      true,
    ]);
    expect([FAST_LETTER.test('7'), FAST_LETTER.test('ſ')]).toEqual([true, false]);
  }, 30_000);

  it('read a surrogate pair before the word as one character', () => {
    for (const re of [FAST_IU, FAST_LOWER, FAST_EXACT, FAST_LETTER]) {
      expect([re.test('𝐀'), re.test('😀'), re.test('\ud835')]).toEqual([false, true, true]);
    }
  });
});
