import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FirefoxWithAddon,
  launchFirefoxWithAddon,
  openAddonPage,
} from '../../scripts/lib/firefox';
import { FIGURE, TOOLTIP } from './helpers';
import { type Channel, channelBuild, newKey, openChannel, publish } from './update-channel';

// The signed update channel in Firefox ESR (the MV2 build's background page, Firefox's own
// WebCrypto Ed25519): the same local publication as data-update.e2e.ts in Chromium — the build
// fixtures, whose Russian tanks end in April 2022, signed with a fresh key — installed from the
// reader's own source and used by the tooltip; then a tampered database, another key, garbage and a
// server that is down are each refused with the update still in use and the reason shown.
const build = channelBuild;
const key = newKey();
const good = publish(build, key, '2026-12-05T10:00:00Z');

let ch: Channel;
let firefox: FirefoxWithAddon;
const serve = (files: Map<string, string>) => ch.serve(files);

beforeAll(async () => {
  ch = await openChannel();
  firefox = await launchFirefoxWithAddon();
});

afterAll(async () => {
  await firefox?.close();
  await ch?.close();
});

const openOptions = () => openAddonPage(firefox, 'options.html', '.cc-data-status');

const statusText = (options: Page) =>
  options.$eval('.cc-data-status', (status) => status.textContent ?? '');

/** A date as the add-on's interface writes it (the UI language of this Firefox). */
function uiDate(addonPage: Page, iso: string): Promise<string> {
  return addonPage.evaluate((day) => {
    type I18nApi = { i18n: { getUILanguage(): string } };
    const locale = (globalThis as unknown as { browser: I18nApi }).browser.i18n.getUILanguage();
    const options = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' } as const;
    return new Intl.DateTimeFormat(locale, options).format(new Date(`${day}T00:00:00Z`));
  }, iso);
}

/** The "data ends" line of the December 2026 page's "790 tanks" tooltip. */
async function tanksDataEnds(): Promise<string> {
  const page = await firefox.browser.newPage();
  await page.goto(`${ch.pages.origin}/december-2026.html`);
  const tanks = await page.waitForSelector(
    `${FIGURE}[data-value="790"]:not([aria-label*="looking up"])`,
  );
  await tanks?.hover();
  const ends = () =>
    page.evaluate(
      (host) =>
        document.querySelector(host)?.shadowRoot?.querySelector('.cc-data-ends')?.textContent ?? '',
      TOOLTIP,
    );
  await expect.poll(ends, { timeout: 10_000 }).not.toBe('');
  const text = await ends();
  await page.close();
  return text;
}

describe('Firefox ESR: the signed update channel', () => {
  it('requests nothing while off; installs a signed update and the tooltip uses it', async () => {
    serve(good.files);
    const options = await openOptions();
    expect(await tanksDataEnds()).toContain(await uiDate(options, '2026-08-22'));
    expect(ch.requested).toEqual([]);

    await options.type('#cc-data-url', ch.address);
    await options.type('#cc-data-key', good.publicKey);
    await options.click('.cc-own-source button[type="submit"]');
    await options.click('#cc-data-update .cc-inline-switch input[type="checkbox"]');
    await expect
      .poll(() => statusText(options), { timeout: 15_000 })
      .toContain('newer data was installed');
    expect(await statusText(options)).toContain(`data version ${good.manifest.version}`);
    expect(await tanksDataEnds()).toContain(await uiDate(options, '2022-04-19'));
    await options.close();
  });

  it.each([
    ['a tampered database', () => serve(tampered()), 'does not match its signed description'],
    [
      'another key',
      () => serve(publish(build, newKey(), NEWER).files),
      'not signed by the configured key',
    ],
    [
      'garbage',
      () => serve(new Map([['update.json', '<html>Not found</html>']])),
      'did not answer with an update file',
    ],
    ['a server that is down', () => ch.channel.close(), 'could not be reached'],
  ])('refuses %s and keeps the update in use', async (_case, arrange, message) => {
    await arrange();
    const options = await openOptions();
    await options.evaluate(() => {
      const buttons = [...document.querySelectorAll<HTMLButtonElement>('#cc-data-update button')];
      buttons.find((button) => button.textContent === 'Check now')?.click();
    });
    await expect.poll(() => statusText(options), { timeout: 15_000 }).toContain(message);
    expect(await statusText(options)).toContain(`data version ${good.manifest.version}`);
    expect(await tanksDataEnds()).toContain(await uiDate(options, '2022-04-19'));
    await options.close();
  });
});

const NEWER = '2026-12-06T12:00:00Z';

/** A newer, correctly signed manifest whose database was changed after signing. */
function tampered(): Map<string, string> {
  const newer = publish(build, key, NEWER);
  const files = new Map(newer.files);
  const name = newer.manifest.database;
  files.set(name, (files.get(name) as string).replace('"russia"', '"ukraine"'));
  return files;
}
