import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/lib/chromium';
import { type StaticServer, serveFolder } from '../../scripts/lib/static-server';
import { FIGURE, TOOLTIP, uiDate, waitForHighlights } from './helpers';

// A page dated 4 Dec 2026, after the bundled data ends (22 Aug 2026), quoting the General Staff's
// latest known figure and, months out of date, its tanks of April 2022
// (tests/e2e/fixtures/december-2026.html).
let own: StaticServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  own = await serveFolder(resolve(import.meta.dirname, 'fixtures'));
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await own?.close();
});

async function tooltipOf(page: Page, figure: string) {
  await page.locator(FIGURE, { hasText: figure }).hover();
  const tooltip = page.locator(`${TOOLTIP} .cc-tooltip`);
  await expect.poll(() => tooltip.isVisible()).toBe(true);
  return tooltip;
}

describe('an article newer than the data', () => {
  it('says where the data ends and shows the latest known figures, marked as older', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${own.origin}/december-2026.html`);
    await waitForHighlights(page, 2);
    const tooltip = await tooltipOf(page, '1,475,270');
    const ends = (await tooltip.locator('.cc-data-ends').textContent()) ?? '';
    expect(ends).toContain(await uiDate(browser, '2026-08-22'));
    expect(ends).toContain('104');
    expect(await tooltip.textContent()).not.toMatch(/No other estimate/);
    const gs = tooltip.locator('.cc-row', { hasText: 'General Staff of Ukraine' });
    expect(await gs.textContent()).toContain(await uiDate(browser, '2026-08-22'));
    expect(await gs.locator('.cc-flag-latest-known').count()).toBe(1);
    expect(await gs.locator('.cc-flag-differs').count()).toBe(0);
    await page.close();
  });

  it("flags a figure below the cited claimant's earlier total", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${own.origin}/december-2026.html`);
    await waitForHighlights(page, 2);
    const tooltip = await tooltipOf(page, '790 tanks');
    const gs = tooltip.locator('.cc-row', { hasText: 'General Staff of Ukraine' });
    const flag = gs.locator('.cc-flag-below-total');
    expect(await flag.count()).toBe(1);
    expect(await flag.getAttribute('data-tip')).toMatch(
      /^Lower than the General Staff's [\d,]+ of 22 Aug 2026, and its total only grows/,
    );
    await page.close();
  });
});
