/**
 * Two versions of the content script's scan in the same page, in the same run (issue 16's "the
 * seed article and the live blog no slower than at the start"). A ratio to the bare walk
 * recorded in another run carries that run's load and timer resolution; here both versions'
 * in-page scans (the modules `crosscount` of in-page.ts runs: page gate, walk, gated detector,
 * wrap queue) are bundled from their own checkouts, injected into one page and run alternately on
 * fresh copies of its body, so each pair meets the same machine.
 *
 *   npx tsx scripts/bench/versions.ts BASE_CHECKOUT [PAGE.html …]
 *
 * BASE_CHECKOUT is a git worktree of the older version with its own node_modules and `.wxt`
 * (`git worktree add --detach DIR REF && cp -al node_modules DIR/ && (cd DIR && npx wxt prepare)`).
 * Pages default to the seed article and the bench's generated live blog. Writes nothing.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../lib/chromium';
import { FIXTURES_DIR } from '../lib/static-server';
import { preparePages } from './pages';
import { serveBench } from './server';
import { median } from './stats';
import { versionBundle } from './version-bundle';

const RUNS = Number(process.env.RUNS ?? 15);
const HERE = resolve(import.meta.dirname, '../..');

/** Both scans timed alternately on fresh copies of the body; per-run times and highlights. */
function timeBoth(runs: number) {
  return (async (n: number) => {
    const pristine = document.body.cloneNode(true) as HTMLElement;
    type Scan = (body: HTMLElement) => number;
    const scans = {
      base: (globalThis as any).ccBase as Scan,
      head: (globalThis as any).ccHead as Scan,
    };
    const times = { base: [] as number[], head: [] as number[] };
    const counts = { base: 0, head: 0 };
    for (let run = -1; run < n; run++) {
      const order = run % 2 ? (['base', 'head'] as const) : (['head', 'base'] as const);
      for (const which of order) {
        document.body.replaceWith(pristine.cloneNode(true));
        await new Promise((r) => setTimeout(r, 0));
        const started = performance.now();
        counts[which] = scans[which](document.body);
        if (run >= 0) times[which].push(performance.now() - started);
      }
    }
    return { times, counts };
  })(runs);
}

async function main(): Promise<void> {
  const [baseArg, ...pageArgs] = process.argv.slice(2);
  if (!baseArg) throw new Error('usage: tsx scripts/bench/versions.ts BASE_CHECKOUT [PAGE.html …]');
  const dir = await mkdtemp(join(tmpdir(), 'crosscount-versions-'));
  await preparePages(FIXTURES_DIR, dir);
  const pages =
    pageArgs.length > 0 ? pageArgs : [join(dir, 'seed-article.html'), join(dir, 'live-blog.html')];
  const [base, head] = await Promise.all([
    versionBundle(resolve(baseArg), 'ccBase', dir, 'scan'),
    versionBundle(HERE, 'ccHead', dir, 'scan'),
  ]);
  const server = await serveBench(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
  try {
    for (const file of pages) {
      const name = basename(file);
      await writeFile(join(dir, name), await readFile(file));
      const page = await browser.newPage();
      await page.goto(`${server.origin}/${name}`);
      await page.addScriptTag({ content: base });
      await page.addScriptTag({ content: head });
      const { times, counts } = await page.evaluate(timeBoth, RUNS);
      const ratios = times.head.map((t, i) => t / (times.base[i] as number));
      console.log(
        `${name}: base ${median(times.base).toFixed(2)} ms (${counts.base} highlights), now ${median(times.head).toFixed(2)} ms (${counts.head}); ratio of medians ${(median(times.head) / median(times.base)).toFixed(2)}, median paired ratio ${median(ratios).toFixed(2)} (${RUNS} runs each)`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
