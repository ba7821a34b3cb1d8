import { beforeAll, describe, expect, it } from 'vitest';
import { FIGURE, TOOLTIP, uiDate, useExtensionBrowser, waitForHighlights } from './helpers';

const env = useExtensionBrowser();

beforeAll(async () => {
  await env.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: env.server.origin,
  });
});

/** The element focused inside our shadow root, described by its text, or null. */
const focusedInTooltip = `(() => {
  const host = document.querySelector('${TOOLTIP}');
  return document.activeElement === host ? host.shadowRoot.activeElement?.textContent ?? '' : null;
})()`;

describe('tooltip interaction', () => {
  it('Tab to a figure, Enter into the tooltip, Shift+Tab back, Escape closes: focus is never trapped', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.origin}/seed-article.html`);
    await waitForHighlights(page, 9);
    let focused = '';
    for (let presses = 0; presses < 40 && focused !== '790 tanks'; presses++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    }
    const figure = page.locator(FIGURE, { hasText: '790 tanks' });
    expect(await figure.getAttribute('aria-expanded')).toBe('true');
    expect(await figure.getAttribute('aria-haspopup')).toBeTruthy();

    await page.keyboard.press('Enter');
    expect(await page.evaluate(focusedInTooltip)).toBe('General Staff of Ukraine');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('790 tanks');

    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('790 tanks');
    await expect.poll(() => page.locator(`${TOOLTIP} .cc-tooltip`).isVisible()).toBe(false);
    expect(await figure.getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });

  it('copies the comparison as a Markdown citation with https links', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.origin}/seed-article.html`);
    await waitForHighlights(page, 9);
    await page.locator(FIGURE, { hasText: '790 tanks' }).hover();
    const tooltip = page.locator(`${TOOLTIP} .cc-tooltip`);
    await tooltip.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect.poll(() => tooltip.getByRole('status').textContent()).toBe('Copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const april18 = await uiDate(env.browser, '2022-04-18');
    expect(copied.startsWith(`**790 tanks** (Russian losses, as of ${april18}).`)).toBe(true);
    expect(copied).toMatch(
      new RegExp(`- General Staff of Ukraine: 790 \\(${april18}, party claim, same\\) <https://`),
    );
    expect(copied).toContain(`- Oryx: 519 (${april18}, visually confirmed, lower bound)`);
    await page.close();
  });

  it('never covers its figure: flips above near the bottom edge, follows scrolling, one at a time', async () => {
    const page = await env.browser.context.newPage();
    await page.setViewportSize({ width: 900, height: 500 });
    await page.goto(`${env.server.origin}/seed-article.html`);
    await waitForHighlights(page, 9);
    const figure = page.locator(FIGURE, { hasText: '3,285 were wounded' });
    // Put the figure 60 px above the bottom edge: no room below for the tooltip.
    await figure.evaluate((el) =>
      window.scrollBy(0, el.getBoundingClientRect().bottom - (innerHeight - 60)),
    );
    await figure.hover();
    const tooltip = page.locator(`${TOOLTIP} .cc-tooltip`);
    await tooltip.waitFor();
    const [figureBox, tooltipBox] = [await figure.boundingBox(), await tooltip.boundingBox()];
    expect((tooltipBox?.y ?? 0) + (tooltipBox?.height ?? 0)).toBeLessThanOrEqual(figureBox?.y ?? 0);

    await page.mouse.wheel(0, 40);
    await expect
      .poll(async () => (await tooltip.boundingBox())?.y)
      .toBeCloseTo((tooltipBox?.y ?? 0) - 40, 0);

    await page.locator(FIGURE, { hasText: '1,351 men' }).hover();
    await expect.poll(() => tooltip.textContent()).toContain('1,351 men');
    expect(await page.locator(TOOLTIP).count()).toBe(1);
    await page.close();
  });
});
