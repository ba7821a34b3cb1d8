import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIGURE, TOOLTIP, tabIdOf, useExtensionBrowser, waitForHighlights } from './helpers';

// axe-core is evaluated through the DevTools protocol, which extension pages' CSP doesn't block.
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

const env = useExtensionBrowser();

interface Violation {
  id: string;
  impact: string;
  nodes: { target: unknown }[];
}

/** axe-core's WCAG 2.1 AA violations within `include` (selectors), or the whole page. */
async function axeViolations(page: Page, include?: string[]): Promise<Violation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (selectors) => {
    const axe = (
      window as unknown as {
        axe: { run: (c: unknown, o: unknown) => Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const context = selectors ? { include: selectors.map((s) => [s]) } : document;
    const result = await axe.run(context, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  }, include);
}

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
