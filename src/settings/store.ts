import { browser } from 'wxt/browser';
import { parseSettings, type Settings } from './schema';
import { withSiteChoice } from './site-rules';

/**
 * Settings live in `storage.sync`, so the per-site list follows the user across browsers, while
 * they fit its per-item quota; a list too long for it (or a browser without sync) moves them to
 * `storage.local`, which then wins. Whatever is stored — an older version, a corrupted field — goes
 * through parseSettings before anything reads it.
 */
// Straight on browser.storage, not wxt/utils/storage: the content script reads the settings, and
// that wrapper would add 7.6 KB to it for four calls.
const KEY = 'settings';
type Area = 'sync' | 'local';
const read = async (area: Area): Promise<unknown> =>
  (await browser.storage[area].get(KEY))[KEY] ?? null;
const write = (area: Area, settings: Settings) => browser.storage[area].set({ [KEY]: settings });
// chrome.storage.sync.QUOTA_BYTES_PER_ITEM is 8,192 bytes, key included; keep a margin.
const SYNC_ITEM_LIMIT = 8_000;

/** Reads the settings, migrating old versions and repairing corrupted fields (with a warning). */
export async function loadSettings(): Promise<Settings> {
  const raw = await readRaw();
  const { settings, warnings } = parseSettings(raw);
  for (const warning of warnings) console.warn(`Crosscount: ${warning}`);
  if (raw && (raw as { version?: unknown }).version !== settings.version) {
    // Store the migrated form once, so every context reads the current version from now on.
    await saveSettings(settings).catch((error) => console.warn('Crosscount:', error));
  }
  return settings;
}

/** Writes the settings to sync storage when they fit, else to local storage. */
export async function saveSettings(settings: Settings): Promise<void> {
  const size = new TextEncoder().encode(JSON.stringify(settings)).length;
  if (size <= SYNC_ITEM_LIMIT) {
    try {
      await write('sync', settings);
      await browser.storage.local.remove(KEY);
      return;
    } catch (error) {
      console.warn('Crosscount: sync storage unavailable, keeping settings on this device', error);
    }
  }
  await write('local', settings);
}

/** Records the user's choice for one site and returns the new settings. */
export async function setSiteEnabled(siteKey: string, enabled: boolean): Promise<Settings> {
  const next = withSiteChoice(await loadSettings(), siteKey, enabled);
  await saveSettings(next);
  return next;
}

/** Calls `onChange` with the parsed settings whenever they change; returns the unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'sync' || area === 'local') && KEY in changes) void loadSettings().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

async function readRaw(): Promise<unknown> {
  // Both areas at once: every page waits for its settings before its first highlight, and one
  // round trip to the browser costs as much as the scan of a short article. Each may fail alone
  // (a browser without sync storage): the settings kept on this device still count then.
  const [local, sync] = await Promise.allSettled([read('local'), read('sync')]);
  if (local.status === 'fulfilled' && local.value !== null) return local.value;
  if (local.status === 'fulfilled' && sync.status === 'fulfilled') return sync.value;
  const failed = local.status === 'rejected' ? local : sync;
  console.warn(
    'Crosscount: could not read settings, using defaults',
    (failed as PromiseRejectedResult).reason,
  );
  return null;
}
