import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  FIGURE,
  TOOLTIP,
  tabIdOf,
  useExtensionBrowser,
  waitForHighlights,
} from './helpers';

const env = useExtensionBrowser();

describe('the checker', () => {
  it('reports a known violation (so an empty list above means something)', async () => {
    const page = await env.browser.context.newPage();
    await page.setContent('<html lang="en"><body><main><img src="x.png"></main></body></html>');
    expect((await axeViolations(page)).map((v) => v.id)).toContain('image-alt');
    await page.close();
  });
});

describe.each(['light', 'dark'] as const)('accessibility (%s)', (colorScheme) => {
  it('the highlights and the open tooltip have no axe violations', async () => {
    const page = await env.browser.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(`${env.server.origin}/seed-article.html`);
    await waitForHighlights(page, 9);
    await page.locator(FIGURE, { hasText: '790 tanks' }).hover();
    await page.locator(`${TOOLTIP} .cc-tooltip`).waitFor();
    expect(await axeViolations(page, [FIGURE, TOOLTIP])).toEqual([]);
    await page.close();
  });

  it('the popup and the options page have no axe violations', async () => {
    const article = await env.browser.context.newPage();
    await article.goto(`${env.server.origin}/seed-article.html`);
    await waitForHighlights(article, 9);
    const tabId = await tabIdOf(env.browser, `${env.server.origin}/seed-article.html`);
    const popup = await env.browser.context.newPage();
    await popup.emulateMedia({ colorScheme });
    await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('.cc-count').waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    const options = await env.browser.context.newPage();
    await options.emulateMedia({ colorScheme });
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await options.locator('h1').waitFor();
    expect(await axeViolations(options)).toEqual([]);
    await Promise.all([article.close(), popup.close(), options.close()]);
  });
});

describe('popup navigation', () => {
  it('clicking a figure in the popup scrolls the page to it and focuses it', async () => {
    const article = await env.browser.context.newPage();
    await article.goto(`${env.server.origin}/seed-article.html`);
    await waitForHighlights(article, 9);
    const tabId = await tabIdOf(env.browser, `${env.server.origin}/seed-article.html`);
    const popup = await env.browser.context.newPage();
    await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: /3,285 were wounded/ }).click();
    await expect
      .poll(() => article.evaluate(() => document.activeElement?.textContent))
      .toBe('3,285 were wounded');
    await Promise.all([article.close(), popup.close()]);
  });
});
