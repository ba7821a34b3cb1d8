import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { bigPageHtml } from '../lib/big-page';
import type { ExtensionBrowser } from '../lib/chromium';
import { median } from './stats';

/** Issue 17's page: 3,000 updates of four figures. */
const UPDATES = 3_000;
const FIGURE = '[data-crosscount="figure"]';

/** Medians and the worst of a series of timings, in ms. */
export interface Timing {
  median: number;
  max: number;
  samples: number[];
}

/** What issue 17 asks to measure: session storage in use and how fast the big page's popup opens. */
export interface BigPageResults {
  figures: number;
  seedFigures: number;
  /** Figures the big page's popup lists (the per-tab cap). */
  listed: number;
  /** `storage.session.getBytesInUse(null)` with both tabs open, as Chrome counts its quota. */
  sessionBytes: number;
  /** The stored records' own JSON, per listed figure. */
  recordBytes: number;
  /** The worker's JS heap (performance.memory, not after a GC) before and after, when exposed. */
  workerHeapMb: { before: number; after: number } | null;
  /** Popup opened as a page: navigation start → the count and first figures rendered. */
  popupBig: Timing;
  popupSeed: Timing;
  /** Navigation start → the first spread chart (comparisons recomputed by the worker). */
  popupBigDetails: Timing;
  screenshot: string;
}

const worker = (browser: ExtensionBrowser) => {
  if (!browser.serviceWorker) throw new Error('no extension loaded');
  return browser.serviceWorker;
};

async function workerHeapMb(browser: ExtensionBrowser): Promise<number | null> {
  const bytes = await worker(browser).evaluate(
    () =>
      (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize,
  );
  return bytes === undefined ? null : bytes / 2 ** 20;
}

/** The tab id whose summary has this url (the background's header items in storage.session). */
async function tabIdOf(browser: ExtensionBrowser, url: string): Promise<number> {
  for (;;) {
    const id = await worker(browser).evaluate(async (pageUrl) => {
      type Api = { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } };
      const all = await (globalThis as unknown as { chrome: Api }).chrome.storage.session.get(null);
      const entry = Object.entries(all).find(([, v]) => (v as { url?: string })?.url === pageUrl);
      return entry ? Number(entry[0].replace('tab-summary-', '')) : null;
    }, url);
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Session bytes in use, and the records' JSON bytes and count. */
function storageUse(browser: ExtensionBrowser) {
  return worker(browser).evaluate(async () => {
    type Api = {
      storage: {
        session: {
          get(k: null): Promise<Record<string, unknown>>;
          getBytesInUse(k: null): Promise<number>;
        };
      };
    };
    const { session } = (globalThis as unknown as { chrome: Api }).chrome.storage;
    const all = await session.get(null);
    let json = 0;
    let records = 0;
    for (const [key, value] of Object.entries(all)) {
      if (!key.startsWith('tab-figures-')) continue;
      json += new TextEncoder().encode(value as string).length;
      records += (JSON.parse(value as string) as unknown[]).length;
    }
    return { inUse: await session.getBytesInUse(null), json, records };
  });
}

/** Opens the popup of a tab `runs` times; when each reached `selector`, from navigation start. */
async function popupTimes(
  browser: ExtensionBrowser,
  tabId: number,
  selector: string,
  runs: number,
) {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`, {
      waitUntil: 'commit',
    });
    // Polled every animation frame: the time is that of the first frame showing it.
    const handle = await popup.waitForFunction(
      (s) => (document.querySelector(s) ? performance.now() : 0),
      selector,
      { polling: 'raf', timeout: 30_000 },
    );
    samples.push((await handle.jsonValue()) as number);
    await popup.close();
  }
  return { median: median(samples), max: Math.max(...samples), samples };
}

async function waitForAll(page: Page, count: number): Promise<number> {
  try {
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-crosscount="figure"]').length >= n,
      count,
      { timeout: 180_000, polling: 1_000 },
    );
  } catch (error) {
    // One bench run of three once waited here for ten minutes with nothing highlighted: say
    // what the page looked like, so that a next time tells us why.
    throw new Error(
      `${page.url()}: not all ${count} figures highlighted; ${await pageState(page)}`,
      {
        cause: error,
      },
    );
  }
  return page.locator(FIGURE).count();
}

/** What a page that stopped highlighting looks like: its highlights, visibility and frames. */
function pageState(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const frame = await Promise.race([
      new Promise((resolve) => requestAnimationFrame(() => resolve('frames run'))),
      new Promise((resolve) => setTimeout(() => resolve('no frame within 1 s'), 1_000)),
    ]);
    const highlights = document.querySelectorAll('[data-crosscount="figure"]').length;
    return `${highlights} highlighted, ${document.readyState}, ${document.visibilityState}, ${frame}`;
  });
}

/**
 * Issue 17 in real Chromium: the seed article and a 12,000-figure live blog open side by side;
 * the session storage both take, and how fast each popup opens (9 times each, medians). Writes
 * the big page into `dir` (served at `origin`) and a screenshot of its popup to `screenshot`.
 */
export async function measureBigPage(
  browser: ExtensionBrowser,
  dir: string,
  origin: string,
  screenshot: string,
  runs = 9,
): Promise<BigPageResults> {
  await writeFile(join(dir, 'big-page.html'), bigPageHtml(UPDATES));
  const heapBefore = await workerHeapMb(browser);
  const seed = await browser.context.newPage();
  await seed.goto(`${origin}/seed-article.html`);
  const big = await browser.context.newPage();
  await big.goto(`${origin}/big-page.html`);
  const figures = await waitForAll(big, UPDATES * 4);
  const seedFigures = await waitForAll(seed, 9);
  const bigTab = await tabIdOf(browser, `${origin}/big-page.html`);
  const seedTab = await tabIdOf(browser, `${origin}/seed-article.html`);
  // Every chunk's answer stored: the records stop changing.
  let use = await storageUse(browser);
  for (let last = -1; use.records !== last; use = await storageUse(browser)) {
    last = use.records;
    await new Promise((r) => setTimeout(r, 1_000));
  }
  const heapAfter = await workerHeapMb(browser);
  const popupBig = await popupTimes(browser, bigTab, '.cc-figure', runs);
  const popupBigDetails = await popupTimes(browser, bigTab, '.cc-spread', runs);
  const popupSeed = await popupTimes(browser, seedTab, '.cc-figure', runs);
  const shot = await browser.context.newPage();
  await shot.setViewportSize({ width: 420, height: 600 });
  await shot.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${bigTab}`);
  await shot.locator('.cc-spread').first().waitFor();
  await shot.screenshot({ path: screenshot });
  const listed = await shot.evaluate(() => {
    const text = document.querySelector('.cc-count')?.textContent ?? '';
    return Number((/first ([\d,]+)/.exec(text)?.[1] ?? '0').replace(/,/g, ''));
  });
  await Promise.all([seed.close(), big.close(), shot.close()]);
  return {
    figures,
    seedFigures,
    listed,
    sessionBytes: use.inUse,
    recordBytes: use.records > 0 ? use.json / use.records : 0,
    workerHeapMb:
      heapBefore === null || heapAfter === null ? null : { before: heapBefore, after: heapAfter },
    popupBig,
    popupSeed,
    popupBigDetails,
    screenshot,
  };
}
