import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../scripts/lib/static-server';
import { detectFigures } from '../detect';
import { htmlToText } from '../detect/html-text';
import type { DetectOptions } from '../detect/types';
import { gatedDetect, hotRuns } from './hot-runs';
import { corpusPages } from './testing/corpus-pages';

/*
 * The detector behind the block-by-block gate never drops a figure that the detector alone finds
 * in the same text. Held on the corpus's texts set inside real pages without loss figures (the
 * shared fixtures), and on fuzzed pages made of their blocks. (Its reading of a figure may differ
 * where the detector's page-wide statistics, such as the places a page names most, would have
 * counted text far from the figure: the page shell's windows already limit those to a window.)
 */

const REAL_PAGES = join(FIXTURES_DIR, 'real-pages');
/** The blocks of the real pages: news text with numbers (dates, prices, scores), no loss figure. */
const NOISE = readdirSync(REAL_PAGES)
  .filter((f) => f.endsWith('.html'))
  .map((f) => htmlToText(readFileSync(join(REAL_PAGES, f), 'utf8')).slice(0, 4_000));
const PAGES = corpusPages();
const gated = gatedDetect(detectFigures);

/** A page of `noise` with `text` set in its middle, between two of its blocks. */
function inside(noise: string, text: string): string {
  const cut = Math.max(0, noise.indexOf('\n', noise.length / 2));
  return `${noise.slice(0, cut)}\n${text}\n${noise.slice(cut + 1)}`;
}

/** The spans ("start:end") of the figures the detector alone finds that the gated one does not. */
function dropped(text: string, options: DetectOptions): string[] {
  const found = new Set(gated(text, options).map((m) => `${m.start}:${m.end}`));
  return detectFigures(text, options)
    .map((m) => `${m.start}:${m.end} ${m.text}`)
    .filter((span) => !found.has(span.split(' ')[0] as string));
}

describe('hot runs', () => {
  it('leaves out most of a page without loss figures, and finds the run around a figure', () => {
    expect(hotRuns('Tickets cost $45 on 12 May.\nThe match ended 3–1.\nKyiv, 2022.')).toEqual([]);
    const noiseChars = NOISE.reduce((sum, n) => sum + n.length, 0);
    const runChars = NOISE.flatMap(hotRuns).reduce((sum, r) => sum + r.end - r.start, 0);
    expect(runChars).toBeLessThan(noiseChars / 4);
    const page = inside(NOISE[0] as string, 'Russia has lost 790 tanks, the ministry said.');
    const runs = hotRuns(page);
    expect(runs).toHaveLength(1);
    const run = runs[0] as (typeof runs)[number];
    expect(page.slice(run.start, run.end)).toContain('790 tanks');
    expect(run.contextStart).toBeLessThan(run.start);
    expect(page.length).toBeGreaterThan(run.end - run.contextStart);
  });

  it('never drops a figure of a corpus text set inside a real page', () => {
    const misses = PAGES.flatMap((page, i) => {
      const text = inside(NOISE[i % NOISE.length] as string, page.text);
      return dropped(text, page.options).map((span) => `${page.name}: ${span}`);
    });
    expect(misses).toEqual([]);
    // Both detectors over ~2,000 pages of ~10 KB: ~30 s of CPU, more on a loaded machine.
  }, 240_000);

  it('never drops a figure of fuzzed pages made of corpus and news blocks', () => {
    const blocks = [
      ...PAGES.filter((p) => p.text.length < 600)
        .slice(0, 600)
        .map((p) => p.text),
      ...NOISE.flatMap((n) => n.split('\n').filter((b) => b.trim().length > 0)).slice(0, 600),
    ];
    const lang = fc.constantFrom<string | undefined>(undefined, 'en', 'uk', 'ru');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...blocks), { maxLength: 40 }),
        fc.array(fc.constantFrom('\n', '\n\n', '\n \n'), { minLength: 40, maxLength: 40 }),
        lang,
        (parts, breaks, pageLang) => {
          const text = parts.map((part, i) => `${part}${breaks[i]}`).join('');
          expect(dropped(text, { pageDate: '2022-04-19', lang: pageLang })).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  }, 240_000);
});
