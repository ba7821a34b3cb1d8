import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findPageDate, htmlToText } from './html-text';
import { detectFigures } from './index';

/**
 * Real news pages that report no war losses (../shared/fixtures/real-pages/README.md): every
 * figure found on them is a false positive. They are scanned twice: as crudely stripped text (no
 * paragraph breaks, the hardest input for sentence-bound rules) and as the CLI extracts them.
 * Timings are printed for the record, never asserted.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIR = join(ROOT, '../shared/fixtures/real-pages');
const PAGES = readdirSync(DIR).filter((f) => f.endsWith('.html'));

/** Strips markup the crude way: script and style blocks, tags, a few entities. */
function crudeText(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, ' ')
    .replace(/<style\b[\s\S]*?<\/style\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&#0?39;|&#x27;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const timings: { page: string; input: string; chars: number; figures: number; ms: string }[] = [];

afterAll(() => {
  console.table(timings);
});

describe.each(PAGES)('%s', (page) => {
  const html = readFileSync(join(DIR, page), 'utf8');
  const pageDate = findPageDate(html)?.date ?? '2020-01-01';

  it.each([
    ['crude', crudeText],
    ['extracted', htmlToText],
  ] as const)('has no figures in its %s text', (input, toText) => {
    const text = toText(html);
    const started = performance.now();
    const mentions = detectFigures(text, { pageDate });
    const ms = (performance.now() - started).toFixed(1);
    timings.push({ page, input, chars: text.length, figures: mentions.length, ms });
    expect(mentions.map((m) => m.text)).toEqual([]);
  });
});

it('covers all fourteen pages', () => {
  expect(PAGES).toHaveLength(14);
});
