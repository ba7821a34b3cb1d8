import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/lib/chromium';
import { FIXTURES_DIR, type StaticServer, serveFolder } from '../../scripts/lib/static-server';
import { FIGURE, tabIdOf, waitForHighlights } from './helpers';

let server: StaticServer;
let browser: ExtensionBrowser;
let articleUrl: string;
let originalHtml: string;

beforeAll(async () => {
  server = await serveFolder(FIXTURES_DIR);
  articleUrl = `${server.origin}/seed-article.html`;
  const plain = await launchWithExtension({ extension: false });
  const page = await plain.context.newPage();
  await page.goto(articleUrl);
  originalHtml = await page.evaluate(() => document.body.innerHTML);
  await plain.close();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Runs in the service worker: chrome.storage.sync.set(items). */
async function writeSyncStorage(items: Record<string, unknown>): Promise<void> {
  await browser.serviceWorker?.evaluate(async (values) => {
    type SyncApi = { storage: { sync: { set(items: object): Promise<void> } } };
    await (globalThis as unknown as { chrome: SyncApi }).chrome.storage.sync.set(values);
  }, items);
}

async function openPopupFor(page: Page): Promise<Page> {
  const tabId = await tabIdOf(browser, page.url());
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

describe('per-site switch', () => {
  it('switching a site off in the popup unwraps every tab of that site, and a page of a site that is off is never modified', async () => {
    const first = await browser.context.newPage();
    await first.goto(articleUrl);
    const second = await browser.context.newPage();
    await second.goto(`${articleUrl}?second-tab`);
    await waitForHighlights(first, 9);
    await waitForHighlights(second, 9);

    const popup = await openPopupFor(first);
    await popup.getByRole('switch').click();
    for (const page of [first, second]) {
      await page.waitForFunction((s) => document.querySelectorAll(s).length === 0, FIGURE);
      expect(await page.evaluate(() => document.body.innerHTML)).toBe(originalHtml);
    }
    const third = await browser.context.newPage();
    await third.goto(articleUrl);
    await third.waitForTimeout(800);
    expect(await third.evaluate(() => document.body.innerHTML)).toBe(originalHtml);

    await popup.getByRole('switch').click();
    await waitForHighlights(first, 9);
    await Promise.all([first, second, third, popup].map((page) => page.close()));
  });
});

describe('corrupted storage', () => {
  it.each([
    ['a string', 'garbage'],
    ['wrong types', { version: 2, mode: 17, sites: ['not', 'a', 'map'], theme: { x: 1 } }],
    ['a future version', { version: 99, mode: 'sometimes' }],
  ])(
    'keeps working with %s stored as settings: defaults are used and the popup works',
    async (_, garbage) => {
      await writeSyncStorage({ settings: garbage });
      const page = await browser.context.newPage();
      await page.goto(articleUrl);
      await waitForHighlights(page, 9);
      const popup = await openPopupFor(page);
      await expect
        .poll(() => popup.locator('.cc-count').textContent())
        .toMatch(/figures on this page/);
      expect(await popup.getByRole('switch').isChecked()).toBe(true);
      await Promise.all([page.close(), popup.close()]);
    },
  );
});
