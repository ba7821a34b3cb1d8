import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { type SummaryFigure, type TabSummary, TabSummarySchema } from '../messaging/schemas';

/**
 * Per-tab summaries for the popup. They live in `storage.session` (memory only, never written to
 * disk, cleared when the browser closes) so they survive the service worker being stopped; a
 * summary is replaced when the tab loads a new page and dropped when the tab closes.
 */
const keyOf = (tabId: number) => `session:tab-summary-${tabId}` as const;

/** Starts a fresh summary for a tab that (re)loaded a page. */
export async function resetTabSummary(tabId: number, url: string, enabled: boolean): Promise<void> {
  await storage.setItem<TabSummary>(keyOf(tabId), { url, enabled, figures: [] });
  await showBadge(tabId, 0);
}

/** Adds matched figures to a tab's summary (chunks arrive in page order). */
export async function appendTabFigures(tabId: number, figures: SummaryFigure[]): Promise<void> {
  const summary = await getTabSummary(tabId);
  if (!summary) return;
  const next = { ...summary, figures: [...summary.figures, ...figures] };
  await storage.setItem<TabSummary>(keyOf(tabId), next);
  await showBadge(tabId, next.figures.length);
}

/** The tab's summary, or null when the tab has no page we annotate. */
export async function getTabSummary(tabId: number): Promise<TabSummary | null> {
  const raw = await storage.getItem<unknown>(keyOf(tabId));
  const parsed = TabSummarySchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Forgets a closed tab. */
export async function removeTabSummary(tabId: number): Promise<void> {
  await storage.removeItem(keyOf(tabId));
}

/** Forgets a tab's page and clears its badge (the tab is loading another page). */
export async function clearTabSummary(tabId: number): Promise<void> {
  await storage.removeItem(keyOf(tabId));
  await showBadge(tabId, 0);
}

async function showBadge(tabId: number, figureCount: number): Promise<void> {
  const text = figureCount === 0 ? '' : figureCount > 999 ? '999+' : String(figureCount);
  try {
    await browser.action.setBadgeText({ tabId, text });
  } catch {
    // The tab may have closed while we were matching; nothing to show then.
  }
}
