/**
 * `npm run bench`: how much Crosscount costs a page, measured in real Chromium with the built
 * extension, and written to docs/PERFORMANCE.md. See that file's "Method" section for what is
 * measured and how; the last line printed is the one-line summary asked for by issue 7.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import type { AdversarialMeasurement } from './bench/adversarial-page';
import { measureBigPage } from './bench/big-page';
import { BIG_PAGE_HEADING, bigPageSection, spliceSection } from './bench/big-page-doc';
import { buildInPageBundle } from './bench/bundle';
import type { ClaimsMeasurement } from './bench/claims-page';
import { performanceDocument } from './bench/document';
import {
  coldStart,
  liveUpdates,
  firstHighlight as measureFirstHighlight,
  openExtensionPage,
  type ScanRound,
  scanLiveBlog,
  setSite,
} from './bench/extension';
import { keepHandWritten } from './bench/hand-written';
import type { PageMeasurement } from './bench/in-page';
import { chromiumVersion, machine } from './bench/machine';
import { type BenchPage, lossParagraphsOf, preparePages } from './bench/pages';
import { type BenchResults, closingLine, pagesSummary, ratiosOf } from './bench/report';
import { serveBench } from './bench/server';
import { bundleSizes } from './bench/sizes';
import { median } from './bench/stats';
import { EXTENSION_DIR, type ExtensionBrowser, launchWithExtension } from './lib/chromium';
import { FIXTURES_DIR } from './lib/static-server';

const RUNS = 9;
const SCAN_ROUNDS = 3;
const DOC = resolve(import.meta.dirname, '../docs/PERFORMANCE.md');
const BIG_PAGE_SHOT = resolve(import.meta.dirname, '../docs/screenshots/popup-big-page.png');

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** The in-page comparison on every page (the extension switched off for the bench site). */
async function measurePages(
  context: BrowserContext,
  origin: string,
  pages: BenchPage[],
  bundle: string,
): Promise<BenchResults['pages']> {
  const measured: BenchResults['pages'] = [];
  for (const page of pages) {
    const tab = await context.newPage();
    await tab.goto(`${origin}${page.path}`, { waitUntil: 'load' });
    await tab.addScriptTag({ content: bundle });
    const measurement = await tab.evaluate(
      (runs) =>
        (
          globalThis as unknown as {
            crosscountBench: { measure(runs: number): Promise<PageMeasurement> };
          }
        ).crosscountBench.measure(runs),
      RUNS,
    );
    await tab.close();
    const r = ratiosOf(measurement);
    log(
      `${page.name}: bare ${r.bareMs.toFixed(2)} ms, regex ${r.regex.toFixed(2)}×, ` +
        `mark.js ${r.markjs.toFixed(2)}×, crosscount ${r.crosscount.toFixed(2)}× ` +
        `(gate ${r.gate.toFixed(2)}×) ` +
        `(${measurement.counts.crosscount} figures)`,
    );
    measured.push({ page, measurement });
  }
  return measured;
}

const CLAIMS_ROUNDS = 9;
const CLAIMS_JSON = resolve(import.meta.dirname, '../src/data/claims.json');

/**
 * The claims database in real Chromium: a fresh page per round (V8 cold, as in a stopped service
 * worker) loads the committed bundle step by step and runs 1,000 comparisons.
 */
async function measureClaims(context: BrowserContext, origin: string) {
  const script = await buildInPageBundle('claims-page.ts');
  const text = await readFile(CLAIMS_JSON, 'utf8');
  const rounds: ClaimsMeasurement[] = [];
  for (let i = 0; i < CLAIMS_ROUNDS; i++) {
    const tab = await context.newPage();
    await tab.goto(`${origin}/seed-article.html`, { waitUntil: 'load' });
    await tab.addScriptTag({ content: script });
    rounds.push(
      await tab.evaluate(
        (bundle) =>
          (
            globalThis as unknown as {
              crosscountClaimsBench: { measure(text: string): ClaimsMeasurement };
            }
          ).crosscountClaimsBench.measure(bundle),
        text,
      ),
    );
    await tab.close();
  }
  const claims = medianClaims(rounds);
  log(`claims: ${JSON.stringify(claims)}`);
  return claims;
}

