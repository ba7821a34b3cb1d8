import { type Browser, browser } from 'wxt/browser';
import type { Comparison, MatchQuery } from '../claims/types';
import type { DataStatus } from '../data-update/status';
import type { BackgroundHandlers } from '../messaging/client';
import { queryOfRecord, toTabRecord } from '../messaging/tab-record';
import { appendTabFigures, getTabRecords, getTabSummary, resetTabSummary } from './tab-summaries';

/** Answers one figure's query from the claims database. */
export type Matcher = (query: MatchQuery) => Comparison;

/** The update channel as the handlers see it (src/background/data-service.ts). */
export interface DataChannel {
  status: () => Promise<DataStatus>;
  check: (force: boolean) => Promise<DataStatus>;
}

// For tests and tools that load a database without a channel.
const NO_CHANNEL: DataChannel = {
  status: () => Promise.reject(new Error('Crosscount: no data channel')),
  check: () => Promise.reject(new Error('Crosscount: no data channel')),
};

/**
 * The background's message handlers. `getMatcher` resolves once the claims database is loaded,
 * so a request that arrives while the worker is still starting simply waits for it.
 */
export function createHandlers(
  getMatcher: () => Promise<Matcher>,
  data: DataChannel = NO_CHANNEL,
): BackgroundHandlers {
  return {
    'data-status': async (_request, sender) => {
      requireExtensionPage(sender);
      return data.status();
    },
    'data-check': async (_request, sender) => {
      requireExtensionPage(sender);
      return data.check(true);
    },
    // Only opens our own options page, where the reader decides; the page learns nothing.
    'open-data-options': async () => {
      await browser.runtime.openOptionsPage();
      return { ok: true };
    },
    'page-state': async (request, sender) => {
      const tabId = requireContentTab(sender);
      await resetTabSummary(tabId, request.url, request.enabled);
      return { ok: true };
    },
    'match-figures': async (request, sender) => {
      const tabId = requireContentTab(sender);
      const match = await getMatcher();
      const comparisons = request.figures.map((figure) => match(figure.query));
      // Only the compact records are kept; the comparisons go back to the page and are dropped.
      await appendTabFigures(
        tabId,
        request.figures.map((figure, i) => toTabRecord(figure, comparisons[i] as Comparison)),
      );
      return { comparisons };
    },
    'get-tab-summary': async (request, sender) => {
      requireExtensionPage(sender);
      return { summary: await getTabSummary(request.tabId) };
    },
    'compare-figures': async (request, sender) => {
      requireExtensionPage(sender);
      const wanted = new Set(request.ids);
      const records = (await getTabRecords(request.tabId)).filter((r) => wanted.has(r.i));
      if (records.length === 0) return { figures: [] };
      // Recomputed on demand from the record's query: the worker keeps no comparison.
      const match = await getMatcher();
      return {
        figures: records.map((record) => ({
          id: record.i,
          comparison: match(queryOfRecord(record)),
        })),
      };
    },
  };
}

function requireContentTab(sender: Browser.runtime.MessageSender): number {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) throw new Error('Crosscount: expected a content script');
  return tabId;
}

/** Only the extension's own pages (popup, options) may read what a tab contains. */
function requireExtensionPage(sender: Browser.runtime.MessageSender): void {
  if (sender.tab && !isExtensionPage(sender)) throw new Error('Crosscount: not allowed');
}

function isExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}
