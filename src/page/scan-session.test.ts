// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { detectFigures } from '../detect';
import { type Highlight, unwrapHighlights } from './highlighter';
import { IdleScheduler, windowHost } from './idle-scheduler';
import { ScanSession } from './scan-session';

const PAGE =
  '<main id="blog"><article><p>Russian losses included 790 tanks and 147 helicopters, ' +
  "according to Ukraine's Ministry of Defence.</p></article></main>";
const UPDATES = [
  "Ukraine's General Staff said Russia had lost 167 aircraft.",
  'Russia claimed it had lost 1,351 men, while another 3,285 were wounded.',
  'The number of Russian casualties could be as high as 40,000, according to NATO officials.',
];

let controller: AbortController;

/** A session on the current document, recording what it wraps and what it sends to match. */
function startSession(
  scheduler = new IdleScheduler(windowHost(window as unknown as Window & typeof globalThis)),
) {
  controller = new AbortController();
  const wrapped: Highlight[] = [];
  const sent: Highlight[][] = [];
  const session = new ScanSession(
    {
      doc: document,
      scheduler,
      detect: detectFigures,
      detectOptions: { pageDate: '2022-04-19', lang: 'en' },
      onWrapped: (made) => wrapped.push(...made),
      match: async (chunk) => {
        sent.push(chunk);
      },
    },
    controller.signal,
  );
  return { session, wrapped, sent };
}

async function waitFor(condition: () => boolean, ms = 3_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const figures = () =>
  [...document.querySelectorAll('[data-crosscount="figure"]')].map((f) => f.textContent);

afterEach(() => controller?.abort());

describe('ScanSession', () => {
  it('highlights new paragraphs of a live page once each, and sends them in page order', async () => {
    document.body.innerHTML = PAGE;
    const { session, wrapped, sent } = startSession();
    await session.start();
    expect(figures()).toEqual(['790 tanks', '147 helicopters']);
    const blog = document.getElementById('blog') as HTMLElement;
    let expectedText = blog.textContent;
    for (const update of UPDATES) {
      const article = document.createElement('article');
      article.innerHTML = `<p>${update}</p>`;
      blog.append(article);
      expectedText = blog.textContent;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await waitFor(() => figures().length === 6);
    // Nothing more comes: every figure is highlighted exactly once.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(figures()).toEqual([
      '790 tanks',
      '147 helicopters',
      '167 aircraft',
      '1,351 men',
      '3,285 were wounded',
      'as high as 40,000',
    ]);
    expect(new Set(wrapped.map((h) => h.id)).size).toBe(wrapped.length);
    expect(blog.textContent).toBe(expectedText);
    const sentIds = sent.flat().map((h) => h.id);
    expect(sentIds).toEqual([...sentIds].sort((a, b) => a - b));
    expect(sentIds).toHaveLength(wrapped.length);
  });

  it("finds a page's first figures without waiting for idle time, on a page that is never idle", async () => {
    document.body.innerHTML = PAGE;
    const host = windowHost(window as unknown as Window & typeof globalThis);
    // No idle period ever comes, and the slice run at once has no time for any reading at all.
    const neverIdle = { ...host, requestIdleCallback: () => 0, cancelIdleCallback: () => {} };
    const { session } = startSession(new IdleScheduler(neverIdle, { frameMs: 0 }));
    void session.start();
    await waitFor(() => figures().length === 2, 1_000);
    expect(figures()).toEqual(['790 tanks', '147 helicopters']);
  });

  it('rescans a paragraph whose text changed without highlighting its figures twice', async () => {
    document.body.innerHTML = PAGE;
    const { session, wrapped } = startSession();
    await session.start();
    const paragraph = document.querySelector('#blog p') as HTMLElement;
    paragraph.append(' It also lost 30 armored vehicles.');
    await waitFor(() => figures().length === 3);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(figures()).toEqual(['790 tanks', '147 helicopters', '30 armored vehicles']);
    expect(wrapped).toHaveLength(3);
  });

  it('highlights an article replaced in place, and a page replaced wholesale, exactly once', async () => {
    document.body.innerHTML = PAGE;
    const { session } = startSession();
    await session.start();
    const blog = document.getElementById('blog') as HTMLElement;
    blog.innerHTML = `<article><p>${UPDATES[0]}</p></article>`;
    await waitFor(() => figures().length === 1);
    expect(figures()).toEqual(['167 aircraft']);
    // More new blocks than a batch may hold: one full rescan, which skips what is highlighted.
    blog.insertAdjacentHTML('beforeend', `<p>${UPDATES[1]}</p>`.repeat(120));
    await waitFor(() => figures().length === 241);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(figures()).toHaveLength(241);
    expect(figures()[0]).toBe('167 aircraft');
  });

  it('stops watching when its signal aborts, and unwrapping restores the page exactly', async () => {
    document.body.innerHTML = PAGE;
    const { session, wrapped } = startSession();
    await session.start();
    const blog = document.getElementById('blog') as HTMLElement;
    blog.insertAdjacentHTML('afterbegin', `<article><p>${UPDATES[2]}</p></article>`);
    await waitFor(() => figures().length === 3);
    const before = blog.innerHTML.replace(/<\/?span[^>]*>/g, '');
    controller.abort();
    blog.insertAdjacentHTML('beforeend', `<p>${UPDATES[0]}</p>`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(figures()).toHaveLength(3);
    unwrapHighlights(wrapped);
    expect(blog.innerHTML).toBe(`${before}<p>${UPDATES[0]}</p>`);
    expect(blog.querySelectorAll('p')[1]?.childNodes).toHaveLength(1);
  });
});
