import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The profile folder; pass it to a second launch to test what survives a browser restart. */
  profile: string;
  /** Empty when launched without the extension (the reference for DOM comparisons). */
  extensionId: string;
  serviceWorker: Worker | null;
  close: (options?: { keepProfile?: boolean }) => Promise<void>;
}

/**
 * Debian's Chromium with the built extension loaded, in a fresh profile. The flags keep Chromium
 * off the network entirely (this machine has none, and the privacy tests watch for requests).
 */
export async function launchWithExtension(
  options: { headless?: boolean; profile?: string; extension?: boolean } = {},
): Promise<ExtensionBrowser> {
  const profile = options.profile ?? (await mkdtemp(join(tmpdir(), 'crosscount-profile-')));
  const extension = options.extension ?? true;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    viewport: { width: 1100, height: 800 },
    args: [
      ...(extension
        ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`]
        : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const serviceWorker = extension
    ? (context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 30_000 })))
    : null;
  return {
    context,
    profile,
    extensionId: serviceWorker ? new URL(serviceWorker.url()).host : '',
    serviceWorker,
    close: async ({ keepProfile = false } = {}) => {
      await context.close();
      if (!keepProfile) await rm(profile, { recursive: true, force: true });
    },
  };
}
