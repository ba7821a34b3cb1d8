import { type BenchResults, closingLine, pagesTable, sizesTable, summaryOf } from './report';
import { median } from './stats';

const status = (met: boolean) => (met ? 'met' : '**not met**');

function targetsTable(results: BenchResults): string[] {
  const s = summaryOf(results);
  const content = results.sizes.find((size) => size.entry === 'content');
  const heap = Math.max(...results.scans.map((scan) => scan.heapGrowthMb));
  const update = Math.max(...results.updates.latencies);
  const rows: [string, string, boolean][] = [
    [
      'detect + highlight ≤ 3× the bare walk (real pages, median)',
      `${s.crosscountMedian.toFixed(2)}× (max ${s.crosscountMax.toFixed(2)}×)`,
      s.crosscountMedian <= 3,
    ],
    [
      'no task > 50 ms while scanning the 2 MB live blog',
      `longest ${s.longestTask.toFixed(0)} ms`,
      s.longestTask <= 50,
    ],
    [
      'first highlight ≤ 100 ms after DOMContentLoaded (seed article)',
      `median ${s.firstHighlight.toFixed(0)} ms`,
      s.firstHighlight <= 100,
    ],
    [
      'content script ≤ 40 KB gzip',
      content ? `${(content.gzip / 1024).toFixed(1)} KB` : 'n/a',
      (content?.gzip ?? Number.POSITIVE_INFINITY) <= 40 * 1024,
    ],
    ['heap growth ≤ 5 MB on the live blog', `${heap.toFixed(1)} MB (worst round)`, heap <= 5],
    ['live-blog updates highlighted within 500 ms', `worst ${update.toFixed(0)} ms`, update <= 500],
  ];
  return [
    '| target (issue 7) | measured | |',
    '| --- | --- | --- |',
    ...rows.map(([target, measured, met]) => `| ${target} | ${measured} | ${status(met)} |`),
  ];
}

function extensionLines(results: BenchResults): string[] {
  const { firstHighlight, scans, updates, serviceWorker } = results;
  const scanRows = scans.map(
    (scan, i) =>
      `| ${i + 1} | ${scan.figures} | ${scan.scanMs.toFixed(0)} ms | ${scan.longestTask.toFixed(0)} ms | ` +
      `${scan.longTasks} | ${scan.heapGrowthMb.toFixed(2)} MB |`,
  );
  return [
    `- First highlight after DOMContentLoaded, seed article: median ${firstHighlight.median.toFixed(0)} ms, ` +
      `max ${firstHighlight.max.toFixed(0)} ms over ${firstHighlight.samples.length} loads.`,
    `- Live-blog updates (10 loss paragraphs prepended 200 ms apart): highlighted after median ` +
      `${median(updates.latencies).toFixed(0)} ms, worst ${Math.max(...updates.latencies).toFixed(0)} ms; ` +
      `longest task meanwhile ${updates.longestTask.toFixed(0)} ms.`,
    `- Service worker, stopped → first answer to a match request: median ${serviceWorker.cold.toFixed(0)} ms ` +
      `(max ${serviceWorker.coldMax.toFixed(0)} ms); running worker: ${serviceWorker.warm.toFixed(1)} ms.`,
    '',
    'Scanning the 2 MB live blog with the real extension (site switched on after the page settled):',
    '',
    '| round | figures | switch-on → last highlight | longest task | tasks > 50 ms | heap growth |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...scanRows,
  ];
}

const METHOD = `## Method

\`npm run bench\` (\`wxt build && tsx scripts/bench.ts\`) does all of this in one run, in a few minutes:

- Serves, on 127.0.0.1, the fourteen real pages of \`../shared/fixtures/real-pages/\` with their
  scripts stripped, the seed article, and a live blog of about 2 MB generated at bench time into a
  temporary folder (paragraphs of the real pages in turn, four per timestamped update, with one of
  the seed article's loss paragraphs every 20 paragraphs). The server sends the cross-origin
  isolation headers so that \`performance.now()\` has 5 µs resolution; every request that is not
  to this server is aborted.
- Launches Debian's Chromium (headless) with the built extension (\`.output/chrome-mv3\`).
- **In-page comparison.** With the extension switched off for the bench site, injects a bundle
  built at bench time from \`scripts/bench/in-page.ts\` (vite): four ways over the same page, timed
  with \`performance.now()\` inside the page, one warm-up round then the median of the runs, the
  methods interleaved, the body replaced by a fresh copy of the original before every timing:
  1. *bare walk* — one \`TreeWalker(SHOW_TEXT)\` pass reading every text node (the floor);
  2. *regex scan* — the same pass plus a regex for a number within three words of a loss noun;
  3. *mark.js* 8.11.1, default options, \`markRegExp\` with that regex (the reference highlighter);
  4. *Crosscount* — the content script's own modules: \`TextCollector\` (walk), \`ScanJob\` with
     \`detectFigures\` (detect, in windows of up to 64k characters), \`WrapQueue\` (highlight),
     run to completion without the idle slicing. Setting the accessible names and the matching
     request are not included.
  Ratios are to the bare walk's median on the same page. Script time only: the style and layout
  work the insertions cause later is not in these numbers (it is in the long tasks below).
- **The real extension.** First highlight: the seed article loaded 9 times with the site on; an
  init script's MutationObserver records when the first \`[data-crosscount="figure"]\` appears,
  minus the navigation entry's \`domContentLoadedEventStart\`. Live blog: loaded with the site
  off, left to settle, then switched on; the Long Tasks API records every task until the
  highlights stop changing, and the DevTools protocol gives the isolate's heap (after a forced
  GC) before and after. Live updates: ten loss paragraphs prepended 200 ms apart; the latency is
  insertion → highlight. Service worker: stopped with the DevTools protocol
  (\`ServiceWorker.stopAllWorkers\`), then an extension page sends one \`match-figures\` request.
- Bundle sizes: every JS, CSS and HTML file of \`.output/chrome-mv3\`, grouped by entrypoint,
  gzip at zlib's default level.
`;

/** docs/PERFORMANCE.md for one run. */
export function performanceDocument(results: BenchResults): string {
  const s = summaryOf(results);
  return [
    '# Performance',
    '',
    'Written by `npm run bench`; numbers from one run on the machine below. Tests never assert',
    'timings: this file is where speed is reported, met or not.',
    '',
    `- Date: ${results.date}`,
    `- Machine: ${results.machine}`,
    `- Browser: ${results.chromium}, headless, via playwright-core`,
    `- Runs per page and method: ${results.runs} (median), after one warm-up round`,
    `- Bench duration: ${results.durationS.toFixed(0)} s`,
    '',
    '## Targets',
    '',
    ...targetsTable(results),
    '',
    `On the real pages: regex scan ${s.regexMedian.toFixed(2)}×, mark.js ${s.markjsMedian.toFixed(2)}×, ` +
      `Crosscount ${s.crosscountMedian.toFixed(2)}× the bare walk (medians over the pages).`,
    '',
    '## Page by page (ratios to the bare walk, medians)',
    '',
    ...pagesTable(results),
    '',
    '## With the extension',
    '',
    ...extensionLines(results),
    '',
    '## Bundle sizes',
    '',
    ...sizesTable(results.sizes),
    '',
    METHOD,
    '## Result line',
    '',
    '```',
    closingLine(results),
    '```',
    '',
  ].join('\n');
}
