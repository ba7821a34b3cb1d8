import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/lib/chromium';
import { type StaticServer, serveFolder } from '../../scripts/lib/static-server';
import { FIGURE, readHighlights, TOOLTIP, uiDate, waitForHighlights } from './helpers';

// A Ukrainian page (<html lang="uk">) quoting the General Staff's list and a Russian MoD claim
// (tests/e2e/fixtures/uk-article.html), in Debian's Chromium with the built extension.
let own: StaticServer;
let browser: ExtensionBrowser;
let url: string;

beforeAll(async () => {
  own = await serveFolder(resolve(import.meta.dirname, 'fixtures'));
  url = `${own.origin}/uk-article.html`;
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await own?.close();
});

async function openArticle(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await waitForHighlights(page, 8);
  return page;
}

describe('a Ukrainian page', () => {
  it('highlights the list lines, their increases and the Russian claim, and nothing else', async () => {
    const page = await openArticle();
    const found = await readHighlights(page);
    expect(found.map((h) => [h.text, h.metric, h.side, h.value])).toEqual([
      ['особового складу ‒ близько 20\u00a0600', 'personnel_casualties', 'russia', '20600'],
      ['+200', 'personnel_casualties', 'russia', '200'],
      ['танків ‒ 790', 'tanks', 'russia', '790'],
      ['+17', 'tanks', 'russia', '17'],
      ['бойових броньованих машин ‒ 2041', 'armored_vehicles', 'russia', '2041'],
      ['+19', 'armored_vehicles', 'russia', '19'],
      ['142 самолета', 'aircraft', 'ukraine', '142'],
      [
        '2337 танков и других боевых бронированных машин',
        'tanks_and_armored_vehicles',
        'ukraine',
        '2337',
      ],
    ]);
    await page.close();
  });

  it('compares "танків ‒ 790" with the General Staff and Oryx for 18 April', async () => {
    const page = await openArticle();
    await page.locator(FIGURE, { hasText: 'танків ‒ 790' }).hover();
    const tooltip = page.locator(`${TOOLTIP} .cc-tooltip`);
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    const rows = await tooltip.locator('.cc-row').allInnerTexts();
    const april18 = await uiDate(browser, '2022-04-18');
    const generalStaff = rows.find((row) => row.includes('General Staff of Ukraine'));
    expect(generalStaff).toContain('790');
    expect(generalStaff).toContain(april18);
    expect(rows.find((row) => row.includes('Oryx'))).toContain('519');
    await page.close();
  });

  it('leaves the text exactly as it was', async () => {
    const plain = await launchWithExtension({ extension: false });
    const reference = await plain.context.newPage();
    await reference.goto(url);
    // biome-ignore lint/performance/useDomNodeTextContent: the contract is about the rendered text
    const original = await reference.evaluate(() => document.body.innerText);
    await plain.close();
    const page = await openArticle();
    // biome-ignore lint/performance/useDomNodeTextContent: the contract is about the rendered text
    expect(await page.evaluate(() => document.body.innerText)).toBe(original);
    await page.close();
  });
});
