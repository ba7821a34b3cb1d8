import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/lib/chromium';
import { FIGURE, TOOLTIP, uiDate, waitForHighlights } from './helpers';
import { type Channel, channelBuild, newKey, openChannel, publish } from './update-channel';

// The signed update channel end to end: a local static server publishes the build fixtures (real
// rows, cut down, ending in April 2022 for Russian tanks) signed with a fresh key; the reader turns
// the channel on in the options with that server as their own source. Then the same address
// serves a tampered database, another key's signature, an older publication, garbage, and
// nothing at all: each is refused with the update still in use and a clear message.
const build = channelBuild;
const key = newKey();
const good = publish(build, key, '2026-12-05T10:00:00Z');

let ch: Channel;
let browser: ExtensionBrowser;
const serve = (files: Map<string, string>) => ch.serve(files);

beforeAll(async () => {
  ch = await openChannel();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await ch?.close();
});

async function openOptions(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.locator('.cc-data-status').waitFor();
  return page;
}

/** The "data ends" line of the December 2026 page's "790 tanks" tooltip. */
async function tanksDataEnds(): Promise<string> {
  const page = await browser.context.newPage();
  await page.goto(`${ch.pages.origin}/december-2026.html`);
  await waitForHighlights(page, 2);
  await page.locator(FIGURE, { hasText: '790 tanks' }).hover();
  const ends = page.locator(`${TOOLTIP} .cc-data-ends`);
  await ends.waitFor();
  const text = (await ends.textContent()) ?? '';
  await page.close();
  return text;
}

async function checkNow(options: Page): Promise<string> {
  await options.getByRole('button', { name: 'Check now' }).click();
  const last = options.locator('.cc-data-status p', { hasText: 'Last check' });
  await expect
    .poll(async () => await options.getByRole('button', { name: 'Check now' }).isEnabled())
    .toBe(true);
  return (await last.textContent()) ?? '';
}

describe('the signed update channel', () => {
  it('requests nothing while the option is off', async () => {
    serve(good.files);
    const options = await openOptions();
    expect(await tanksDataEnds()).toContain(await uiDate(browser, '2026-08-22'));
    expect(ch.requested).toEqual([]);
    await options.close();
  });

  it("installs a signed update from the reader's own source, and the tooltip uses it", async () => {
    const options = await openOptions();
    await options.getByLabel(/Data address/).fill(ch.address);
    await options.getByLabel(/Public key/).fill(good.publicKey);
    await options.getByRole('button', { name: 'Use this source' }).click();
    await options.getByRole('checkbox', { name: 'Keep the data up to date' }).check();
    const status = options.locator('.cc-data-status');
    await expect.poll(() => status.textContent()).toContain('newer data was installed');
    expect(await status.textContent()).toContain(`data version ${good.manifest.version}`);
    expect(ch.requested.filter((path) => path.endsWith('/update.json'))).toHaveLength(1);
    // The fixtures' Russian tanks end in April 2022: the tooltip now answers from them.
    expect(await tanksDataEnds()).toContain(await uiDate(browser, '2022-04-19'));
    // The popup's footer names the data in use.
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=1`);
    const footer = popup.locator('.cc-data-version');
    await expect.poll(() => footer.textContent()).toContain(good.manifest.version);
    await popup.close();
    await options.close();
  });

  it.each([
    ['a tampered database', () => serve(tampered()), 'does not match its signed description'],
    [
      'another key',
      () => serve(publish(build, newKey(), '2026-12-06T10:00:00Z').files),
      'not signed by the configured key',
    ],
    [
      'an older publication',
      () => serve(publish(build, key, '2026-12-01T10:00:00Z').files),
      'older than the data in use',
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
    const last = await checkNow(options);
    expect(last).toContain(message);
    expect(await options.locator('.cc-data-status').textContent()).toContain(
      `data version ${good.manifest.version}`,
    );
    expect(await tanksDataEnds()).toContain(await uiDate(browser, '2022-04-19'));
    await options.close();
  });
});

/** A newer, correctly signed manifest whose database was changed after signing. */
function tampered(): Map<string, string> {
  const newer = publish(build, key, '2026-12-06T12:00:00Z');
  const name = newer.manifest.database;
  const files = new Map(newer.files);
  files.set(name, (files.get(name) as string).replace('"russia"', '"ukraine"'));
  return files;
}
