import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { htmlToText } from '../../src/detect/html-text';
import { detectFigures } from '../../src/detect/index';
import type { FigureMention } from '../../src/detect/types';
import { ALL_CASES } from './dev';

/**
 * Which figures the detector finds, and what it reads in each, does not depend on the page's
 * date: only their as-of dates and periods do. The page gate's quick look relies on it (it asks
 * the detector with a date of its own, so that a page without loss figures never has its date
 * looked up: src/page/hot-runs.ts). Held on every text at hand: the development corpus and the
 * real pages (as the quick look reads them: on a page taken to be about a war), each read on
 * dates before, during and long after the wars.
 */

const FIXTURES = fileURLToPath(new URL('../../../shared/fixtures', import.meta.url));
const DATES = ['2014-03-01', '2022-02-24', '2024-10-07', '2031-12-31'];

/** A figure without what the page date may change. */
const undated = ({ asOf: _asOf, period: _period, ...rest }: FigureMention) => rest;

function textsAtHand(): { name: string; text: string; lang: string }[] {
  const texts = ALL_CASES.map((c, i) => ({ name: `dev ${i}`, text: c.text, lang: c.lang ?? 'en' }));
  const pages = join(FIXTURES, 'real-pages');
  const html = [
    join(FIXTURES, 'seed-article.html'),
    ...readdirSync(pages)
      .filter((f) => f.endsWith('.html'))
      .map((f) => join(pages, f)),
  ];
  for (const file of html) {
    const text = `war war war war war\n${htmlToText(readFileSync(file, 'utf8'))}`;
    texts.push({ name: file, text, lang: 'en' });
  }
  return texts;
}

it('finds the same figures whatever the page date', () => {
  const texts = textsAtHand();
  let figures = 0;
  for (const { name, text, lang } of texts) {
    const found = (pageDate: string) => detectFigures(text, { pageDate, lang }).map(undated);
    const [first, ...others] = DATES.map(found);
    figures += first?.length ?? 0;
    for (const other of others) expect(other, name).toEqual(first);
  }
  // The texts hold figures to compare, not only pages without any.
  expect(figures).toBeGreaterThan(300);
});
