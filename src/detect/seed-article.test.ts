import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import expected from './fixtures/seed-article.expected.json';
import { findPageDate, htmlToText } from './html-text';
import { detectFigures, type FigureMention } from './index';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const html = readFileSync(join(ROOT, '../shared/fixtures/seed-article.html'), 'utf8');
const text = htmlToText(html);
const pageDate = findPageDate(html)?.date ?? '';
const mentions = detectFigures(text, { pageDate });

const find = (span: string): FigureMention => {
  const found = mentions.find((m) => m.text === span);
  if (!found)
    throw new Error(`"${span}" not detected; found ${mentions.map((m) => m.text).join(' | ')}`);
  return found;
};

describe('seed article (GUIDE §1 worked example)', () => {
  it('is dated 2022-04-19 by its article:published_time', () => {
    expect(pageDate).toBe('2022-04-19');
  });

  it('matches the committed expected output', () => {
    expect(mentions).toEqual(expected);
  });

  it('gives spans that slice back to their text, in order, without overlap', () => {
    let end = 0;
    for (const m of mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.start).toBeGreaterThanOrEqual(end);
      end = m.end;
    }
  });

  it('reads the intercepted 70% as a share of personnel lost', () => {
    expect(find('70% of their personnel')).toMatchObject({
      unit: 'percent',
      value: 70,
      metric: 'personnel_casualties',
      side: 'russia',
    });
  });

  it("attributes the 20,600 personnel to Ukraine's General Staff as of Monday", () => {
    expect(find('Around 20,600 Russian personnel')).toMatchObject({
      metric: 'personnel_casualties',
      side: 'russia',
      value: 20600,
      qualifier: 'about',
      claimant: 'ua-general-staff',
      asOf: '2022-04-18',
    });
  });

  it.each([
    ['790 tanks', 'tanks', 790],
    ['2,041 armored combat vehicles', 'armored_vehicles', 2041],
    ['167 aircraft', 'aircraft', 167],
    ['147 helicopters', 'helicopters', 147],
  ])('resolves "the ministry" for %s', (span, metric, value) => {
    expect(find(span)).toMatchObject({
      metric,
      value,
      side: 'russia',
      qualifier: 'exact',
      claimant: 'ua-general-staff',
      asOf: '2022-04-18',
    });
  });

  it("reads Russia's own tally of 25 March as killed and wounded", () => {
    expect(find('1,351 men')).toMatchObject({
      metric: 'personnel_killed',
      side: 'russia',
      value: 1351,
      claimant: 'ru-mod',
      asOf: '2022-03-25',
    });
    expect(find('3,285 were wounded')).toMatchObject({
      metric: 'personnel_wounded',
      side: 'russia',
      value: 3285,
      claimant: 'ru-mod',
      asOf: '2022-03-25',
    });
  });

  it("keeps NATO's hedge on the 40,000 casualties", () => {
    // No date in its paragraph: the previous paragraph's 25 March applies (see as-of.ts).
    expect(find('as high as 40,000')).toMatchObject({
      metric: 'personnel_casualties',
      side: 'russia',
      value: 40000,
      qualifier: 'up-to',
      claimant: 'nato',
      asOf: '2022-03-25',
    });
  });

  it.each([
    'few thousand',
    'four hundred',
    '2.3%',
    '3 days',
    'Top 10',
    '2022',
    'February 24',
    'March 25',
    'April 19',
  ])('does not detect "%s"', (phrase) => {
    const at = text.indexOf(phrase);
    expect(at).toBeGreaterThanOrEqual(0);
    const overlapping = mentions.filter((m) => m.start < at + phrase.length && at < m.end);
    expect(overlapping.map((m) => m.text)).toEqual([]);
  });
});
