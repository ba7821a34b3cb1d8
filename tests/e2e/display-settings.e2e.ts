import { describe, expect, it } from 'vitest';
import { FIGURE, TOOLTIP, useExtensionBrowser, waitForHighlights } from './helpers';

const env = useExtensionBrowser();

describe('display settings from the options page', () => {
  it('apply live to open pages: highlight style, theme and hidden claimant kinds, without moving the text', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.origin}/seed-article.html`);
    await waitForHighlights(page, 9);
    const figure = page.locator(FIGURE, { hasText: '790 tanks' });
    const boxBefore = await figure.boundingBox();

    const options = await env.browser.context.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await options.getByRole('radio', { name: 'a tinted background' }).click();
    await options.getByRole('radio', { name: 'Dark' }).click();
    await options.getByRole('checkbox', { name: 'Parties to the conflict' }).click();
    expect(await options.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

    await expect.poll(() => figure.getAttribute('data-crosscount-style')).toBe('background');
    const style = await figure.evaluate((el) => {
      const css = getComputedStyle(el);
      return { background: css.backgroundColor, decoration: css.textDecorationLine };
    });
    expect(style.decoration).toBe('none');
    expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
    // The layout never shifts: the figure keeps its place and size.
    expect(await figure.boundingBox()).toEqual(boxBefore);

    await figure.hover();
    const tooltip = page.locator(`${TOOLTIP} .cc-tooltip`);
    await tooltip.waitFor();
    expect(await page.locator(TOOLTIP).getAttribute('data-theme')).toBe('dark');
    const rows = await tooltip.locator('.cc-row').allInnerTexts();
    expect(rows.some((row) => row.includes('General Staff of Ukraine'))).toBe(false);
    expect(rows.some((row) => row.includes('Oryx'))).toBe(true);
    expect(await tooltip.textContent()).toContain('1 estimate hidden by your settings.');
    await Promise.all([page.close(), options.close()]);
  });
});
