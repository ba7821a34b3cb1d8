import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/lib/chromium';
import { FIXTURES_DIR, type StaticServer, serveFolder } from '../../scripts/lib/static-server';
import {
  expectHighlights,
  FIGURE,
  readHighlights,
  TOOLTIP,
  tabIdOf,
  uiDate,
  waitForHighlights,
} from './helpers';

// The seed article (GUIDE §1) served on 127.0.0.1, in Debian's Chromium with the built extension.
let server: StaticServer;
let browser: ExtensionBrowser;
let articleUrl: string;
let original: { innerText: string; innerHTML: string };

beforeAll(async () => {
  server = await serveFolder(FIXTURES_DIR);
  articleUrl = `${server.origin}/seed-article.html`;
  // The reference: the same page in the same browser without the extension.
  const plain = await launchWithExtension({ extension: false });
  const page = await plain.context.newPage();
  await page.goto(articleUrl);
  original = await page.evaluate(() => ({
    innerText: document.body.innerText,
    innerHTML: document.body.innerHTML,
  }));
  await plain.close();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A tooltip row shows each of these (its claimant's value, date, method and flags). */
function expectRow(row: string | undefined, parts: string[]): void {
  expect(row).toBeDefined();
  for (const part of parts) expect(row, part).toContain(part);
}

async function openArticle(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(articleUrl);
  await waitForHighlights(page, 9);
  return page;
}

describe('seed article', () => {
  it('highlights every loss figure with metric, side and value', async () => {
    const page = await openArticle();
    const found = await readHighlights(page);
    const expected = [
      { text: '70%', metric: 'personnel_casualties', value: '70' },
      { text: '20,600 Russian personnel', metric: 'personnel_casualties', value: '20600' },
      { text: '790 tanks', metric: 'tanks', value: '790' },
      { text: '2,041 armored combat vehicles', metric: 'armored_vehicles', value: '2041' },
      { text: '167 aircraft', metric: 'aircraft', value: '167' },
      { text: '147 helicopters', metric: 'helicopters', value: '147' },
      { text: '1,351 men', metric: 'personnel_killed', value: '1351' },
      { text: '3,285 were wounded', metric: 'personnel_wounded', value: '3285' },
      { text: 'as high as 40,000', metric: 'personnel_casualties', value: '40000' },
    ];
    expectHighlights(found, expected);
    // Nothing in the "Most read" box or the byline is a loss figure.
    expect(found.some((h) => /2\.3%|Top 10|2022/.test(h.text))).toBe(false);
    await page.close();
  });

  it('leaves the text of the article exactly as it was', async () => {
    const page = await openArticle();
    expect(await page.evaluate(() => document.body.innerText)).toBe(original.innerText);
    await page.close();
  });

  it('shows the General Staff and Oryx for "790 tanks" on hover', async () => {
    const page = await openArticle();
    await page.locator(FIGURE, { hasText: '790 tanks' }).hover();
    const tooltip = page.locator(`${TOOLTIP} .cc-tooltip`);
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await page.$eval(TOOLTIP, (host) => host.shadowRoot?.mode)).toBe('open');
    const rows = await tooltip.locator('.cc-row').allInnerTexts();
    const generalStaff = rows.find((row) => row.includes('General Staff of Ukraine'));
    const april18 = await uiDate(browser, '2022-04-18');
    expectRow(generalStaff, ['790', april18, 'party claim', '✓ same']);
    const oryx = rows.find((row) => row.includes('Oryx'));
    expectRow(oryx, ['519', april18, 'visually confirmed', 'lower bound']);
    const links = await tooltip
      .locator('a')
      .evaluateAll((as) =>
        as.map((a) => ({ href: (a as HTMLAnchorElement).href, rel: a.getAttribute('rel') })),
      );
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const link of links) {
      expect(link.href).toMatch(/^https:\/\//);
      expect(link.rel).toBe('noopener noreferrer');
    }
    await page.close();
  });

  it('opens on keyboard focus: "3,285 were wounded" against the Russian MoD\'s 3,825, and Escape closes it', async () => {
    const page = await openArticle();
    let focused = '';
    for (let presses = 0; presses < 40 && !focused.includes('3,285'); presses++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    }
    expect(focused).toContain('3,285');
    const tooltip = page.locator(`${TOOLTIP} .cc-tooltip`);
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    const ministry = (await tooltip.locator('.cc-row').allInnerTexts()).find((row) =>
      row.includes('Russian Ministry of Defence'),
    );
    expectRow(ministry, [
      '3,825',
      await uiDate(browser, '2022-03-25'),
      'party claim',
      'digits swapped',
    ]);
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(label).toMatch(/^3,285 were wounded, Russian losses: \d+ sources?/);
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    await page.close();
  });
});

describe('popup and the per-site switch', () => {
  it('lists the figures of the tab and switches the site off and on, surviving a restart', async () => {
    const article = await openArticle();
    const tabId = await tabIdOf(browser, articleUrl);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('.cc-count').textContent()).toMatch(/^(9|1\d) figures/);
    expect(await popup.locator('.cc-figure').count()).toBeGreaterThanOrEqual(9);
    const site = new URL(articleUrl).host;
    const siteSwitch = popup.getByRole('switch', { name: new RegExp(site.replace(/\./g, '\\.')) });
    expect(await siteSwitch.isChecked()).toBe(true);

    await siteSwitch.click();
    await article.waitForFunction((s) => document.querySelectorAll(s).length === 0, FIGURE);
    expect(await article.evaluate(() => document.body.innerHTML)).toBe(original.innerHTML);
    await article.reload();
    await article.waitForTimeout(500);
    expect(await article.locator(FIGURE).count()).toBe(0);

    // The choice survives a browser restart (same profile, new browser process).
    await browser.close({ keepProfile: true });
    browser = await launchWithExtension({ profile: browser.profile });
    const again = await browser.context.newPage();
    await again.goto(articleUrl);
    const againTab = await tabIdOf(browser, articleUrl);
    expect(await again.locator(FIGURE).count()).toBe(0);

    const popupAgain = await browser.context.newPage();
    await popupAgain.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${againTab}`);
    const switchAgain = popupAgain.getByRole('switch', {
      name: new RegExp(site.replace(/\./g, '\\.')),
    });
    expect(await switchAgain.isChecked()).toBe(false);
    await switchAgain.click();
    await waitForHighlights(again, 9);
    expect(await again.evaluate(() => document.body.innerText)).toBe(original.innerText);
  });
});
