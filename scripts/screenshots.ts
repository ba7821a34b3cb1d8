/**
 * `npm run screenshots`: (after `wxt build`) takes the README's screenshots in real Chromium —
 * the tooltip of "790 tanks" on the seed article, the popup for that tab and the options page —
 * in light and dark; then the dense tooltip (a mid-2025 figure with thirteen estimates) in light
 * and dark, and the popup of a 60-figure page, whole and filtered (issue 15); and the store
 * listing's two screenshots at the stores' 1280×800 (docs/STORE.md). `-- --store` takes the
 * store's alone.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './lib/chromium';
import { denseScreenshots } from './lib/dense-screenshots';
import { FIXTURES_DIR, serveFolder } from './lib/static-server';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');
mkdirSync(OUT, { recursive: true });

const server = await serveFolder(FIXTURES_DIR);
const browser = await launchWithExtension();
const articleUrl = `${server.origin}/seed-article.html`;

/** The newest tab showing the article (a closed tab's summary may linger for a moment). */
async function articleTabId(): Promise<number | undefined> {
  const all = await browser.serviceWorker?.evaluate(async () => {
    type SessionApi = { storage: { session: { get(keys: null): Promise<object> } } };
    return (globalThis as unknown as { chrome: SessionApi }).chrome.storage.session.get(null);
  });
  return Object.entries(all ?? {})
    .filter(
      ([key, v]) => key.startsWith('tab-summary-') && (v as { url?: string }).url === articleUrl,
    )
    .map(([key]) => Number(key.replace('tab-summary-', '')))
    .sort((a, b) => b - a)[0];
}

const storeOnly = process.argv.includes('--store');
for (const colorScheme of storeOnly ? [] : (['light', 'dark'] as const)) {
  const page = await browser.context.newPage();
  // Tall enough for the tooltip to open below "790 tanks" without scrolling.
  await page.setViewportSize({ width: 1100, height: 1000 });
  await page.emulateMedia({ colorScheme });
  await page.goto(articleUrl);
  await page.waitForSelector('[data-crosscount="figure"][aria-label*="source"]');
  const figure = page.locator('[data-crosscount="figure"]', { hasText: '790 tanks' });
  await figure.hover();
  await page.waitForTimeout(400);
  const figureBox = await figure.boundingBox();
  const tooltipBox = await page.locator('[data-crosscount="tooltip"] .cc-tooltip').boundingBox();
  const top = Math.max(0, Math.min(figureBox?.y ?? 0, tooltipBox?.y ?? 0) - 100);
  const bottom = Math.max(
    (figureBox?.y ?? 0) + (figureBox?.height ?? 0),
    (tooltipBox?.y ?? 0) + (tooltipBox?.height ?? 0),
  );
  await page.screenshot({
    path: `${OUT}/tooltip-${colorScheme}.png`,
    clip: { x: 0, y: top, width: 1100, height: bottom + 24 - top },
  });

  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 700 });
  await popup.emulateMedia({ colorScheme });
  await popup.goto(
    `chrome-extension://${browser.extensionId}/popup.html?tab=${await articleTabId()}`,
  );
  await popup.waitForSelector('.cc-count');
  await popup.screenshot({ path: `${OUT}/popup-${colorScheme}.png`, fullPage: true });
  await popup.close();

  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 820, height: 900 });
  await options.emulateMedia({ colorScheme });
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.waitForSelector('h1');
  await options.screenshot({ path: `${OUT}/options-${colorScheme}.png`, fullPage: true });
  await options.close();
  await page.close();
}
if (!storeOnly) await denseScreenshots(browser, OUT);
await storeScreenshots();
await browser.close();
await server.close();
console.log(`screenshots written to ${OUT}`);

/** The stores' size (Chrome Web Store: 1280×800 or 640×400; addons.mozilla.org takes it too). */
async function storeScreenshots(): Promise<void> {
  const size = { width: 1280, height: 800 };
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await page.goto(articleUrl);
  await page.waitForSelector('[data-crosscount="figure"][aria-label*="source"]');
  const figure = page.locator('[data-crosscount="figure"]', { hasText: '790 tanks' });
  // "790 tanks" a third of the way down, so the tooltip below it fits in the frame.
  await figure.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 260));
  await figure.hover();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${OUT}/store-tooltip.png` });
  const popup = await browser.context.newPage();
  await popup.setViewportSize(size);
  await popup.goto(
    `chrome-extension://${browser.extensionId}/popup.html?tab=${await articleTabId()}`,
  );
  await popup.waitForSelector('.cc-count');
  await popup.screenshot({ path: `${OUT}/store-popup.png` });
  await popup.close();
  await page.close();
}
