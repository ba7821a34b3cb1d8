/**
 * The page gate and the full in-page scan of two checkouts, on the bench's real pages, in the same
 * page load (issue 16): each run times a bare walk, both gates and both scans on fresh copies of
 * the body, in rotating order, so every ratio to the bare walk meets the same machine.
 *
 *   npx tsx scripts/bench/gate-versions.ts BASE_SRC_PARENT [PAGE_NAME …]
 *
 * BASE_SRC_PARENT holds the older version's `src` (e.g. `git archive main src | tar -x -C DIR`,
 * with DIR/node_modules linked to this checkout's). Writes nothing.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../lib/chromium';
import { FIXTURES_DIR } from '../lib/static-server';
import { preparePages } from './pages';
import { serveBench } from './server';
import { median } from './stats';
import { versionBundle } from './version-bundle';

const RUNS = Number(process.env.RUNS ?? 15);
const HERE = resolve(import.meta.dirname, '../..');

function timeAll(runs: number) {
  return (async (n: number) => {
    const pristine = document.body.cloneNode(true) as HTMLElement;
    type Version = { gate: (b: HTMLElement) => number; scan: (b: HTMLElement) => number };
    const { ccBase: base, ccHead: head } = globalThis as unknown as {
      ccBase: Version;
      ccHead: Version;
    };
    const bare = (root: HTMLElement) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let chars = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode())
        chars += (node as Text).data.length;
      return chars;
    };
    const methods: Record<string, (b: HTMLElement) => number> = {
      bare,
      gateBase: base.gate,
      gateHead: head.gate,
      scanBase: base.scan,
      scanHead: head.scan,
    };
    const names = Object.keys(methods);
    const times: Record<string, number[]> = {};
    const counts: Record<string, number> = {};
    for (const name of names) times[name] = [];
    for (let run = -1; run < n; run++) {
      const shift = (run + 1) % names.length;
      const order = [...names.slice(shift), ...names.slice(0, shift)];
      for (const name of order) {
        document.body.replaceWith(pristine.cloneNode(true));
        await new Promise((r) => setTimeout(r, 0));
        const started = performance.now();
        counts[name] = (methods[name] as (b: HTMLElement) => number)(document.body);
        if (run >= 0) (times[name] as number[]).push(performance.now() - started);
      }
    }
    document.body.replaceWith(pristine);
    return { times, counts };
  })(runs);
}

async function main(): Promise<void> {
  const [baseArg, ...only] = process.argv.slice(2);
  if (!baseArg)
    throw new Error('usage: tsx scripts/bench/gate-versions.ts BASE_SRC_PARENT [PAGE …]');
  const dir = await mkdtemp(join(tmpdir(), 'crosscount-gate-versions-'));
  const pages = (await preparePages(FIXTURES_DIR, dir)).filter(
    (page) => page.kind === 'real' && (only.length === 0 || only.includes(page.name)),
  );
  const [base, head] = [
    await versionBundle(resolve(baseArg), 'ccBase', dir, '{ gate, scan }', true),
    await versionBundle(HERE, 'ccHead', dir, '{ gate, scan }', true),
  ];
  const server = await serveBench(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
  const columns = ['gateBase', 'gateHead', 'scanBase', 'scanHead'];
  const ratios: Record<string, number[]> = Object.fromEntries(columns.map((c) => [c, []]));
  console.log(
    `page | bare ms | ${columns.join(' | ')} (× bare) | gate head/base | scan head/base | counts`,
  );
  try {
    for (const { name, path } of pages) {
      const page = await browser.newPage();
      await page.goto(`${server.origin}${path}`);
      // tsx names the arrow functions of timeAll with a helper the page lacks.
      await page.addScriptTag({ content: 'globalThis.__name = (f) => f;' });
      await page.addScriptTag({ content: base });
      await page.addScriptTag({ content: head });
      const { times, counts } = await page.evaluate(timeAll, RUNS);
      const bare = median(times.bare as number[]);
      const row = columns.map((c) => median(times[c] as number[]) / bare);
      for (const [i, c] of columns.entries()) (ratios[c] as number[]).push(row[i] as number);
      const paired = (a: string, b: string) =>
        median((times[a] as number[]).map((t, i) => t / ((times[b] as number[])[i] as number)));
      console.log(
        `${name} | ${bare.toFixed(3)} | ${row.map((r) => r.toFixed(2)).join(' | ')} | ${paired('gateHead', 'gateBase').toFixed(2)} | ${paired('scanHead', 'scanBase').toFixed(2)} | ${JSON.stringify(counts)}`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(
    `median over pages | | ${columns.map((c) => median(ratios[c] as number[]).toFixed(2)).join(' | ')}`,
  );
}

await main();
