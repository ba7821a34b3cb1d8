import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Cues, cueWordsIn, LAST_WORDS, MODEL_CUE, VERB_WORDS } from './cues';
import { escapeRegex } from './word-trie';

describe('Cues', () => {
  const text =
    'The 2019 budget was $5 billion. Russia lost 790 tanks. Page 3 of 10. Casualties: 40,000.';

  it('says whether a counted noun or a loss noun lies in a range, walking forward', () => {
    const cues = new Cues(text);
    expect(cues.near(0, 30)).toBe(false);
    expect(cues.near(40, 50)).toBe(true); // "tanks"
    expect(cues.near(55, 66)).toBe(false);
    expect(cues.near(66, 90)).toBe(true); // "Casualties"
  });

  it('matches whole words only', () => {
    const cues = new Cues('The womenswear shop sold 30 tankstops and 5 mendings.');
    expect(cues.near(0, 60)).toBe(false);
  });
});

/**
 * The cue regex is a trie entered only at word starts, a non-ASCII letter before a word turned
 * away in code (cues.ts). It must find what the plain form found: every cue word, longest first,
 * wherever no letter or digit of any script stands before it and none after it.
 */
describe('cueWordsIn', () => {
  const words = [...LAST_WORDS, ...VERB_WORDS].filter((w) => w !== '');
  const verbOnly = new Set(VERB_WORDS.filter((w) => !LAST_WORDS.has(w)));
  const plain = new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:(?:${[...words]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegex)
      .join('|')})(?![\p{L}\p{N}])|${MODEL_CUE})`,
    'giu',
  );
  const reference = (text: string) =>
    [...text.matchAll(plain)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      verb: verbOnly.has(m[0].toLowerCase()),
    }));

  it('finds cue words after any non-letter, not after a letter of any script', () => {
    const text = 'tanks, (troops) étanks 𝐀tanks 🙂tanks ſtanks я-tanks Su-34 xSu-34 killed';
    expect([...cueWordsIn(text)].map(({ start, end }) => text.slice(start, end))).toEqual([
      'tanks',
      'troops',
      'tanks',
      'tanks',
      'Su-3',
      'killed',
    ]);
  });

  it('finds what the plain word-start regex finds, on fuzzed text', () => {
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((w) => w.toUpperCase()),
      fc.constantFrom(
        ' ',
        '-',
        "'",
        '’',
        'é',
        'я',
        'ſ',
        '\u212a',
        '𝐀',
        '🙂',
        'x',
        '7',
        'Su-',
        'T-',
      ),
      fc.integer({ min: 0, max: 999 }).map(String),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect([...cueWordsIn(text)]).toEqual(reference(text));
      }),
      { numRuns: 3_000 },
    );
  });
});
