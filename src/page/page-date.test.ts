// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { detectFigures } from '../detect';
import { gatedDetect } from './hot-runs';
import { findPageDate, isoDateOf, lazyDetectOptions } from './page-date';
import { scanNow } from './scan-job';

const today = new Date('2026-11-26T12:00:00Z');

function pageDate(head: string, body = ''): string {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  return findPageDate(document, today);
}

describe('findPageDate', () => {
  it('reads article:published_time first', () => {
    const head = '<meta property="article:published_time" content="2022-04-19T09:00:00Z">';
    expect(pageDate(head, '<time datetime="2021-01-01">x</time>')).toBe('2022-04-19');
  });

  it('falls back to JSON-LD datePublished, also inside @graph', () => {
    const ld = {
      '@graph': [{ '@type': 'NewsArticle', datePublished: '2023-03-04T10:00:00+01:00' }],
    };
    const head = `<script type="application/ld+json">${JSON.stringify(ld)}</script>`;
    expect(pageDate(head)).toBe('2023-03-04');
  });

  it('reads the first meta and time that carry the attribute, JSON-LD typed in any case', () => {
    const ld = JSON.stringify({ datePublished: '2023-05-06' });
    const head = `<meta name="x" content="2020-01-01"><script type="Application/LD+JSON">${ld}</script>`;
    expect(pageDate(head)).toBe('2023-05-06');
    const metas =
      '<meta content="2020-01-01"><meta name="article:published_time" content="2021-02-03">';
    expect(pageDate(metas)).toBe('2021-02-03');
    expect(pageDate('', '<time>x</time><time datetime="2024-02-25">y</time>')).toBe('2024-02-25');
  });

  it('survives broken JSON-LD and uses <time datetime>', () => {
    const head = '<script type="application/ld+json">{not json</script>';
    expect(pageDate(head, '<time datetime="2024-02-25">Feb 25</time>')).toBe('2024-02-25');
  });

  it('uses today when the page has no date', () => {
    expect(pageDate('<meta property="article:published_time" content="yesterday">')).toBe(
      '2026-11-26',
    );
  });
});

describe('isoDateOf', () => {
  it.each([
    ['2022-04-19T09:00:00Z', '2022-04-19'],
    ['2022-02-30', null],
    ['19/04/2022', null],
    [null, null],
  ])('%s → %s', (input, expected) => {
    expect(isoDateOf(input)).toBe(expected);
  });
});

describe('lazyDetectOptions', () => {
  it('looks the date up once, when first read', () => {
    const find = vi.fn(() => '2022-04-19');
    const options = lazyDetectOptions(find, 'uk');
    expect(options.lang).toBe('uk');
    expect(find).not.toHaveBeenCalled();
    expect([options.pageDate, options.pageDate]).toEqual(['2022-04-19', '2022-04-19']);
    expect(find).toHaveBeenCalledTimes(1);
  });

  it('is never looked up on a page without loss figures, and dates the figures of one', () => {
    const find = vi.fn(() => '2022-04-19');
    const scan = (html: string) => {
      document.body.innerHTML = html;
      return scanNow([document.body], gatedDetect(detectFigures), lazyDetectOptions(find, 'en'));
    };
    // A cue near a number (the quick look reads it) but no loss figure, on a page long enough
    // for the gate to look rather than read it all.
    const calm = '<p>The weather was mild and the market was busy with shoppers buying bread.</p>';
    scan(`${calm.repeat(30)}<p>The 3 people who run the 24 shops said prices hurt sales.</p>`);
    expect(find).not.toHaveBeenCalled();
    const found = scan("<p>On Monday Ukraine's General Staff said Russia had lost 790 tanks.</p>");
    expect(found.map(({ mention }) => [mention.text, mention.asOf])).toEqual([
      ['790 tanks', '2022-04-18'],
    ]);
    expect(find).toHaveBeenCalledTimes(1);
  });
});
