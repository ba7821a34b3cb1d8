import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/lib/chromium';
import { FIXTURES_DIR, type StaticServer, serveFolder } from '../../scripts/lib/static-server';
import { FIGURE, readHighlights, tabIdOf, tabSummary, waitForHighlights } from './helpers';

let shared: StaticServer;
let own: StaticServer;
let browser: ExtensionBrowser;
const requests: string[] = [];

beforeAll(async () => {
  shared = await serveFolder(FIXTURES_DIR);
  own = await serveFolder(resolve(import.meta.dirname, 'fixtures'));
  browser = await launchWithExtension();
  browser.context.on('request', (request) => requests.push(request.url()));
});

afterAll(async () => {
  await browser?.close();
  await shared?.close();
  await own?.close();
});

const summaryOf = (tabId: number) => tabSummary(browser, tabId);

describe('privacy', () => {
  it('makes no network request of its own while annotating, hovering and using the popup', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${shared.origin}/seed-article.html`);
    await waitForHighlights(page, 9);
    await page.locator(FIGURE).first().hover();
    const tabId = await tabIdOf(browser, `${shared.origin}/seed-article.html`);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('.cc-count').waitFor();
    const foreign = requests.filter(
      (url) =>
        !url.startsWith(shared.origin) &&
        !url.startsWith(`chrome-extension://${browser.extensionId}/`),
    );
    expect(foreign).toEqual([]);
    // The only page request is the article itself: nothing fetched on our behalf.
    expect(requests.filter((url) => url.startsWith(shared.origin))).toEqual([
      `${shared.origin}/seed-article.html`,
    ]);
    // The service worker's own fetches would show up in its resource timing.
    const workerFetches = await browser.serviceWorker?.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name),
    );
    expect(workerFetches).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('single-page sites', () => {
  it('starts a fresh summary and re-annotates after a history-API navigation', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${own.origin}/spa.html`);
    await waitForHighlights(page, 2);
    const tabId = await tabIdOf(browser, `${own.origin}/spa.html`);
    expect((await summaryOf(tabId))?.figures.map((f) => f.text)).toEqual([
      '790 tanks',
      '147 helicopters',
    ]);

    await page.click('#next');
    await page.waitForFunction(
      () => document.querySelector('[data-crosscount="figure"]')?.textContent === '167 aircraft',
    );
    expect((await readHighlights(page)).map((h) => h.text)).toEqual(['167 aircraft']);
    await expect
      .poll(async () => summaryOf(tabId))
      .toMatchObject({
        url: `${own.origin}/spa.html?story=2`,
        figures: [{ text: '167 aircraft' }],
      });
    await page.close();
  });
});
