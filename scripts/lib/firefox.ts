import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { pollTabId } from './tab-id';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The add-on's id (wxt.config.ts: browser_specific_settings.gecko.id). */
export const ADDON_ID = 'crosscount@crosscount.app';
/**
 * The host of the add-on's pages. Firefox draws a random one per profile; the pref below fixes
 * it, so a test can open `moz-extension://…/popup.html` without asking the browser for it.
 */
export const ADDON_HOST = '5d0a6d3e-6f3c-4c1a-9d5e-7c2b1f0e4a16';

export interface FirefoxWithAddon {
  browser: Browser;
  /** The URL of one of the add-on's pages ("popup.html"). */
  addonUrl(path: string): string;
  close(): Promise<void>;
}

/**
 * Debian's Firefox ESR, driven through WebDriver BiDi, with the built add-on
 * (`.output/firefox-mv2`) installed as a temporary add-on into a fresh profile. The prefs keep
 * it off the network (this machine has none) and out of the way of the tests.
 */
export async function launchFirefoxWithAddon(
  options: { headless?: boolean } = {},
): Promise<FirefoxWithAddon> {
  if (!existsSync(FIREFOX_PATH))
    throw new Error(`${FIREFOX_PATH} is missing: apt-get install -y firefox-esr (or .ci/run)`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: options.headless ?? true,
    defaultViewport: { width: 1100, height: 800 },
    // Firefox 153 lets WebDriver open only http(s), file and blob pages without it: the popup
    // and options pages are moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_HOST }),
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    addonUrl: (path) => `moz-extension://${ADDON_HOST}/${path}`,
    close: () => browser.close(),
  };
}

/** The tab id Firefox gave the page at `url`, read from the add-on's per-tab summaries. */
export function tabIdIn(addonPage: Page, url: string): Promise<number> {
  const readOnce = () =>
    addonPage.evaluate(async (pageUrl) => {
      type SessionApi = { storage: { session: { get(keys: null): Promise<object> } } };
      const all = await (
        globalThis as unknown as { browser: SessionApi }
      ).browser.storage.session.get(null);
      const entry = Object.entries(all).find(([, v]) => (v as { url?: string })?.url === pageUrl);
      return entry ? Number(entry[0].replace('tab-summary-', '')) : null;
    }, url);
  return pollTabId(readOnce, url);
}

/**
 * Opens one of the add-on's pages and waits for `ready`. WebDriver may never report a
 * moz-extension:// load, so the navigation is not awaited; and a query sent while the page's
 * realm is being replaced can fail inside Firefox's remote agent ("Protocol error
 * (script.evaluate)"), so that one error is retried a few times.
 */
export async function openAddonPage(
  firefox: FirefoxWithAddon,
  path: string,
  ready: string,
): Promise<Page> {
  const page = await firefox.browser.newPage();
  page.goto(firefox.addonUrl(path)).catch(() => {});
  for (let attempt = 1; ; attempt++) {
    try {
      await page.waitForSelector(ready);
      return page;
    } catch (error) {
      if (!isRealmRace(error) || attempt === 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/**
 * Whether `error`, or any error it was caused by, is the remote agent's "Protocol error
 * (script.evaluate)". puppeteer wraps it: a selector wait throws "Waiting for selector … failed"
 * with the protocol error two causes down, so the top-level message alone does not show it.
 */
export function isRealmRace(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 8; depth++) {
    if (/Protocol error \(script\.evaluate\)/.test(String(e))) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
