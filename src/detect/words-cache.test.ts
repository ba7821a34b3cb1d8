import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstWordIn, type Word, wordsIn } from './words';

/**
 * A long text is tokenised once and windows are cut from its token list (words.ts). The words
 * of a window must be exactly those a tokenisation of the window alone gives: the reference below
 * is the plain per-window scan, written out again so that the cache is checked against it.
 */
const WORD_RE =
  /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*|\d+(?:[.,\u00a0\u202f]\d+)*|[^\s\p{L}\p{M}\d]/gu;
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

function windowAlone(text: string, from: number, to: number): Word[] {
  const start = Math.max(0, from);
  const end = Math.min(text.length, to);
  const slice = text.slice(start, Math.max(start, end));
  const words: Word[] = [];
  for (const m of slice.matchAll(WORD_RE)) {
    const wordStart = start + m.index;
    const wordEnd = wordStart + m[0].length;
    const cutLeft = m.index === 0 && isWordChar(text[start - 1]) && isWordChar(m[0][0]);
    const cutRight = wordEnd === end && isWordChar(text[end]) && isWordChar(m[0][0]);
    const norm = m[0].toLowerCase().replace(/’/g, "'");
    if (!cutLeft && !cutRight) words.push({ norm, start: wordStart, end: wordEnd });
  }
  return words;
}

// Pieces that make tokens touch, join and split: apostrophes, hyphens, digit groups, no-break
// spaces, Cyrillic, punctuation without spaces.
const PIECES = [
  'Russia’s',
  "Ukraine's",
  'air-defence',
  '1,475,270',
  '20.6',
  '3\u00a0285',
  'тис.',
  'загинули',
  'abc1',
  '—',
  ' ',
  ' ',
  '\n',
  ',',
  'killed',
  'KIA',
  '12',
  "'",
  '-',
];
const textOf = (pieces: readonly string[]) =>
  fc
    .array(fc.constantFrom(...pieces), { minLength: 900, maxLength: 1500 })
    .map((parts) => parts.join(''))
    .filter((text) => text.length >= 2_000);
const longText = textOf(PIECES);
// Texts folded word by word, not whole (words.ts foldedWhole): Σ, whose lower case depends on
// the letters around it ("ΟΔΟΣ.Α" lower-cased whole has no final ς), and "İ", whose is longer.
const foldedApart = textOf([...PIECES, 'ΟΔΟΣ', 'Σ', '.Α', 'İ', 'ſ']);

describe('wordsIn on a long text (tokenised once)', () => {
  it('gives every window exactly the words of the window tokenised alone', () => {
    fc.assert(
      fc.property(
        longText,
        fc.array(fc.tuple(fc.nat(), fc.nat(120)), { maxLength: 40 }),
        (text, windows) => {
          for (const [at, width] of windows) {
            const from = at % text.length;
            expect(wordsIn(text, from, from + width)).toEqual(
              windowAlone(text, from, from + width),
            );
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('folds each word as it folds alone where the text cannot be folded whole', () => {
    fc.assert(
      fc.property(foldedApart, fc.array(fc.nat(), { maxLength: 40 }), (text, starts) => {
        for (const at of starts) {
          const from = at % text.length;
          expect(wordsIn(text, from, from + 80)).toEqual(windowAlone(text, from, from + 80));
        }
      }),
      { numRuns: 30 },
    );
    const greek = `${'word '.repeat(500)}ΟΔΟΣ.Α`;
    expect(wordsIn(greek, greek.length - 6, greek.length)[0]?.norm).toBe('οδος');
  });

  it('gives the same words across the places where a long text is tokenised piece by piece', () => {
    // Chunks start after a space or a line break every few hundred characters; a run without
    // either (digits, letters, no-break spaces inside a number) must not be split there.
    // A window that starts or ends inside a run is scanned apart there, and its words take
    // their fold from the text's, so the runs hold upper case and typographic apostrophes too.
    const runs = ['1,', 'a-', '3\u00a0', 'x’', 'X’', 'Ab-', '.'];
    const text = runs
      .map((run, i) => `${'word '.repeat(700 + i * 37)}${run.repeat(3_000)}9 killed\n`)
      .join('');
    for (let from = 0; from < text.length; from += 97) {
      for (const width of [1, 60, 300, 5_000]) {
        expect(wordsIn(text, from, from + width)).toEqual(windowAlone(text, from, from + width));
      }
    }
  });

  it('gives as first word of a window the first of its words', () => {
    fc.assert(
      fc.property(
        fc.oneof(longText, foldedApart),
        fc.array(fc.tuple(fc.nat(), fc.nat(24)), { maxLength: 40 }),
        (text, windows) => {
          for (const [at, width] of windows) {
            const from = at % text.length;
            expect(firstWordIn(text, from, from + width)).toEqual(
              wordsIn(text, from, from + width)[0],
            );
          }
        },
      ),
      { numRuns: 60 },
    );
    const short = 'Russia’s 790 tanks';
    expect(firstWordIn(short, 7, 14)).toEqual(wordsIn(short, 7, 14)[0]);
  });

  it('keeps two long texts apart when they alternate', () => {
    const a = `${'Russia lost 790 tanks. '.repeat(120)}`;
    const b = `${'Ukraine shot down 31 drones. '.repeat(120)}`;
    for (let i = 0; i < 3; i++) {
      expect(wordsIn(a, 0, 22).map((w) => w.norm)).toEqual(['russia', 'lost', '790', 'tanks', '.']);
      expect(wordsIn(b, 0, 28).map((w) => w.norm)).toEqual([
        'ukraine',
        'shot',
        'down',
        '31',
        'drones',
        '.',
      ]);
    }
  });
});
