import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/lib/chromium';
import { type StaticServer, serveFolder } from '../../scripts/lib/static-server';
import { axeViolations, FIGURE, TOOLTIP, waitForHighlights } from './helpers';

// Issue 15: a mid-2026 figure ("Between 160,000 and 230,000 Russian soldiers have been killed",
// tests/e2e/fixtures/dense-2026.html) has ten estimates in the bundled database over two
// measures, five of each; a mid-2025 one ("About 250,000 Russian soldiers have been killed",
// dense-2025.html) has thirteen, seven of its own measure. Before, such a card was 1,460 px tall
// in an 800 px window, its values hung outside it and its chart labels were printed over one
// another.
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

const CARD = `${TOOLTIP} .cc-tooltip`;
const CASES = [
  { file: 'dense-2026.html', text: '160,000 and 230,000 Russian soldiers' },
  { file: 'dense-2025.html', text: 'About 250,000 Russian soldiers' },
] as const;
type Case = (typeof CASES)[number];

/** A window of `width`×`height` at `zoom` (200 % halves the CSS viewport, as browser zoom does). */
async function openArticle(
  file: Case['file'],
  [width, height, zoom]: readonly [number, number, number],
  dark: boolean,
) {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width: Math.round(width / zoom),
    height: Math.round(height / zoom),
    deviceScaleFactor: zoom,
    mobile: false,
  });
  await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
  await page.goto(`${own.origin}/${file}`);
  await waitForHighlights(page, 1);
  return page;
}

/** What sticks out: the card past the viewport, anything past the card, overlapping labels. */
function measure(page: Page) {
  return page.evaluate((selector) => {
    const card = document
      .querySelector('[data-crosscount="tooltip"]')
      ?.shadowRoot?.querySelector(selector.replace(/^.*\s/, '')) as HTMLElement;
    const box = card.getBoundingClientRect();
    const body = card.querySelector('.cc-body') as HTMLElement;
    const outside = [...card.querySelectorAll('*')]
      .filter((el) => !el.closest('.cc-visually-hidden, title'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5);
      })
      .map((el) => `${el.tagName}.${el.getAttribute('class') ?? ''}`);
    const labels = [...card.querySelectorAll('svg.cc-spread text')].map((t) =>
      t.getBoundingClientRect(),
    );
    const overlaps = labels.flatMap((a, i) =>
      labels
        .slice(i + 1)
        .filter(
          (b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom,
        ),
    ).length;
    return {
      card: { top: box.top, bottom: box.bottom, left: box.left, right: box.right },
      view: { width: innerWidth, height: innerHeight },
      outside,
      overlaps,
      labels: labels.length,
      horizontalScroll: body.scrollWidth - body.clientWidth,
      rows: card.querySelectorAll('.cc-row').length,
    };
  }, CARD);
}

const SIZES = [
  [1280, 800, 1],
  [1000, 640, 1],
  [1280, 800, 2],
  [1000, 640, 2],
] as const;

const RUNS = CASES.flatMap((c) =>
  SIZES.flatMap((size) => [false, true].map((dark) => [c.file, size, dark, c] as const)),
);

describe('the dense tooltip', () => {
  it.each(RUNS)(
    '%s at %j, dark %s: fits, nothing sticks out, no two labels overlap',
    async (file, size, dark, { text }) => {
      const page = await openArticle(file, size, dark);
      await page.locator(FIGURE, { hasText: text }).hover();
      await page.locator(CARD).waitFor();
      const m = await measure(page);
      expect(m.card.top).toBeGreaterThanOrEqual(0);
      expect(m.card.bottom).toBeLessThanOrEqual(m.view.height);
      expect(m.card.left).toBeGreaterThanOrEqual(0);
      expect(m.card.right).toBeLessThanOrEqual(m.view.width);
      expect(m.outside).toEqual([]);
      expect(m.horizontalScroll).toBe(0);
      expect(m.labels).toBeGreaterThanOrEqual(2);
      expect(m.overlaps).toBe(0);
      // At most five rows open; the other measure is collapsed.
      expect(m.rows).toBeLessThanOrEqual(5);
      expect(await axeViolations(page, [FIGURE, TOOLTIP])).toEqual([]);
      await page.close();
    },
  );
});

/** Tabs through the tooltip until the focused control's text matches, at most 40 times. */
async function tabTo(page: Page, pattern: RegExp): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const text = await page.evaluate(
      () =>
        document.querySelector('[data-crosscount="tooltip"]')?.shadowRoot?.activeElement
          ?.textContent ?? '',
    );
    if (pattern.test(text)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`no control matching ${pattern} in the tooltip`);
}

describe('the dense tooltip by keyboard', () => {
  it('"Show all" and the other measure open with Enter, and the card still fits', async () => {
    const { file, text } = CASES[1];
    const page = await openArticle(file, [1000, 640, 1], false);
    const card = page.locator(CARD);
    await page.locator(FIGURE, { hasText: text }).focus();
    await card.waitFor();
    await page.keyboard.press('Enter');
    await tabTo(page, /^Show all 7$/);
    const before = await card.locator('.cc-row').count();
    await page.keyboard.press('Enter');
    await expect.poll(() => card.locator('.cc-row').count()).toBe(before + 2);
    await tabTo(page, /^6 estimates of personnel killed and wounded$/);
    const other = card.locator('.cc-disclosure').first();
    expect(await other.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    expect(await other.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => card.locator('svg.cc-spread').count()).toBe(2);
    const m = await measure(page);
    expect(m.card.bottom).toBeLessThanOrEqual(m.view.height);
    expect(m.outside).toEqual([]);
    expect(m.overlaps).toBe(0);
    // Escape still closes it, focus back on the figure.
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    expect(await axeViolations(page, [FIGURE])).toEqual([]);
    await page.close();
  });
});
