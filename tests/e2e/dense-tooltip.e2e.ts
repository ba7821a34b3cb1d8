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

// Reported: The Economist's row, whose value carries its 95% interval ("about 490,321 (95% CI
// 417,284–579,031)"), might push the card wider than itself. Screenshots at 1280×800 and 360 px
// wide showed it wraps inside the value column; these checks keep it so.
describe("The Economist's interval", () => {
  const runs = CASES.flatMap((c) =>
    [[1280, 800, 1] as const, [360, 740, 1] as const].map((size) => [c, size] as const),
  );
  it.each(runs)(
    '%o at %j: nothing of its row runs out of the card',
    async ({ file, text }, size) => {
      const page = await openArticle(file, size, false);
      await page.locator(FIGURE, { hasText: text }).hover();
      await page.locator(CARD).waitFor();
      const m = await page.evaluate(economistRowOverflow);
      expect(m.interval).toBe(true);
      expect(m.card[0]).toBeLessThanOrEqual(m.card[1] ?? 0);
      expect(m.body[0]).toBeLessThanOrEqual(m.body[1] ?? 0);
      expect(m.outside).toEqual([]);
      expect(m.insideView).toBe(true);
      await page.close();
    },
  );
});

/** Runs in the page: The Economist's row scrolled into view, and whatever of it sticks out. */
function economistRowOverflow() {
  const card = document
    .querySelector('[data-crosscount="tooltip"]')
    ?.shadowRoot?.querySelector('.cc-tooltip') as HTMLElement;
  const body = card.querySelector('.cc-body') as HTMLElement;
  const row = [...card.querySelectorAll<HTMLElement>('.cc-row')].find((r) =>
    r.textContent?.includes('Economist'),
  ) as HTMLElement;
  row.scrollIntoView({ block: 'center' });
  const box = card.getBoundingClientRect();
  // The body clips sideways (overflow-x: hidden), so text running out of a cell shows in no
  // scrollWidth above it: measure the text itself, line by line, and each cell's own overflow.
  const outside: string[] = [];
  const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('.cc-visually-hidden')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) {
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5)
        outside.push(node.textContent ?? '');
    }
  }
  for (const cell of row.querySelectorAll<HTMLElement>('td, th')) {
    if (cell.scrollWidth > cell.clientWidth) outside.push(`${cell.className}: ${cell.scrollWidth}`);
  }
  return {
    interval: /95% CI [\d,]+–[\d,]+/.test(row.textContent ?? ''),
    card: [card.scrollWidth, card.clientWidth],
    body: [body.scrollWidth, body.clientWidth],
    outside,
    insideView: box.left >= 0 && box.right <= innerWidth,
  };
}
