import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storedBytes, type TabRecord } from '../messaging/tab-record';
import { SESSION_BUDGET, TAB_BYTES, TAB_CAP } from './tab-budget';
import {
  appendTabFigures,
  getTabSummary,
  pruneTabSummaries,
  removeTabSummary,
  resetTabSummary,
} from './tab-summaries';

/** A tank figure as the background records it; `pad` lengthens its text. */
const record = (i: number, pad = 0): TabRecord => ({
  i,
  t: `${700 + (i % 100)} tanks${'x'.repeat(pad)}`,
  m: i % 2 === 0 ? 'tanks' : 'artillery',
  s: 'russia',
  v: 700 + (i % 100),
  d: '2022-04-18',
  c: 'ua-general-staff',
  f: [2, 0],
});
const records = (from: number, n: number, pad = 0) =>
  Array.from({ length: n }, (_, k) => record(from + k, pad));

/** Reports a page of `n` figures in chunks of 50, as the content script does. */
async function loadPage(tabId: number, n: number, pad = 0): Promise<void> {
  await resetTabSummary(tabId, `https://news.example/${tabId}`, true);
  for (let from = 0; from < n; from += 50)
    await appendTabFigures(tabId, records(from, Math.min(50, n - from), pad));
}

/**
 * Bytes in use in storage.session, roughly as Chrome counts them: each key, and each value's
 * size (a string's own bytes; anything else its JSON, which undercounts small objects).
 */
async function sessionBytes(): Promise<number> {
  const all = await fakeBrowser.storage.session.get(null);
  const size = (value: unknown) =>
    typeof value === 'string' ? new TextEncoder().encode(value).length : storedBytes(value);
  return Object.entries(all).reduce((sum, [key, value]) => sum + key.length + size(value), 0);
}

const badge = () => vi.mocked(browser.action.setBadgeText).mock.calls.map(([details]) => details);

describe('per-tab summaries in storage.session', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
    browser.action.setBadgeText = vi.fn(async () => {});
  });

  it('keeps compact records: a 12,000-figure page lists its first 2,000 and counts them all', async () => {
    await loadPage(1, 12_000);
    const summary = await getTabSummary(1);
    expect(summary?.total).toBe(12_000);
    expect(summary?.figures).toHaveLength(TAB_CAP);
    expect(summary?.figures[0]?.t).toBe('700 tanks');
    expect(summary?.groups).toEqual([
      { metric: 'tanks', count: 6_000 },
      { metric: 'artillery', count: 6_000 },
    ]);
    expect(badge().at(-1)).toEqual({ tabId: 1, text: '999+' });
    expect(await sessionBytes()).toBeLessThan(300_000);
  });

  it('starts over when the tab loads another page, and forgets a closed tab', async () => {
    await loadPage(1, 120);
    await loadPage(2, 10);
    await resetTabSummary(1, 'https://news.example/other', true);
    expect(await getTabSummary(1)).toMatchObject({ total: 0, figures: [] });
    await removeTabSummary(2);
    expect(await getTabSummary(2)).toBeNull();
    const keys = Object.keys(await fakeBrowser.storage.session.get(null));
    expect(keys.filter((key) => key.includes('-2'))).toEqual([]);
  });

  it('prunes tabs that closed while the worker was not listening', async () => {
    await loadPage(1, 60);
    await loadPage(2, 60);
    await pruneTabSummaries([2]);
    expect(await getTabSummary(1)).toBeNull();
    expect(await getTabSummary(2)).toMatchObject({ total: 60 });
  });

  it('stays within the budget with many big tabs: the oldest give way, their counts remain', async () => {
    // Records of ~170 bytes (texts of 79 characters): five tabs at their cap pass the budget.
    for (const tabId of [1, 2, 3, 4, 5]) await loadPage(tabId, 2_500, 70);
    expect(await sessionBytes()).toBeLessThanOrEqual(2_000_000);
    const oldest = await getTabSummary(1);
    expect(oldest).toMatchObject({ total: 2_500, evicted: true, figures: [] });
    const newest = await getTabSummary(5);
    expect(newest?.evicted).toBe(false);
    expect(storedBytes(newest?.figures)).toBeLessThanOrEqual(TAB_BYTES);
    expect(newest?.figures.length).toBeGreaterThan(1_000);
    // A small page opened after them is listed in full.
    await loadPage(6, 10);
    expect((await getTabSummary(6))?.figures.map((f) => f.i)).toEqual(
      records(0, 10).map((r) => r.i),
    );
    expect(await sessionBytes()).toBeLessThanOrEqual(SESSION_BUDGET + 50_000);
  });

  it('gives a safe default for stored data that does not parse', async () => {
    await loadPage(1, 100);
    await fakeBrowser.storage.session.set({ 'tab-figures-1-0': [{ i: 'no' }] });
    expect((await getTabSummary(1))?.figures.map((f) => f.i)).toEqual(
      records(50, 50).map((r) => r.i),
    );
    await fakeBrowser.storage.session.set({ 'tab-summary-1': { url: 42 } });
    expect(await getTabSummary(1)).toBeNull();
    await fakeBrowser.storage.session.set({ 'tab-ledger': 'garbage' });
    await loadPage(2, 10);
    expect(await getTabSummary(2)).toMatchObject({ total: 10 });
  });
});

describe('per-tab summaries when storage writes fail', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
    browser.action.setBadgeText = vi.fn(async () => {});
  });

  /** Makes storage.session.set fail with `message` whenever `fails` says so. */
  function failWrites(message: string, fails: (items: Record<string, unknown>) => boolean) {
    const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation(async (items) => {
      if (fails(items)) throw new Error(message);
      return set(items);
    });
  }

  it("reports a full quota in the failing tab's summary and never stops the other tabs", async () => {
    await loadPage(7, 10);
    failWrites('Session storage quota bytes exceeded. Values were not stored.', (items) =>
      Object.keys(items).some((key) => key.startsWith('tab-figures-9-')),
    );
    await loadPage(9, 500);
    await loadPage(8, 20);
    const failing = await getTabSummary(9);
    expect(failing).toMatchObject({ total: 500, problem: 'quota', figures: [] });
    expect(badge()).toContainEqual({ tabId: 9, text: '500' });
    expect(await getTabSummary(7)).toMatchObject({ total: 10, figures: records(0, 10) });
    expect(await getTabSummary(8)).toMatchObject({ total: 20, figures: records(0, 20) });
    expect((await getTabSummary(8))?.problem).toBeUndefined();
  });

  it('keeps counting in memory when the storage area is unavailable altogether', async () => {
    failWrites('storage.session is not available', () => true);
    await loadPage(3, 75);
    expect(await getTabSummary(3)).toMatchObject({
      url: 'https://news.example/3',
      total: 75,
      problem: 'unavailable',
      figures: [],
    });
    expect(badge().at(-1)).toEqual({ tabId: 3, text: '75' });
  });

  it('answers reads that fail with the problem, not an exception', async () => {
    await loadPage(4, 60);
    vi.spyOn(fakeBrowser.storage.session, 'get').mockRejectedValue(new Error('gone'));
    await expect(getTabSummary(4)).resolves.toBeNull();
  });
});
