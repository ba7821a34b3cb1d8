import type { BrowserContext, Page } from 'playwright-core';
import { TANKS_QUERY } from '../../src/claims/testing/comparisons';
import type { ExtensionBrowser } from '../lib/chromium';
import { median } from './stats';
import { type TaskStats, tasksDuring } from './trace';

const FIGURE = '[data-crosscount="figure"]';

/** An extension page in a tab: it can write settings and talk to the service worker. */
export async function openExtensionPage(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  return page;
}

/** Switches Crosscount on or off for one site (the per-site switch, written as the popup does). */
export async function setSite(
  extensionPage: Page,
  siteKey: string,
  enabled: boolean,
): Promise<void> {
  await extensionPage.evaluate(
    async ([key, on]) => {
      type SyncApi = { storage: { sync: { set(items: object): Promise<void> } } };
      const settings = {
        version: 2,
        mode: 'everywhere',
        sites: { [key as string]: on },
        highlightStyle: 'underline',
        theme: 'system',
        hiddenClaimantKinds: [],
      };
      await (globalThis as unknown as { chrome: SyncApi }).chrome.storage.sync.set({ settings });
    },
    [siteKey, enabled] as const,
  );
}

/** Installs, before any page script, a record of when highlights appear. */
async function watchHighlights(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = { first: 0, last: 0, count: 0 };
    (globalThis as unknown as { ccWatch: typeof record }).ccWatch = record;
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        for (const node of mutation.addedNodes) {
          if ((node as Element).getAttribute?.('data-crosscount') !== 'figure') continue;
          const now = performance.now();
          record.first ||= now;
          record.last = now;
          record.count += 1;
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

/** Waits until the page has highlights, all matched, and no new one for `quietMs`. */
async function waitForSettledHighlights(page: Page, quietMs = 1_000): Promise<number> {
  let count = -1;
  let stableSince = Date.now();
  for (;;) {
    const now = await page.evaluate((selector) => {
      const all = [...document.querySelectorAll(selector)];
      // The same test as tests/e2e/helpers.ts: a comparison has arrived for every highlight.
      const pending = all.some((el) =>
        (el.getAttribute('aria-label') ?? '').includes('looking up'),
      );
      return pending ? -1 : all.length;
    }, FIGURE);
    if (now !== count || now <= 0) stableSince = Date.now();
    count = now;
    if (count > 0 && Date.now() - stableSince >= quietMs) return count;
    await page.waitForTimeout(100);
  }
}

/** Time from DOMContentLoaded to the first highlight on the seed article, over `runs` loads. */
export async function firstHighlight(context: BrowserContext, url: string, runs: number) {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage();
    await watchHighlights(page);
    await page.goto(url);
    await page.waitForFunction(
      () => (globalThis as unknown as { ccWatch: { first: number } }).ccWatch.first > 0,
    );
    samples.push(
      await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const { first } = (globalThis as unknown as { ccWatch: { first: number } }).ccWatch;
        return first - nav.domContentLoadedEventStart;
      }),
    );
    await page.close();
  }
  return { median: median(samples), max: Math.max(...samples), samples };
}

export interface ScanRound {
  figures: number;
  /** Every task of the page's main thread from switching the site on until the scan settled. */
  tasks: TaskStats;
  /** From switching the site on to the last highlight. */
  scanMs: number;
  /** Retained JS heap growth (after a full GC) of the page's isolate, content script included. */
  heapGrowthMb: number;
}

/**
 * Loads the live blog with the site switched off, lets it settle, then switches the site on: the
 * content script scans an otherwise idle page, so every long task observed is ours (the scan and
 * the style and layout work its insertions cause), not the page's own loading.
 */
export async function scanLiveBlog(
  context: BrowserContext,
  extensionPage: Page,
  url: string,
  siteKey: string,
): Promise<ScanRound> {
  await setSite(extensionPage, siteKey, false);
  const page = await context.newPage();
  await watchHighlights(page);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1_000);
  const cdp = await context.newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const before = await heap();
  await page.evaluate(() => {
    (globalThis as unknown as { ccStart: number }).ccStart = performance.now();
  });
  let figures = 0;
  const tasks = await tasksDuring(cdp, new URL(url).pathname, async () => {
    await setSite(extensionPage, siteKey, true);
    figures = await waitForSettledHighlights(page);
  });
  const scanMs = await page.evaluate(() => {
    const g = globalThis as unknown as { ccStart: number; ccWatch: { last: number } };
    return g.ccWatch.last - g.ccStart;
  });
  const after = await heap();
  await cdp.detach();
  await page.close();
  return {
    figures,
    tasks,
    scanMs,
    heapGrowthMb: (after - before) / 1e6,
  };
}

export interface UpdateRound {
  /** From a live update's insertion to its figures' highlight, per update. */
  latencies: number[];
  tasks: TaskStats;
}

/**
 * A live blog being updated: with the site on and the first scan settled, ten new loss
 * paragraphs are appended 200 ms apart, the way a live blog pushes its updates.
 */
export async function liveUpdates(context: BrowserContext, url: string, paragraph: string) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await waitForSettledHighlights(page);
  const cdp = await context.newCDPSession(page);
  let latencies: number[] = [];
  const tasks = await tasksDuring(cdp, new URL(url).pathname, async () => {
    latencies = await page.evaluate(async (text) => {
      const main = document.querySelector('main') as HTMLElement;
      const waits: Promise<number>[] = [];
      for (let i = 0; i < 10; i++) {
        const entry = document.createElement('article');
        entry.innerHTML = `<h3><time>update ${i}</time></h3><p>${text}</p>`;
        const added = performance.now();
        main.prepend(entry);
        // (No named functions in here: tsx would wrap them in a helper the page doesn't have.)
        waits.push(
          new Promise((resolve) => {
            const timer = setInterval(() => {
              if (!entry.querySelector('[data-crosscount="figure"]')) return;
              clearInterval(timer);
              resolve(performance.now() - added);
            }, 2);
          }),
        );
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      return Promise.all(waits);
    }, paragraph);
  });
  await cdp.detach();
  await page.close();
  return { latencies, tasks } satisfies UpdateRound;
}

/**
 * Service-worker cold start: the worker is stopped (DevTools protocol), then an extension page
 * asks it to match one figure; the time to the answer includes starting the worker and loading
 * the claims database. The same request to the running worker is the warm reference.
 */
export async function coldStart(context: BrowserContext, extensionPage: Page, runs: number) {
  const cdp = await context.newCDPSession(extensionPage);
  await cdp.send('ServiceWorker.enable');
  const ask = () =>
    extensionPage.evaluate(async (query) => {
      type RuntimeApi = { runtime: { sendMessage(message: object): Promise<unknown> } };
      const started = performance.now();
      await (globalThis as unknown as { chrome: RuntimeApi }).chrome.runtime.sendMessage({
        type: 'match-figures',
        figures: [{ id: 0, text: '790 tanks', query }],
      });
      return performance.now() - started;
    }, TANKS_QUERY);
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await extensionPage.waitForTimeout(300);
    cold.push(await ask());
    warm.push(await ask());
  }
  await cdp.detach();
  return { cold: median(cold), coldMax: Math.max(...cold), warm: median(warm), samples: cold };
}
