import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/lib/chromium';
import { FIXTURES_DIR, type StaticServer, serveFolder } from '../../scripts/lib/static-server';
import { pollTabId } from '../../scripts/lib/tab-id';

export const FIGURE = '[data-crosscount="figure"]';
export const TOOLTIP = '[data-crosscount="tooltip"]';

/** The attributes of every highlight on the page, as the DOM contract (GUIDE §4) defines them. */
export function readHighlights(page: Page) {
  return page.$$eval(FIGURE, (elements) =>
    elements.map((el) => ({
      text: el.textContent ?? '',
      metric: el.getAttribute('data-metric'),
      side: el.getAttribute('data-side'),
      value: el.getAttribute('data-value'),
      low: el.getAttribute('data-low'),
      high: el.getAttribute('data-high'),
      label: el.getAttribute('aria-label') ?? '',
      tabindex: el.getAttribute('tabindex'),
    })),
  );
}

/** Waits until the page has at least `count` highlights whose comparisons have arrived. */
export async function waitForHighlights(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    ([selector, n]) => {
      const all = document.querySelectorAll(selector as string);
      return (
        all.length >= (n as number) &&
        [...all].every((el) => !(el.getAttribute('aria-label') ?? '').includes('looking up'))
      );
    },
    [FIGURE, count],
  );
}

/** The tab id of the page at `url`, from the background's per-tab summaries. */
export function tabIdOf(browser: ExtensionBrowser, url: string): Promise<number> {
  const worker = browser.serviceWorker;
  if (!worker) throw new Error('no extension loaded');
  const readOnce = () =>
    worker.evaluate(async (pageUrl) => {
      type SessionApi = { storage: { session: { get(keys: null): Promise<object> } } };
      const all = await (
        globalThis as unknown as { chrome: SessionApi }
      ).chrome.storage.session.get(null);
      const entry = Object.entries(all).find(([, v]) => (v as { url?: string })?.url === pageUrl);
      return entry ? Number(entry[0].replace('tab-summary-', '')) : null;
    }, url);
  return pollTabId(readOnce, url);
}

/** The seed article's highlights, each expected with its measure, Russia's side and its value. */
export interface ExpectedHighlight {
  text: string;
  metric: string;
  value: string;
}

/** Asserts each expected figure is highlighted, keyboard-reachable, with its data attributes. */
export function expectHighlights(
  found: readonly { text: string }[],
  expected: readonly ExpectedHighlight[],
): void {
  for (const figure of expected) {
    const highlight = found.find((h) => h.text.includes(figure.text));
    expect(highlight, figure.text).toMatchObject({
      metric: figure.metric,
      side: 'russia',
      value: figure.value,
      tabindex: '0',
    });
  }
}

/**
 * A date as the extension shows it: in the browser's UI language (Debian's Chromium ships only
 * en-US, other machines may differ), so tests don't hard-code one locale's format.
 */
export async function uiDate(browser: ExtensionBrowser, isoDate: string): Promise<string> {
  const worker = browser.serviceWorker;
  if (!worker) throw new Error('no extension loaded');
  return worker.evaluate((iso) => {
    type I18nApi = { i18n: { getUILanguage(): string } };
    const locale = (globalThis as unknown as { chrome: I18nApi }).chrome.i18n.getUILanguage();
    const options = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' } as const;
    return new Intl.DateTimeFormat(locale, options).format(new Date(`${iso}T00:00:00Z`));
  }, isoDate);
}

/**
 * For a test file: serves the shared fixtures on 127.0.0.1 and launches Chromium with the built
 * extension before its tests, and closes both after them. Read the fields inside tests.
 */
export function useExtensionBrowser(): { server: StaticServer; browser: ExtensionBrowser } {
  const env = {} as { server: StaticServer; browser: ExtensionBrowser };
  beforeAll(async () => {
    env.server = await serveFolder(FIXTURES_DIR);
    env.browser = await launchWithExtension();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * The tab's summary as the background keeps it (src/background/tab-store.ts: a header item and
 * append-only chunks of compact records in storage.session), read in the service worker.
 */
export async function tabSummary(
  browser: ExtensionBrowser,
  tabId: number,
): Promise<{ url: string; total: number; figures: { text: string }[] } | undefined> {
  return browser.serviceWorker?.evaluate(async (id) => {
    type SessionApi = {
      storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
    };
    const all = await (globalThis as unknown as { chrome: SessionApi }).chrome.storage.session.get(
      null,
    );
    const header = all[`tab-summary-${id}`] as
      | { url: string; total: number; chunks: number }
      | undefined;
    if (!header) return undefined;
    const chunks = Array.from({ length: header.chunks }, (_, i) => all[`tab-figures-${id}-${i}`]);
    // Each chunk is one JSON string of compact records.
    const records = chunks.flatMap((chunk) => JSON.parse(chunk as string)) as { t: string }[];
    return {
      url: header.url,
      total: header.total,
      figures: records.map((record) => ({ text: record.t })),
    };
  }, tabId);
}

/** The badge text of a tab, as the toolbar shows it. */
export async function badgeText(browser: ExtensionBrowser, tabId: number): Promise<string> {
  const worker = browser.serviceWorker;
  if (!worker) throw new Error('no extension loaded');
  return worker.evaluate((id) => {
    type ActionApi = { action: { getBadgeText(details: { tabId: number }): Promise<string> } };
    return (globalThis as unknown as { chrome: ActionApi }).chrome.action.getBadgeText({
      tabId: id,
    });
  }, tabId);
}

/** Bytes of `storage.session` in use, as Chrome counts them against its quota. */
export async function sessionBytesInUse(browser: ExtensionBrowser): Promise<number> {
  const worker = browser.serviceWorker;
  if (!worker) throw new Error('no extension loaded');
  return worker.evaluate(() => {
    type SessionApi = { storage: { session: { getBytesInUse(keys: null): Promise<number> } } };
    return (globalThis as unknown as { chrome: SessionApi }).chrome.storage.session.getBytesInUse(
      null,
    );
  });
}

// axe-core is evaluated through the DevTools protocol, which extension pages' CSP doesn't block.
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface Violation {
  id: string;
  impact: string;
  nodes: { target: unknown }[];
}

/** axe-core's WCAG 2.1 AA violations within `include` (selectors), or the whole page. */
export async function axeViolations(page: Page, include?: string[]): Promise<Violation[]> {
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
