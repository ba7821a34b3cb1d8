import { storage } from 'wxt/utils/storage';
import { parseSettings, SETTINGS_VERSION, type Settings } from './schema';
import { withSiteChoice } from './site-rules';

/**
 * Settings live in `storage.sync` so the per-site list follows the user across browsers. The raw
 * value is `unknown` on purpose: whatever is stored (an older version, a corrupted field) goes
 * through parseSettings before anything reads it.
 */
const settingsItem = storage.defineItem<unknown>('sync:settings', {
  fallback: null,
  version: SETTINGS_VERSION,
});

/** Reads the settings, repairing corrupted fields to their defaults with a warning. */
export async function loadSettings(): Promise<Settings> {
  let raw: unknown = null;
  try {
    raw = await settingsItem.getValue();
  } catch (error) {
    console.warn('Crosscount: could not read settings, using defaults', error);
  }
  const { settings, warnings } = parseSettings(raw);
  for (const warning of warnings) console.warn(`Crosscount: ${warning}`);
  return settings;
}

/** Records the user's choice for one site and returns the new settings. */
export async function setSiteEnabled(siteKey: string, enabled: boolean): Promise<Settings> {
  const next = withSiteChoice(await loadSettings(), siteKey, enabled);
  await settingsItem.setValue(next);
  return next;
}

/** Calls `onChange` with the parsed settings whenever they change; returns the unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => onChange(parseSettings(raw).settings));
}
