import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFigures } from '../detect';
import { LAST_WORDS, VERB_WORDS } from '../detect/cues';
import { NUMBER_WORDS } from '../detect/spelled';
import type { DetectOptions } from '../detect/types';
import { mayHoldFigures } from './figure-gate';
import { corpusPages } from './testing/corpus-pages';

/*
 * The gate's one promise: it never turns away a text in which the detector finds a figure. Held
 * on every text of the development corpus, on the real passages (tests/corpus/real/passages,
 * git-ignored: present on the machines that annotate), on every block and every stretch of them
 * (the content script hands the detector windows of a page, cut at block boundaries), and on
 * fuzzed text made of their pieces.
 */

/** The stretches of a page the gate is asked about: the page, each block, each pair of blocks. */
function stretches(text: string): string[] {
  const blocks = text.split('\n');
  const pairs = blocks.slice(1).map((block, i) => `${blocks[i]}\n${block}`);
  return [text, ...blocks, ...pairs];
}

/** The texts among `texts` in which the detector finds figures and the gate sees none. */
function dropped(texts: string[], options: DetectOptions): string[] {
  return texts.filter((t) => detectFigures(t, options).length > 0 && !mayHoldFigures(t));
}

const PAGES = corpusPages();

describe('figure gate', () => {
  it('lets through every corpus text, block and pair of blocks with a figure', () => {
    const misses = PAGES.flatMap((page) =>
      dropped(stretches(page.text), page.options).map((t) => `${page.name}: ${t.slice(0, 120)}`),
    );
    expect(misses).toEqual([]);
    // The detector over every stretch of the corpus: ~15 s of CPU, more on a loaded machine.
  }, 120_000);

  it('has only ASCII cue and number words, the only ones its non-Unicode regex folds', () => {
    const words = [...LAST_WORDS, ...VERB_WORDS, ...NUMBER_WORDS];
    expect(words.filter((w) => /[^\x20-\x7e]/.test(w))).toEqual([]);
  });

  it('turns away text whose numbers stand far from every cue, and passes text with one', () => {
    expect(mayHoldFigures('The match ended 3–1 on 12 May; tickets cost $45 for 2 adults.')).toBe(
      false,
    );
    expect(mayHoldFigures('У суботу, 12 травня, квитки коштували 45 гривень.')).toBe(false);
    expect(mayHoldFigures('Russia has lost 790 tanks.')).toBe(true);
    expect(mayHoldFigures('Forty seven were killed.')).toBe(true);
    expect(mayHoldFigures('Two Su-34 went down.')).toBe(true);
    expect(mayHoldFigures('танків ‒ 790 (+17) од.')).toBe(true);
    expect(mayHoldFigures(`Russia killed 790 ${'x '.repeat(200)}`)).toBe(true);
    expect(mayHoldFigures(`790 ${'word '.repeat(40)} tanks`)).toBe(false);
  });

  it('never drops a figure from fuzzed text made of the corpus’s pieces', () => {
    const words = [
      ...new Set(PAGES.slice(0, 3000).flatMap((p) => p.text.split(/(\s+)/).filter(Boolean))),
    ];
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(' ', '\n', '-', ',', '.', '(+', ')', 'ſ', 'K', '\u00a0', '—'),
      fc.string({ maxLength: 6 }),
      fc.integer({ min: 0, max: 99_999 }).map(String),
    );
    const lang = fc.constantFrom<string | undefined>(undefined, 'en', 'uk', 'ru', 'fr');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), lang, (pieces, pageLang) => {
        const text = pieces.join('');
        const options = { pageDate: '2022-04-19', lang: pageLang };
        expect(dropped([text], options)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
    // 3,000 detector runs: about 2 s alone, past vitest's default 5 s on a loaded machine.
  }, 60_000);
});
