/**
 * `npm start`: (after `wxt build`) serves the demo article on http://127.0.0.1:8123 and opens it
 * in Debian's Chromium with the freshly built extension loaded. Without a display (a server, CI)
 * it runs headless, hovers "790 tanks" and saves a screenshot instead.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { launchWithExtension } from './lib/chromium';
import { FIXTURES_DIR, serveFolder } from './lib/static-server';

const PORT = Number(process.env.PORT ?? 8123);

execFileSync('bash', [resolve(import.meta.dirname, 'ensure-chromium.sh')], { stdio: 'inherit' });
const server = await serveFolder(FIXTURES_DIR, PORT);
const articleUrl = `${server.origin}/seed-article.html`;
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const browser = await launchWithExtension({ headless });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(articleUrl);
console.log(`Crosscount is loaded; the demo article is at ${articleUrl}`);

if (headless) {
  await page.waitForSelector('[data-crosscount="figure"][aria-label*="source"]');
  await page.locator('[data-crosscount="figure"]', { hasText: '790 tanks' }).hover();
  await page.waitForTimeout(400);
  const screenshot = resolve(import.meta.dirname, '../.output/start-screenshot.png');
  await page.screenshot({ path: screenshot });
  console.log(`No display found, so Chromium ran headless; screenshot: ${screenshot}`);
  await browser.close();
  await server.close();
} else {
  console.log('Close the browser window (or press Ctrl+C) to stop.');
  browser.context.on('close', () => void server.close().then(() => process.exit(0)));
}
