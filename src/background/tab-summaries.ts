import { browser } from 'wxt/browser';
import type { Metric } from '../core/vocabulary';
import type { TabSummary } from '../messaging/schemas';
import { storedBytes, type TabRecord } from '../messaging/tab-record';
import { type Ledger, planAppend } from './tab-budget';
import {
  chunkKey,
  chunkRemovals,
  chunkValue,
  freshHeader,
  type Header,
  headerKey,
  ledgerWrite,
  problemOf,
  readHeader,
  readLedger,
  readRecords,
  type Writes,
  write,
} from './tab-store';

/**
 * Per-tab summaries for the popup and the badge: compact records in `storage.session`
 * (tab-store.ts), within the budget of tab-budget.ts; the badge counts every figure, listed or
 * not. A summary is replaced when the tab loads a new page and dropped when the tab closes.
 *
 * Storage can fail (the quota, an area that is missing): each write is caught, the failure is
 * kept in `failed` for the popup to report, and the next task — another tab's — runs as usual.
 * `failed` holds one small header per such tab, so the worker's memory stays bounded.
 */
const failed = new Map<number, Header>();

// One write at a time: appends read the header and the ledger, which every tab shares, and two
// answers may arrive together. A task that throws does not stop the ones queued after it.
let queue: Promise<unknown> = Promise.resolve();
function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => {});
  return run;
}

/** Starts a fresh summary for a tab that (re)loaded a page. */
export function resetTabSummary(tabId: number, url: string, enabled: boolean): Promise<void> {
  return serialised(async () => {
    const old = await headerOf(tabId);
    failed.delete(tabId);
    const next = freshHeader(url, enabled, Date.now());
    const ledger = await safeLedger();
    // In the ledger with no bytes: it lists every tab that has a header, for pruning.
    const book = { ...ledger, [tabId]: { bytes: 0, touched: Date.now() } };
    await persist(tabId, next, [
      ...chunkRemovals(tabId, old),
      { key: headerKey(tabId), value: next },
      ledgerWrite(book),
    ]);
    await showBadge(tabId, 0);
  });
}

/** Adds matched figures (chunks arrive in page order): counted all, listed while they fit. */
export function appendTabFigures(tabId: number, records: TabRecord[]): Promise<void> {
  return serialised(async () => {
    const current = await headerOf(tabId);
    if (!current || records.length === 0) return;
    const counted: Header = {
      ...current,
      total: current.total + records.length,
      metrics: countMetrics(current.metrics, records),
    };
    const ledger = await safeLedger();
    // +1: the comma between records in the chunk's JSON.
    const sizes = records.map((record) => storedBytes(record) + 1);
    const plan = current.evicted
      ? { take: 0, evict: [] }
      : planAppend(ledger, tabId, current.stored, sizes);
    if (plan.take === 0) {
      await persist(tabId, counted, [{ key: headerKey(tabId), value: counted }]);
    } else {
      const taken = records.slice(0, plan.take);
      const bytes = storedBytes(taken);
      const next: Header = {
        ...counted,
        stored: current.stored + taken.length,
        chunks: current.chunks + 1,
        bytes: current.bytes + bytes,
      };
      const book: Ledger = { ...ledger, [tabId]: { bytes: next.bytes, touched: Date.now() } };
      const evictions = await evictionWrites(plan.evict, book);
      const stored = await persist(tabId, next, [
        ...evictions,
        { key: chunkKey(tabId, current.chunks), value: chunkValue(taken) },
        { key: headerKey(tabId), value: next },
        ledgerWrite(book),
      ]);
      if (!stored) {
        // Nothing of the chunk was kept: the tab's list is what it was, its counts are new.
        const kept = { ...counted, problem: failed.get(tabId)?.problem };
        failed.set(tabId, kept);
        await write([{ key: headerKey(tabId), value: kept }]).catch(() => {});
      }
    }
    await showBadge(tabId, counted.total);
  });
}

