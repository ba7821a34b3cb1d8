import { describe, expect, it } from 'vitest';
import { decodeEntities } from './entities';
import { findPageDate, htmlToText } from './html-text';

describe('htmlToText', () => {
  it('keeps the body text, one block per line', () => {
    const html = `<html><head><title>T</title><style>p{}</style></head><body>
      <nav><a href="#">World</a> <a>Europe</a></nav>
      <h1>Russian   losses</h1><p>Lost <b>790</b> tanks.<br>Next line</p>
      <script>var x = "<p>1,000 tanks</p>";</script><noscript>no</noscript>
      <template><p>hidden</p></template><!-- <p>comment</p> -->
      <ul><li>One</li><li>Two</li></ul></body></html>`;
    expect(htmlToText(html)).toBe(
      'World Europe\nRussian losses\nLost 790 tanks.\nNext line\nOne\nTwo',
    );
  });

  it('decodes entities and keeps NBSP inside numbers', () => {
    expect(htmlToText('<p>Ukraine&#x27;s 4&nbsp;000 &amp; 3 &lt; 5</p>')).toBe(
      "Ukraine's 4\u00a0000 & 3 < 5",
    );
  });

  it('survives unclosed markup without quadratic work', () => {
    expect(htmlToText('<p>a < b <script>never closed')).toBe('a < b');
    const text = htmlToText(`<p>${'< '.repeat(200_000)}x</p>`);
    expect(text.endsWith('< x')).toBe(true);
    expect(htmlToText(`${'<a'.repeat(100_000)}>tail`)).toBe('tail');
  });
});

describe('findPageDate', () => {
  it.each([
    ['<meta property="article:published_time" content="2022-04-19T09:00:00Z">', 'meta'],
    ['<meta content="2022-04-19" name="pubdate">', 'meta'],
    [
      '<script type="application/ld+json">{"datePublished": "2022-04-19T10:00"}</script>',
      'json-ld',
    ],
    ['<p>Published <time datetime="2022-04-19T09:00:00Z">April 19</time></p>', 'time'],
  ])('%s', (html, source) => {
    expect(findPageDate(html)).toEqual({ date: '2022-04-19', source });
  });

  it('prefers the article meta over a <time> element', () => {
    const html =
      '<time datetime="2020-01-01"></time><meta property="article:published_time" content="2022-04-19">';
    expect(findPageDate(html)?.date).toBe('2022-04-19');
  });

  it('gives undefined for a page without a date', () => {
    expect(findPageDate('<p>no date</p>')).toBeUndefined();
  });
});

describe('decodeEntities', () => {
  it.each([
    ['&amp;&lt;&gt;&quot;&#39;', '&<>"\''],
    ['&rsquo;&ndash;&nbsp;', '’–\u00a0'],
    ['&#x1F600;', '😀'],
    ['&unknown; &#0;', '&unknown; \ufffd'],
  ])('%s', (raw, decoded) => {
    expect(decodeEntities(raw)).toBe(decoded);
  });
});