/** src/data/claims.json, raw and gzip (level 9, as the claims build reports it). */
async function claimsBundleSize() {
  const bytes = await readFile(CLAIMS_JSON);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** The median of each step over the rounds. */
function medianClaims(rounds: readonly ClaimsMeasurement[]): ClaimsMeasurement {
  const keys = Object.keys(rounds[0] ?? {}) as (keyof ClaimsMeasurement)[];
  return Object.fromEntries(
    keys.map((key) => [key, median(rounds.map((round) => round[key]))]),
  ) as unknown as ClaimsMeasurement;
}

const ADVERSARIAL_ROUNDS = 3;

/** The detector on the 1 MB adversarial mix, a fresh page per round; medians of the rounds. */
async function measureAdversarial(
  context: BrowserContext,
  origin: string,
): Promise<AdversarialMeasurement> {
  const script = await buildInPageBundle('adversarial-page.ts');
  const rounds: AdversarialMeasurement[] = [];
  for (let i = 0; i < ADVERSARIAL_ROUNDS; i++) {
    const tab = await context.newPage();
    await tab.goto(`${origin}/seed-article.html`, { waitUntil: 'load' });
    await tab.addScriptTag({ content: script });
    rounds.push(
      await tab.evaluate(() =>
        (
          globalThis as unknown as {
            crosscountAdversarialBench: { measure(): AdversarialMeasurement };
          }
        ).crosscountAdversarialBench.measure(),
      ),
    );
    await tab.close();
  }
  const keys = Object.keys(rounds[0] ?? {}) as (keyof AdversarialMeasurement)[];
  const result = Object.fromEntries(
    keys.map((key) => [key, median(rounds.map((round) => round[key]))]),
  ) as unknown as AdversarialMeasurement;
  log(`adversarial mix: ${JSON.stringify(result)}`);
  return result;
}

type ExtensionResults = Pick<
  BenchResults,
  'scans' | 'firstHighlight' | 'updates' | 'serviceWorker'
>;

/** What only the real extension shows: scan tasks and heap, first highlight, updates, worker. */
async function measureExtension(
  browser: ExtensionBrowser,
  extension: Page,
  origin: string,
): Promise<ExtensionResults> {
  const { context } = browser;
  const siteKey = new URL(origin).host;
  const blogUrl = `${origin}/live-blog.html`;
  const scans: ScanRound[] = [];
  for (let i = 0; i < SCAN_ROUNDS; i++) {
    scans.push(await scanLiveBlog(context, extension, blogUrl, siteKey));
    log(`live blog scan ${i + 1}: ${JSON.stringify(scans.at(-1))}`);
  }
  await setSite(extension, siteKey, true);
  const firstHighlight = await measureFirstHighlight(context, `${origin}/seed-article.html`, RUNS);
  log(`first highlight: ${JSON.stringify(firstHighlight)}`);
  const seedHtml = await readFile(join(FIXTURES_DIR, 'seed-article.html'), 'utf8');
  // "Russian losses included 790 tanks, 2,041 armored combat vehicles, …"
  const lossParagraph = lossParagraphsOf(seedHtml)[2] as string;
  const updates = await liveUpdates(context, blogUrl, lossParagraph);
  log(`live updates: ${JSON.stringify(updates)}`);
  const serviceWorker = await coldStart(context, extension, 9);
  log(`service worker: ${JSON.stringify(serviceWorker)}`);
  return { scans, firstHighlight, updates, serviceWorker };
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadAtStart = loadavg()[0] ?? 0;
  const dir = await mkdtemp(join(tmpdir(), 'crosscount-bench-'));
  const pages = await preparePages(FIXTURES_DIR, dir);
  const server = await serveBench(dir);
  const bundle = await buildInPageBundle();
  const browser = await launchWithExtension();
  try {
    // The real pages link images and fonts elsewhere; nothing may leave this machine.
    await browser.context.route(
      (url) => url.protocol.startsWith('http') && url.origin !== server.origin,
      (route) => route.abort(),
    );
    const extension = await openExtensionPage(browser);
    await setSite(extension, new URL(server.origin).host, false);
    if (process.argv.includes('--adversarial')) {
      // A quick look at the detector on the 1 MB adversarial mix; writes nothing.
      await measureAdversarial(browser.context, server.origin);
      return;
    }
    if (process.argv.includes('--in-page')) {
      // A quick look while working on the page shell: the in-page comparison alone; writes nothing.
      const measured = await measurePages(browser.context, server.origin, pages, bundle);
      log(pagesSummary(measured).join('\n'));
      return;
    }
    if (process.argv.includes('--claims-only')) {
      // A quick look while working on the claims database; writes nothing.
      await measureClaims(browser.context, server.origin);
      await setSite(extension, new URL(server.origin).host, true);
      log(`service worker: ${JSON.stringify(await coldStart(browser.context, extension, 9))}`);
      return;
    }
    await setSite(extension, new URL(server.origin).host, true);
    if (process.argv.includes('--first-highlight')) {
      // A quick look while working on the content script's start; writes nothing.
      const url = `${server.origin}/seed-article.html`;
      log(
        `first highlight: ${JSON.stringify(await measureFirstHighlight(browser.context, url, RUNS))}`,
      );
      return;
    }
    const bigPage = await measureBigPage(browser, dir, server.origin, BIG_PAGE_SHOT);
    log(
      `big page (issue 17): ${JSON.stringify({ ...bigPage, popupBig: bigPage.popupBig.median, popupSeed: bigPage.popupSeed.median, popupBigDetails: bigPage.popupBigDetails.median })}`,
    );
    const when = {
      date: new Date().toISOString().slice(0, 10),
      machine: `${machine()}, ${chromiumVersion()}`,
      load: `${loadAtStart.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end`,
    };
    if (process.argv.includes('--big-page')) {
      // Issue 17's section alone, put into the existing document (its other sections stay).
      await spliceSection(DOC, bigPageSection(bigPage, when));
      log(`wrote the issue 17 section of ${DOC}`);
      return;
    }
    await setSite(extension, new URL(server.origin).host, false);
    const measured = await measurePages(browser.context, server.origin, pages, bundle);
    const claims = await measureClaims(browser.context, server.origin);
    const adversarial = await measureAdversarial(browser.context, server.origin);
    const results: BenchResults = {
      date: new Date().toISOString().slice(0, 10),
      machine: machine(),
      chromium: chromiumVersion(),
      runs: RUNS,
      pages: measured,
      claims,
      claimsRounds: CLAIMS_ROUNDS,
      claimsBundle: await claimsBundleSize(),
      adversarial,
      ...(await measureExtension(browser, extension, server.origin)),
      sizes: await bundleSizes(EXTENSION_DIR),
      durationS: (Date.now() - started) / 1000,
      load: `${loadAtStart.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end`,
    };
    // The sections added by hand (notes of earlier issues) stay where they were.
    const previous = await readFile(DOC, 'utf8').catch(() => '');
    await writeFile(
      DOC,
      keepHandWritten(performanceDocument(results), previous, [BIG_PAGE_HEADING]),
    );
    await spliceSection(DOC, bigPageSection(bigPage, when));
    log(`wrote ${DOC}`);
    process.stdout.write(`${closingLine(results)}\n`);
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
