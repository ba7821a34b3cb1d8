import type { Settings } from './schema';

/**
 * The key under which a page's per-site choice is stored: the host name without a leading
 * `www.`, plus the port when it is not the default. Null for pages we never run on: browser and
 * extension pages, `file:` pages, data and blob URLs, and the extension stores.
 */
export function siteKeyOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase();
  if (!host || EXTENSION_STORES.some((store) => isSameOrSubdomain(host, store))) return null;
  const bare = host.startsWith('www.') ? host.slice(4) : host;
  return parsed.port ? `${bare}:${parsed.port}` : bare;
}

// Browsers forbid content scripts there anyway; being explicit keeps the popup honest.
const EXTENSION_STORES = ['chromewebstore.google.com', 'addons.mozilla.org'];

function isSameOrSubdomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/**
 * The rule that decides a page: the most specific stored choice among the site key and its
 * parent domains (a choice for `cnn.com` covers `edition.cnn.com` unless that has its own).
 * Returns the key the choice is stored under, or null when the user made none.
 */
export function findSiteRule(siteKey: string, settings: Settings): string | null {
  if (Object.hasOwn(settings.sites, siteKey)) return siteKey;
  const [host = '', port] = siteKey.split(/:(?=\d+$)/);
  // IP literals have no parent domains.
  if (/^[\d.]+$/.test(host) || host.startsWith('[')) return null;
  const labels = host.split('.');
  for (let i = 1; i < labels.length - 1; i++) {
    const parent = labels.slice(i).join('.');
    const key = port ? `${parent}:${port}` : parent;
    if (Object.hasOwn(settings.sites, key)) return key;
  }
  return null;
}

/** Whether Crosscount should annotate the page at `url`. */
export function isSiteEnabled(url: string, settings: Settings): boolean {
  const siteKey = siteKeyOf(url);
  if (siteKey === null) return false;
  const rule = findSiteRule(siteKey, settings);
  if (rule !== null) return settings.sites[rule] === true;
  return settings.mode === 'everywhere';
}

/** Settings with the user's choice for one site recorded (a new object; the input is unchanged). */
export function withSiteChoice(settings: Settings, siteKey: string, enabled: boolean): Settings {
  const rule = findSiteRule(siteKey, settings) ?? siteKey;
  return { ...settings, sites: { ...settings.sites, [rule]: enabled } };
}
