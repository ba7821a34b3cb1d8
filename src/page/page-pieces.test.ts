// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../scripts/lib/static-server';
import { detectFigures } from '../detect';
import { htmlToText } from '../detect/html-text';
import type { FigureMention } from '../detect/types';
import { gatedDetect } from './hot-runs';
import { piecesToRead } from './page-gate';
import { scanNow } from './scan-job';
import { corpusPages, type Page } from './testing/corpus-pages';
import { collectPageText } from './text-walker';

/*
 * The page shell reads only the pieces of a long page around a cue near a number
 * (page-gate.ts's piecesToRead). Held here: on long real pages without loss figures with a corpus
 * text set in their middle, it finds the very figures that reading the whole page finds, and it
 * reads only a part of the page.
 */

const REAL_PAGES = join(FIXTURES_DIR, 'real-pages');
/** Real news text of at least 30,000 characters: numbers, dates, prices, no loss figure. */
const NOISE = readdirSync(REAL_PAGES)
  .filter((f) => f.endsWith('.html'))
  .map((f) => htmlToText(readFileSync(join(REAL_PAGES, f), 'utf8')))
  .filter((text) => text.length >= 30_000)
  .map((text) => text.slice(0, 40_000));
// A quarter of the corpus keeps the test short; the whole of it passes too (checked when MARGIN was set).
const PAGES = corpusPages().filter((_, i) => i % 4 === 0);
const OTHER_PAGES = corpusPages().filter((_, i) => i % 32 === 2);
const gated = gatedDetect(detectFigures);

/**
 * The body as paragraphs: `noise` with `text`'s blocks in its middle; with `words`, every so many
 * words of a paragraph a text node of its own (inside a span), as links and emphasis cut a page.
 */
function layOut(noise: string, text: string, words = 0): void {
  const cut = Math.max(0, noise.indexOf('\n', noise.length / 2));
  const blocks = [...noise.slice(0, cut).split('\n'), ...text.split('\n')];
  blocks.push(...noise.slice(cut + 1).split('\n'));
  document.body.replaceChildren(
    ...blocks.map((block) => {
      const p = document.createElement('p');
      if (words === 0) p.textContent = block;
      else p.append(...inSpans(block, words));
      return p;
    }),
  );
}

/** `block` as spans of `words` words each (their spaces kept), so each is a text node. */
function inSpans(block: string, words: number): HTMLElement[] {
  const parts = block.split(/(?<=\s)/);
  const spans: HTMLElement[] = [];
  for (let i = 0; i < parts.length; i += words) {
    const span = document.createElement('span');
    span.textContent = parts.slice(i, i + words).join('');
    spans.push(span);
  }
  return spans;
}

/** The figures of `pages` that reading the whole page finds and reading its pieces does not. */
function misses(pages: Page[], words: number): { misses: string[]; partial: number } {
  let partial = 0;
  const missed = pages.flatMap((page, i) => {
    layOut(NOISE[i % NOISE.length] as string, page.text, words);
    const whole = gated(collectPageText(document.body).text, page.options).map(key);
    const pieces = piecesToRead(document.body);
    if (pieces.some((piece) => piece.first)) partial += 1;
    const found = scanNow([document.body], gated, page.options).map((f) => key(f.mention));
    return found.join('\n') === whole.join('\n') ? [] : [`${page.name}: ${whole} ≠ ${found}`];
  });
  return { misses: missed, partial };
}

const key = (m: FigureMention) => `${m.text}|${m.metric}|${m.side}|${m.value ?? m.low}`;

describe('pieces of a page', () => {
  it('finds in the pieces the figures that reading the whole page finds', () => {
    expect(NOISE.length).toBeGreaterThan(3);
    const { misses: missed, partial } = misses(PAGES, 0);
    expect(missed).toEqual([]);
    // The test means something only if many pages are read in pieces (the others have cues near
    // numbers all over their news text, or Cyrillic text, and are read whole).
    expect(partial).toBeGreaterThan(PAGES.length / 8);
  }, 240_000);

  it('finds them too when a few words make a text node: the quick looks read little', () => {
    // A paragraph of one text node is looked at whole; short nodes hold the looks to PROBE.
    const { misses: missed } = misses(OTHER_PAGES, 3);
    expect(missed).toEqual([]);
  }, 240_000);

  it('reads nothing of a page without a cue near a number, and the whole of a short one', () => {
    document.body.innerHTML = '<p>The match ended 3–1 on 12 May.</p><p>Tickets cost $45.</p>';
    expect(piecesToRead(document.body)).toEqual([]);
    document.body.innerHTML = '<p>Russia lost 790 tanks.</p><p>The match ended 3–1.</p>';
    expect(piecesToRead(document.body)).toEqual([{ root: document.body, dense: true }]);
  });
});
