import { browser } from 'wxt/browser';
import { createMatcherLoader } from '../src/background/claims-service';
import { createHandlers } from '../src/background/handlers';
import {
  clearTabSummary,
  pruneTabSummaries,
  removeTabSummary,
} from '../src/background/tab-summaries';
import claimsDatabase from '../src/data/claims.json?raw';
import { routeBackgroundMessage } from '../src/messaging/client';

// Listeners are registered synchronously at the top of the worker (GUIDE §6.1) so a message that
// wakes the worker is never missed; handlers await the claims database themselves.
export default defineBackground(() => {
  const handlers = createHandlers(createMatcherLoader(() => claimsDatabase));
  browser.runtime.onMessage.addListener((message, sender) =>
    routeBackgroundMessage(handlers, message, sender),
  );
  browser.tabs.onRemoved.addListener((tabId) => void removeTabSummary(tabId));
  // Tabs closed while no worker could hear it (a crash, a restored session) give back their share
  // of the session-storage budget when the worker starts.
  void browser.tabs
    .query({})
    .then((tabs) =>
      pruneTabSummaries(tabs.flatMap((tab) => (tab.id === undefined ? [] : [tab.id]))),
    )
    .catch(() => {});
  // A tab started loading a new document: forget the old page's figures (and badge) at once, also
  // when the new page is one we never run on. Same-document (history API) navigations don't fire
  // this; the content script reports those itself.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void clearTabSummary(tabId);
  });
});
