import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ExtensionBrowser } from './chromium';
import { densePageHtml } from './dense-page';
import { serveFolder } from './static-server';

const E2E_FIXTURES = resolve(import.meta.dirname, '../../tests/e2e/fixtures');

/**
 * Issue 15's screenshots: the tooltip of "About 250,000 Russian soldiers have been killed"
 * (1 June 2025: thirteen estimates over two measures) at 1280×800 in light and dark, and the
 * popup of a 60-figure page, as it opens and with the disagreement filter on.
 */
export async function denseScreenshots(browser: ExtensionBrowser, out: string): Promise<void> {
  const own = await serveFolder(E2E_FIXTURES);
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme });
    await page.goto(`${own.origin}/dense-2025.html`);
    await page.waitForSelector('[data-crosscount="figure"][aria-label*="source"]');
    await page.locator('[data-crosscount="figure"]').first().hover();
    // Let the pointer's hover settle before the picture; the card has no animation.
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${out}/tooltip-dense-${colorScheme}.png` });
    await page.close();
  }
  await own.close();

  const dir = await mkdtemp(join(tmpdir(), 'crosscount-shots-'));
  await writeFile(join(dir, 'dense.html'), densePageHtml());
  const server = await serveFolder(dir);
  const url = `${server.origin}/dense.html`;
  const article = await browser.context.newPage();
  await article.goto(url);
  await article.waitForFunction(
    () =>
      document.querySelectorAll('[data-crosscount="figure"][aria-label*="source"]').length >= 60,
  );
  const tabId = await browser.serviceWorker?.evaluate(async (pageUrl) => {
    type SessionApi = { storage: { session: { get(keys: null): Promise<object> } } };
    const all = await (globalThis as unknown as { chrome: SessionApi }).chrome.storage.session.get(
      null,
    );
    const entry = Object.entries(all).find(([, v]) => (v as { url?: string })?.url === pageUrl);
    return entry ? Number(entry[0].replace('tab-summary-', '')) : undefined;
  }, url);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('.cc-filter');
  await popup.waitForTimeout(400);
  await popup.screenshot({ path: `${out}/popup-dense.png` });
  await popup.locator('.cc-filter input').check();
  await popup.waitForTimeout(400);
  await popup.screenshot({ path: `${out}/popup-dense-filtered.png` });
  await Promise.all([popup.close(), article.close()]);
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