/** The tab's summary, or null when the tab has no page we annotate. */
export async function getTabSummary(tabId: number): Promise<TabSummary | null> {
  const header = await headerOf(tabId).catch(() => null);
  if (!header) return null;
  let figures: TabRecord[] = [];
  let problem = header.problem;
  try {
    figures = await readRecords(tabId, header);
  } catch (error) {
    problem = problemOf(error);
  }
  const groups = Object.entries(header.metrics).map(([metric, count]) => ({
    metric: metric as Metric,
    count: count ?? 0,
  }));
  return {
    url: header.url,
    page: header.page,
    enabled: header.enabled,
    total: header.total,
    groups,
    figures,
    evicted: header.evicted,
    ...(problem ? { problem } : {}),
  };
}

/** The listed records of a tab (to recompute comparisons); empty when there are none. */
export async function getTabRecords(tabId: number): Promise<TabRecord[]> {
  const header = await headerOf(tabId).catch(() => null);
  return header ? readRecords(tabId, header).catch(() => []) : [];
}

/** Forgets a closed tab. */
export function removeTabSummary(tabId: number): Promise<void> {
  return serialised(() => removeNow(tabId));
}

/** Forgets a tab's page and clears its badge (the tab is loading another page). */
export async function clearTabSummary(tabId: number): Promise<void> {
  await removeTabSummary(tabId);
  await showBadge(tabId, 0);
}

/**
 * Forgets every tab that is no longer open: tabs closed while the worker could not hear
 * `tabs.onRemoved` (a crash, the browser restoring a session) must not hold the budget.
 */
export function pruneTabSummaries(openTabIds: readonly number[]): Promise<void> {
  return serialised(async () => {
    const open = new Set(openTabIds);
    const known = new Set([...Object.keys(await safeLedger()).map(Number), ...failed.keys()]);
    for (const tabId of known) if (!open.has(tabId)) await removeNow(tabId);
  });
}

async function removeNow(tabId: number): Promise<void> {
  const header = await headerOf(tabId).catch(() => null);
  failed.delete(tabId);
  const { [tabId]: _, ...book } = await safeLedger();
  await write([
    ...chunkRemovals(tabId, header),
    { key: headerKey(tabId), value: undefined },
    ledgerWrite(book),
  ]).catch(() => {});
}

/** The tab's header: the one kept in memory after a failed write, else the stored one. */
async function headerOf(tabId: number): Promise<Header | null> {
  return failed.get(tabId) ?? readHeader(tabId);
}

async function safeLedger(): Promise<Ledger> {
  return readLedger().catch(() => ({}));
}

/**
 * Writes, and says whether it could. On failure keeps the tab's header in memory with the
 * problem, and tries to store that header alone (small, so it may still fit) for a worker that
 * restarts. Never throws: the page's highlights and every other tab go on regardless.
 */
async function persist(tabId: number, header: Header, writes: Writes): Promise<boolean> {
  try {
    await write(writes);
    if (failed.has(tabId)) failed.set(tabId, header);
    return true;
  } catch (error) {
    const kept = { ...header, problem: failed.get(tabId)?.problem ?? problemOf(error) };
    failed.set(tabId, kept);
    await write([{ key: headerKey(tabId), value: kept }]).catch(() => {});
    return false;
  }
}

/** Drops the records of tabs that give way, keeping their counts; updates `book` in place. */
async function evictionWrites(tabIds: readonly number[], book: Ledger): Promise<Writes> {
  const writes: Writes = [];
  for (const tabId of tabIds) {
    const header = await headerOf(tabId).catch(() => null);
    writes.push(...chunkRemovals(tabId, header));
    const entry = book[tabId];
    if (entry) book[tabId] = { ...entry, bytes: 0 };
    if (!header) continue;
    const evicted = { ...header, stored: 0, chunks: 0, bytes: 0, evicted: true };
    writes.push({ key: headerKey(tabId), value: evicted });
    if (failed.has(tabId)) failed.set(tabId, evicted);
  }
  return writes;
}

function countMetrics(metrics: Header['metrics'], records: readonly TabRecord[]) {
  const next = { ...metrics };
  for (const record of records) next[record.m] = (next[record.m] ?? 0) + 1;
  return next;
}

async function showBadge(tabId: number, figureCount: number): Promise<void> {
  const text = figureCount === 0 ? '' : figureCount > 999 ? '999+' : String(figureCount);
  try {
    await browser.action.setBadgeText({ tabId, text });
  } catch {
    // The tab may have closed while we were matching; nothing to show then.
  }
}
