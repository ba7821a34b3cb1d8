import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/lib/chromium';
import { type StaticServer, serveFolder } from '../../scripts/lib/static-server';
import { readHighlights, tabIdOf, tabSummary, waitForHighlights } from './helpers';

// A live blog that appends an update every 200 ms for 10 s (tests/e2e/fixtures/live-blog.html),
// and the same page with its article replaced in place.
let own: StaticServer;
let browser: ExtensionBrowser;
/** The page's text without the extension, after the same updates: the reference. */
const reference: Record<string, string> = {};

const BLOG = '/live-blog.html';
const STATIC = '/live-blog.html?static';

/** The loss figures of the fixture's updates: every fifth of 50 reports two. */
const UPDATE_FIGURES = [5, 10, 15, 20, 25, 30, 35, 40, 45, 50].flatMap((n) => [
  `${n + 3} tanks`,
  `${n + 17} armored vehicles`,
]);

/** The page's rendered text: what the DOM contract (GUIDE §4) promises to leave unchanged. */
function bodyText(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the contract is about the rendered text
  return page.evaluate(() => document.body.innerText);
}

async function liveBlogDone(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { liveDone: boolean }).liveDone, null, {
    timeout: 20_000,
  });
}

async function readReference(path: string, click?: string): Promise<string> {
  const plain = await launchWithExtension({ extension: false });
  const page = await plain.context.newPage();
  await page.goto(`${own.origin}${path}`);
  await liveBlogDone(page);
  if (click) await page.click(click);
  const text = await bodyText(page);
  await plain.close();
  return text;
}

beforeAll(async () => {
  own = await serveFolder(resolve(import.meta.dirname, 'fixtures'));
  reference.blog = await readReference(BLOG);
  reference.replaced = await readReference(STATIC, '#replace');
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await own?.close();
});

async function summaryTexts(tabId: number): Promise<string[]> {
  const summary = await tabSummary(browser, tabId);
  return (summary?.figures ?? []).map((figure) => figure.text);
}

describe('live pages', () => {
  it('highlights every figure of a live blog exactly once as updates arrive, and lists them in the summary', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${own.origin}${BLOG}`);
    await waitForHighlights(page, 2);
    await liveBlogDone(page);
    const expected = ['790 tanks', '147 helicopters', ...UPDATE_FIGURES];
    await waitForHighlights(page, expected.length);
    expect((await readHighlights(page)).map((h) => h.text)).toEqual(expected);
    expect(await bodyText(page)).toBe(reference.blog);
    const tabId = await tabIdOf(browser, `${own.origin}${BLOG}`);
    await expect.poll(() => summaryTexts(tabId)).toEqual(expected);
    await page.close();
  });

  it('highlights an article replaced in place, each figure once, leaving its text as it is', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${own.origin}${STATIC}`);
    await waitForHighlights(page, 2);
    await page.click('#replace');
    const expected = ['167 aircraft', '147 helicopters', '1,351 men', '3,285 were wounded'];
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-crosscount="figure"]').length >= n,
      expected.length,
    );
    await waitForHighlights(page, expected.length);
    // Give a wrong second scan the time to show itself.
    await page.waitForTimeout(600);
    expect((await readHighlights(page)).map((h) => h.text)).toEqual(expected);
    expect(await bodyText(page)).toBe(reference.replaced);
    await page.close();
  });
});
