import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/lib/chromium';
import { densePageHtml } from '../../scripts/lib/dense-page';
import { type StaticServer, serveFolder } from '../../scripts/lib/static-server';
import { axeViolations, tabIdOf, waitForHighlights } from './helpers';

// Issue 15: a page of 60 figures (scripts/lib/dense-page.ts: the General Staff's four figures
// quoted fifteen times, every fifth with two digits swapped) stays usable in the popup.
let dir: string;
let server: StaticServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crosscount-dense-'));
  await writeFile(join(dir, 'dense.html'), densePageHtml());
  server = await serveFolder(dir);
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.each(['light', 'dark'] as const)('the popup of a 60-figure page (%s)', (colorScheme) => {
  it('groups and counts the figures, and filters those that disagree, by keyboard', async () => {
    const url = `${server.origin}/dense.html`;
    const article = await browser.context.newPage();
    await article.goto(url);
    await waitForHighlights(article, 60);
    const tabId = await tabIdOf(browser, url);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.emulateMedia({ colorScheme });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await expect
      .poll(() => popup.locator('.cc-count').textContent())
      .toBe('60 figures on this page');
    expect(await popup.locator('.cc-group-counts li').allTextContents()).toEqual([
      '15 aircraft',
      '15 armoured combat vehicles',
      '15 artillery systems',
      '15 tanks',
    ]);
    const filter = popup.getByRole('checkbox', { name: 'Only figures with a disagreement (12)' });
    await expect.poll(() => filter.count()).toBe(1);
    expect(await popup.locator('.cc-figure').count()).toBe(60);
    await filter.focus();
    await popup.keyboard.press('Space');
    await expect.poll(() => popup.locator('.cc-figure').count()).toBe(12);
    const texts = await popup.locator('.cc-figure-text').allTextContents();
    expect(texts.every((t) => /^(820|2,036|368|196) /.test(t))).toBe(true);
    expect(await popup.locator('.cc-group h2').allTextContents()).toEqual([
      'aircraft 3',
      'armoured combat vehicles 3',
      'artillery systems 3',
      'tanks 3',
    ]);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.keyboard.press('Space');
    await expect.poll(() => popup.locator('.cc-figure').count()).toBe(60);
    await Promise.all([article.close(), popup.close()]);
  });
});
