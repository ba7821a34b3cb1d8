import { browser } from 'wxt/browser';
import { createDataService } from '../src/background/data-service';
import {
  readCheckStatus,
  readInstalled,
  saveCheckStatus,
  saveInstalled,
} from '../src/background/data-store';
import { createHandlers } from '../src/background/handlers';
import {
  clearTabSummary,
  pruneTabSummaries,
  removeTabSummary,
} from '../src/background/tab-summaries';
import claimsDatabase from '../src/data/claims.json?raw';
import { buildDate, version } from '../src/data/claims-manifest.json';
import { builtInSource } from '../src/data-update/address';
import { PRIVATE_FETCH } from '../src/data-update/channel';
import { routeBackgroundMessage } from '../src/messaging/client';
import { loadSettings, watchSettings } from '../src/settings/store';

// Listeners are registered synchronously at the top of the worker (GUIDE §6.1) so a message that
// wakes the worker is never missed; handlers await the claims database themselves.
export default defineBackground(() => {
  const data = createDataService({
    bundled: { read: () => claimsDatabase, version, newest: buildDate },
    defaultSource: builtInSource(import.meta.env.WXT_DATA_URL, import.meta.env.WXT_DATA_PUBLIC_KEY),
    // The only request Crosscount ever makes, and only once the reader turned the channel on.
    fetcher: (url) => fetch(url, PRIVATE_FETCH),
    loadSettings,
    now: () => Date.now(),
    store: { readInstalled, saveInstalled, readCheckStatus, saveCheckStatus },
  });
  const handlers = createHandlers(data.getMatcher, data);
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
  // The update channel: checked when the worker starts, at most once a day and only when on (the
  // options page asks for a check when the reader changes it). A change of the channel's
  // settings chooses the data in use again: turning it off goes back to the bundled data.
  void data.check(false).catch((error) => console.warn('Crosscount: data update', error));
  let channel: string | undefined;
  watchSettings((settings) => {
    const next = JSON.stringify(settings.dataUpdate);
    if (channel !== undefined && next !== channel) data.reselect();
    channel = next;
  });
  void loadSettings().then((settings) => {
    channel ??= JSON.stringify(settings.dataUpdate);
  });
});
