import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tanksComparison } from '../claims/testing/comparisons';
import type { Comparison } from '../claims/types';
import { routeBackgroundMessage } from '../messaging/client';
import type { FigureReport } from '../messaging/schemas';
import { toTabRecord } from '../messaging/tab-record';
import { createHandlers, type Matcher } from './handlers';
import { getTabSummary } from './tab-summaries';

const { query } = tanksComparison();
const comparison: Comparison = { query, estimates: [] };
const matcher: Matcher = vi.fn(() => comparison);
const handlers = createHandlers(async () => matcher);

const contentScript = () => ({
  id: browser.runtime.id,
  tab: { id: 7 } as never,
  url: 'https://news.example/a',
});
const popupPage = () => ({ id: browser.runtime.id, url: browser.runtime.getURL('/popup.html') });
const send = (message: unknown, sender: object) =>
  routeBackgroundMessage(handlers, message, sender as never);

describe('background message handlers', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    browser.action.setBadgeText = vi.fn(async () => {});
  });

  it("matches a page's figures and keeps the tab summary for the popup", async () => {
    await send(
      { type: 'page-state', url: 'https://news.example/a', enabled: true },
      contentScript(),
    );
    const figures = [{ id: 0, text: '790 tanks', query }];
    await expect(send({ type: 'match-figures', figures }, contentScript())).resolves.toEqual({
      comparisons: [comparison],
    });
    const summary = await send({ type: 'get-tab-summary', tabId: 7 }, popupPage());
    expect(summary).toEqual({
      summary: {
        url: 'https://news.example/a',
        page: expect.any(Number),
        enabled: true,
        total: 1,
        groups: [{ metric: 'tanks', count: 1 }],
        figures: [toTabRecord(figures[0] as FigureReport, comparison)],
        evicted: false,
      },
    });
    expect(browser.action.setBadgeText).toHaveBeenLastCalledWith({ tabId: 7, text: '1' });
  });

  it('recomputes the comparisons the popup asks for from the stored query, and keeps none', async () => {
    await send(
      { type: 'page-state', url: 'https://news.example/a', enabled: true },
      contentScript(),
    );
    const figures = [0, 1, 2].map((id) => ({ id, text: `${790 + id} tanks`, query }));
    await send({ type: 'match-figures', figures }, contentScript());
    vi.mocked(matcher).mockClear();
    const answer = await send({ type: 'compare-figures', tabId: 7, ids: [2, 0, 9] }, popupPage());
    expect(answer).toEqual({
      figures: [
        { id: 0, comparison },
        { id: 2, comparison },
      ],
    });
    expect(matcher).toHaveBeenCalledTimes(2);
    expect(matcher).toHaveBeenCalledWith(query);
    const stored = JSON.stringify(await fakeBrowser.storage.session.get(null));
    expect(stored).not.toContain('estimates');
  });

  it.each([
    ['an unknown type', { type: 'delete-everything' }],
    ['a wrong-typed payload', { type: 'get-tab-summary', tabId: 'seven' }],
    [
      'an oversized batch',
      { type: 'match-figures', figures: Array(2001).fill({ id: 0, text: 'x', query }) },
    ],
    [
      'a metric outside the vocabulary',
      {
        type: 'match-figures',
        figures: [{ id: 0, text: 'x', query: { ...query, metric: 'tank' } }],
      },
    ],
    ['not an object', 'hello'],
  ])('rejects %s and stores nothing', async (_, message) => {
    await expect(send(message, contentScript())).rejects.toThrow(/malformed/);
    expect(await getTabSummary(7)).toBeNull();
  });

  it('ignores messages from other extensions', async () => {
    const stranger = { id: 'someone-else', tab: { id: 7 } };
    await expect(send({ type: 'get-tab-summary', tabId: 7 }, stranger)).rejects.toThrow(
      /another extension/,
    );
  });

  it("does not let a web page read another tab's summary", async () => {
    await expect(send({ type: 'get-tab-summary', tabId: 3 }, contentScript())).rejects.toThrow(
      /not allowed/,
    );
  });

  it('only accepts figures from a content script', async () => {
    await expect(send({ type: 'match-figures', figures: [] }, popupPage())).rejects.toThrow(
      /content script/,
    );
  });
});
