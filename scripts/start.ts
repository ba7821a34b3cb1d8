/**
 * `npm start`: (after `wxt build`) serves the demo article on http://127.0.0.1:8123 and opens it
 * in Debian's Chromium with the freshly built extension loaded; `npm start -- --firefox` builds
 * the Firefox add-on and opens the article in Debian's Firefox ESR instead. Without a display (a
 * server, CI) it runs headless, hovers "790 tanks" and saves a screenshot instead.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { launchWithExtension } from './lib/chromium';
import { launchFirefoxWithAddon } from './lib/firefox';
import { FIXTURES_DIR, serveFolder } from './lib/static-server';

const PORT = Number(process.env.PORT ?? 8123);
const FIGURE_READY = '[data-crosscount="figure"][aria-label*="source"]';
const firefox = process.argv.includes('--firefox');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const screenshot = resolve(import.meta.dirname, '../.output/start-screenshot.png');

const ensure = (script: string) =>
  execFileSync('bash', [resolve(import.meta.dirname, script)], { stdio: 'inherit' });

if (firefox) {
  ensure('ensure-firefox.sh');
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit' });
} else ensure('ensure-chromium.sh');
const server = await serveFolder(FIXTURES_DIR, PORT);
const articleUrl = `${server.origin}/seed-article.html`;
const name = firefox ? 'Firefox ESR' : 'Chromium';

if (firefox) {
  const browser = await launchFirefoxWithAddon({ headless });
  const page = await browser.browser.newPage();
  await page.goto(articleUrl);
  console.log(`Crosscount is loaded in ${name}; the demo article is at ${articleUrl}`);
  if (headless) {
    await (await page.waitForSelector(`${FIGURE_READY}[data-value="790"]`))?.hover();
    await new Promise((resolve) => setTimeout(resolve, 400));
    await page.screenshot({ path: screenshot as `${string}.png` });
    await done(browser.close);
  } else {
    console.log('Close the browser window (or press Ctrl+C) to stop.');
    browser.browser.on('disconnected', () => void server.close().then(() => process.exit(0)));
  }
} else {
  const browser = await launchWithExtension({ headless });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(articleUrl);
  console.log(`Crosscount is loaded in ${name}; the demo article is at ${articleUrl}`);
  if (headless) {
    await page.waitForSelector(FIGURE_READY);
    await page.locator('[data-crosscount="figure"]', { hasText: '790 tanks' }).hover();
    await page.waitForTimeout(400);
    await page.screenshot({ path: screenshot });
    await done(() => browser.close());
  } else {
    console.log('Close the browser window (or press Ctrl+C) to stop.');
    browser.context.on('close', () => void server.close().then(() => process.exit(0)));
  }
}

async function done(close: () => Promise<void>): Promise<void> {
  console.log(`No display found, so ${name} ran headless; screenshot: ${screenshot}`);
  await close();
  await server.close();
}
