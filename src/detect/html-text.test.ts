import { describe, expect, it } from 'vitest';
import { decodeEntities } from './entities';
import { findPageDate, htmlToText } from './html-text';

describe('htmlToText', () => {
  it('keeps the text nodes as the content script does: no collapsing, a newline between blocks', () => {
    const html = `<html><head><title>T</title><style>p{}</style></head><body>
<nav><a href="#">World</a> <a>Europe</a></nav><h1>Russian   losses</h1><p>Lost <b>790</b>
tanks.<br>Next line</p><script>var x = "<p>1,000 tanks</p>";</script><noscript>no</noscript>
<template><p>hidden</p></template><!-- <p>comment</p> --><ul><li>One<li>Two</ul></body></html>`;
    expect(htmlToText(html)).toBe(
      ' \nWorld Europe\nRussian   losses\nLost 790 tanks.Next line\n \nOne\nTwo',
    );
  });

  it('skips form fields, editable areas, SVG, MathML and our own UI, but not hidden elements', () => {
    const html =
      '<body><p>a<textarea>b</textarea><select><option>c</select><input value="d">' +
      '<span contenteditable>e</span><span contenteditable="false">f</span>' +
      '<svg><text>g</text><rect/></svg><span data-crosscount="tooltip">h</span>' +
      '<span hidden>i</span><span contenteditable="plain">j</span><math><mi>k</mi></math>' +
      '<span data-crosscount="figure">l</span><button>m</button></p></body>';
    expect(htmlToText(html)).toBe('afil');
  });

  it('closes paragraphs, list items and cells where the HTML parser does', () => {
    const html =
      '<body><p>one<div>two</div>three<p>four<table><tr><td>five<td>six<tr><td>seven</table>';
    expect(htmlToText(html)).toBe('one\ntwo\nthree\nfour\nfive\nsix\nseven');
  });

  it('decodes entities and keeps NBSP inside numbers; CR LF is one character, as in the DOM', () => {
    expect(htmlToText('<p>Ukraine&#x27;s 4&nbsp;000 &amp; 3 &lt; 5\r\nx</p>')).toBe(
      "Ukraine's 4\u00a0000 & 3 < 5 x",
    );
  });

  it('reads a quoted ">" as part of an attribute, and a stray quote as a character', () => {
    expect(htmlToText('<body><a title="a > b">x</a><a title="" it\'s="">y</a>')).toBe('xy');
  });

  it('survives unclosed markup without quadratic work', () => {
    expect(htmlToText('<p>a < b <script>never closed')).toBe('a < b ');
    const text = htmlToText(`<p>${'< '.repeat(200_000)}x</p>`);
    expect(text.endsWith('< x')).toBe(true);
    expect(htmlToText(`${'<a'.repeat(100_000)}>tail`)).toBe('tail');
    expect(htmlToText(`<body>${'<a title="x'.repeat(50_000)}>tail`).endsWith('tail')).toBe(true);
    expect(htmlToText(`<body>${'<div>'.repeat(100_000)}deep${'</span>'.repeat(100_000)}`)).toBe(
      'deep',
    );
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
