import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { type SummaryFigure, type TabSummary, TabSummarySchema } from '../messaging/schemas';

/**
 * Per-tab summaries for the popup. They live in `storage.session` (memory only, never written to
 * disk, cleared when the browser closes) so they survive the service worker being stopped; a
 * summary is replaced when the tab loads a new page and dropped when the tab closes.
 *
 * Stored append-only: a small header per tab and one item per chunk of figures. Rewriting one
 * growing item per chunk made every write cost more (and Chromium hands each change to every
 * listening context: on a live blog, megabytes per answer, see docs/PERFORMANCE.md).
 */
const headerKey = (tabId: number) => `session:tab-summary-${tabId}` as const;
const chunkKey = (tabId: number, index: number) => `session:tab-figures-${tabId}-${index}` as const;

interface SummaryHeader {
  url: string;
  enabled: boolean;
  /** How many chunk items follow, and how many figures they hold. */
  chunks: number;
  figures: number;
}

// One write at a time per tab: appends read the header, and two answers may arrive together.
const queues = new Map<number, Promise<unknown>>();
function serialised<T>(tabId: number, task: () => Promise<T>): Promise<T> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(task, task);
  const settled = run.catch(() => {});
  queues.set(tabId, settled);
  void settled.then(() => queues.get(tabId) === settled && queues.delete(tabId));
  return run;
}

/** Starts a fresh summary for a tab that (re)loaded a page. */
export function resetTabSummary(tabId: number, url: string, enabled: boolean): Promise<void> {
  return serialised(tabId, async () => {
    await removeChunks(tabId);
    await storage.setItem<SummaryHeader>(headerKey(tabId), { url, enabled, chunks: 0, figures: 0 });
    await showBadge(tabId, 0);
  });
}

/** Adds matched figures to a tab's summary (chunks arrive in page order). */
export function appendTabFigures(tabId: number, figures: SummaryFigure[]): Promise<void> {
  return serialised(tabId, async () => {
    const header = await readHeader(tabId);
    if (!header || figures.length === 0) return;
    await storage.setItem(chunkKey(tabId, header.chunks), figures);
    const next = { ...header, chunks: header.chunks + 1, figures: header.figures + figures.length };
    await storage.setItem<SummaryHeader>(headerKey(tabId), next);
    await showBadge(tabId, next.figures);
  });
}

/** The tab's summary, or null when the tab has no page we annotate. */
export async function getTabSummary(tabId: number): Promise<TabSummary | null> {
  const header = await readHeader(tabId);
  if (!header) return null;
  const keys = Array.from({ length: header.chunks }, (_, i) => chunkKey(tabId, i));
  const chunks = keys.length > 0 ? await storage.getItems(keys) : [];
  const figures = chunks.flatMap(({ value }) => (Array.isArray(value) ? value : []));
  const parsed = TabSummarySchema.safeParse({ url: header.url, enabled: header.enabled, figures });
  return parsed.success ? parsed.data : null;
}

/** Forgets a closed tab. */
export function removeTabSummary(tabId: number): Promise<void> {
  return serialised(tabId, async () => {
    await removeChunks(tabId);
    await storage.removeItem(headerKey(tabId));
  });
}

/** Forgets a tab's page and clears its badge (the tab is loading another page). */
export async function clearTabSummary(tabId: number): Promise<void> {
  await removeTabSummary(tabId);
  await showBadge(tabId, 0);
}

async function readHeader(tabId: number): Promise<SummaryHeader | null> {
  const raw = await storage.getItem<SummaryHeader>(headerKey(tabId));
  const valid =
    raw !== null &&
    typeof raw === 'object' &&
    typeof raw.url === 'string' &&
    typeof raw.enabled === 'boolean' &&
    Number.isInteger(raw.chunks) &&
    Number.isInteger(raw.figures);
  return valid ? raw : null;
}

async function removeChunks(tabId: number): Promise<void> {
  const header = await readHeader(tabId);
  if (!header || header.chunks === 0) return;
  await storage.removeItems(Array.from({ length: header.chunks }, (_, i) => chunkKey(tabId, i)));
}

async function showBadge(tabId: number, figureCount: number): Promise<void> {
  const text = figureCount === 0 ? '' : figureCount > 999 ? '999+' : String(figureCount);
  try {
    await browser.action.setBadgeText({ tabId, text });
  } catch {
    // The tab may have closed while we were matching; nothing to show then.
  }
}
