import { type BenchResults, closingLine, pagesTable, sizesTable, summaryOf } from './report';
import { median } from './stats';

const status = (met: boolean) => (met ? 'met' : '**not met**');

/** What the longest task of all the live-blog rounds was mostly doing. */
function longestKind(results: BenchResults): string {
  const worst = results.scans.reduce((a, b) => (b.tasks.longest > a.tasks.longest ? b : a));
  return worst.tasks.longestKind;
}

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
      `longest ${s.longestTask.toFixed(0)} ms (${longestKind(results)}); the content script's own ` +
        `longest ${s.longestOwnTask.toFixed(0)} ms (its CPU time at most ${s.longestOwnCpu.toFixed(0)} ms)`,
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
    [
      'pages without loss figures: ≤ 2× the bare walk (issue 16; the real pages, median)',
      `${s.crosscountMedian.toFixed(2)}×; the page gate alone ${s.gateMedian.toFixed(2)}×`,
      s.crosscountMedian <= 2,
    ],
    ['heap growth ≤ 5 MB on the live blog', `${heap.toFixed(1)} MB (worst round)`, heap <= 5],
    ['live-blog updates highlighted within 500 ms', `worst ${update.toFixed(0)} ms`, update <= 500],
  ];
  return [
    '| target (issues 7 and 16) | measured | |',
    '| --- | --- | --- |',
    ...rows.map(([target, measured, met]) => `| ${target} | ${measured} | ${status(met)} |`),
  ];
}

const fixed = (value: number) => value.toFixed(value < 10 ? 1 : 0);

/** Issue 3's targets: the claims database's size, cold start and comparison speed. */
function claimsLines(results: BenchResults): string[] {
  const { claims, claimsBundle, serviceWorker } = results;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const rows: [string, string, boolean][] = [
    [
      'bundle ≤ 1.5 MB raw, ≤ 400 KB gzip (src/data/claims.json)',
      `${kb(claimsBundle.raw)} raw, ${kb(claimsBundle.gzip)} gzip`,
      claimsBundle.raw <= 1_500_000 && claimsBundle.gzip <= 400_000,
    ],
    [
      'service worker cold start → first answer ≤ 50 ms',
      `median ${fixed(serviceWorker.cold)} ms (max ${fixed(serviceWorker.coldMax)} ms, ${serviceWorker.samples.length} starts)`,
      serviceWorker.cold <= 50,
    ],
    [
      '1,000 comparisons ≤ 5 ms',
      `median ${fixed(claims.thousandMedian)} ms (first round, V8 still warming up: ${fixed(claims.thousandFirst)} ms)`,
      claims.thousandMedian <= 5,
    ],
  ];
  return [
    '| target (issue 3) | measured | |',
    '| --- | --- | --- |',
    ...rows.map(([target, measured, met]) => `| ${target} | ${measured} | ${status(met)} |`),
    '',
    `From the bundle's text to the first answer in a cold page (no service worker, medians of ` +
      `${results.claimsRounds} pages): ${fixed(claims.toFirstAnswer)} ms — JSON.parse ${fixed(claims.parse)} ms, ` +
      `loadClaimsDb ${fixed(claims.load)} ms (its shape check alone, run again warm: ${fixed(claims.check)} ms), ` +
      `index ${fixed(claims.index)} ms, first match ${fixed(claims.firstMatch)} ms. The rest of a cold ` +
      `start is the worker's own: starting it, evaluating background.js, validating the message and ` +
      `writing the tab's summary to \`storage.session\` (running worker: ${fixed(serviceWorker.warm)} ms per request).`,
  ];
}

function extensionLines(results: BenchResults): string[] {
  const { firstHighlight, scans, updates, serviceWorker } = results;
  const scanRows = scans.map(
    (scan, i) =>
      `| ${i + 1} | ${scan.figures} | ${scan.scanMs.toFixed(0)} ms | ${scan.tasks.count} | ` +
      `${scan.tasks.longest.toFixed(0)} ms (${scan.tasks.longestKind}) | ` +
      `${scan.tasks.longestOwn.toFixed(0)} ms (CPU ${scan.tasks.longestOwnCpu.toFixed(0)} ms) | ` +
      `${scan.tasks.over50} | ${scan.heapGrowthMb.toFixed(2)} MB |`,
  );
  return [
    `- First highlight after DOMContentLoaded, seed article: median ${firstHighlight.median.toFixed(0)} ms, ` +
      `max ${firstHighlight.max.toFixed(0)} ms over ${firstHighlight.samples.length} loads.`,
    `- Live-blog updates (10 loss paragraphs prepended 200 ms apart): highlighted after median ` +
      `${median(updates.latencies).toFixed(0)} ms, worst ${Math.max(...updates.latencies).toFixed(0)} ms; ` +
      `longest task meanwhile ${updates.tasks.longest.toFixed(0)} ms (${updates.tasks.longestKind}), ` +
      `the content script's own longest ${updates.tasks.longestOwn.toFixed(0)} ms ` +
      `(CPU ${updates.tasks.longestOwnCpu.toFixed(0)} ms).`,
    `- Service worker, stopped → first answer to a match request: median ${serviceWorker.cold.toFixed(0)} ms ` +
      `(max ${serviceWorker.coldMax.toFixed(0)} ms); running worker: ${serviceWorker.warm.toFixed(1)} ms.`,
    adversarialLine(results),
    '',
    'Scanning the 2 MB live blog with the real extension (site switched on after the page settled):',
    '',
    '| round | figures | switch-on → last highlight | tasks | longest task (mostly) | longest content-script task | tasks > 50 ms | heap growth |',
    '| ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
    ...scanRows,
  ];
}

/** Issue 16: the detector on the 1 MB adversarial mix (scripts/bench/adversarial-mix.ts). */
function adversarialLine({ adversarial: a }: BenchResults): string {
  return (
    `- The 1 MB adversarial mix (${(a.chars / 1024).toFixed(0)} KB, ${a.figures} figures; ` +
    `scripts/bench/adversarial-mix.ts): the detector alone over all of it in one call ` +
    `${a.whole.toFixed(0)} ms; as the content script reads it, behind the gate in windows of ` +
    `16,000 characters, ${a.windowed.toFixed(0)} ms in all, the longest window ` +
    `${a.longestWindow.toFixed(0)} ms (medians of the rounds; target well under one second: ` +
    `${a.whole < 1_000 ? 'met' : '**not met**'} alone, ${a.windowed < 1_000 ? 'met' : '**not met**'} windowed).`
  );
}

/** What the numbers mean, from traces of such runs (2026-11, Chromium 156; see the method). */
const NOTES = [
  '### Where the time goes',
  '',
  "- **The detector.** On the real pages most of Crosscount's time is `detectFigures` (src/detect):",
  '  every number token is judged from the words around it, and news pages are full of numbers',
  '  (dates, prices, scores). Since issue 16 the page gate turns most of a page away before it is',
  '  walked: only the text around a cue near a number is read and detected (*of which gate* is',
  '  that first look); a page whose cues stand near numbers all over it is still read whole.',
  '- **Tasks while scanning the live blog** are of three kinds, told apart in the trace (the table',
  "  gives the longest of each round and what it mostly was). *Content script*: the scan's own idle",
  '  slices (≤ 8 ms of script by design) and frame batches (≤ 5 ms, ≤ 100 figures), and the',
  '  handling of each match answer, whose longest part is src/messaging validating it with zod',
  '  (about 2.8 KB of comparison per figure: 10–15 ms per 200 figures in Node on this machine). A busy',
  '  machine stretches all of them, hence the CPU time beside the wall time. *Rendering*: the',
  "  browser's style,",
  '  layout and above all pre-paint of a 2 MB document after a frame that changed it (ours, or the',
  "  page's own, as when a live blog prepends an update and moves everything below it); bounded",
  '  batches keep each one smaller than one big insertion, and nothing in the page shell can make',
  "  the browser's pass over a 2 MB document cheaper. *Extension event*: each `match-figures` answer",
  "  adds the figures to the tab's summary in `storage.session`, and Chromium dispatches that change",
  '  to the content script as well (it listens to storage for the settings); the page shell sends 50',
  '  figures per message, the first ones at once, so that each such event and each answer stays small.',
  '- **First highlight**: the content script starts at `document_start`, so Chromium loads and',
  '  compiles it, the settings round trip is made and the detector warmed while the page is still',
  '  parsed; at DOMContentLoaded what remains is the gate and the scan of the seed article, a few',
  '  milliseconds once the detector is warm. All of it is CPU work that a busy machine stretches',
  '  (see the load average above).',
  '- Timings are wall-clock on a shared 2-core machine: the load average above says how busy it',
  "  was; a busy machine stretches every task, ours and the browser's.",
  '',
];

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
  built at bench time from \`scripts/bench/in-page.ts\` (vite): four ways over the same page (and two parts of the fourth), timed
  with \`performance.now()\` inside the page, one warm-up round then the median of the runs, the
  methods interleaved, the body replaced by a fresh copy of the original before every timing:
  1. *bare walk* — one \`TreeWalker(SHOW_TEXT)\` pass reading every text node (the floor);
  2. *regex scan* — the same pass plus a regex for a number within three words of a loss noun;
  3. *mark.js* 8.11.1, default options, \`markRegExp\` with that regex (the reference highlighter);
  4. *Crosscount* — the content script's own modules: the page gate (\`piecesToRead\`: one pass
     over the raw text nodes and the cue regex; a long page dense with cues near numbers from its
     start is read whole once a quick look at one of its first places finds a figure),
     \`TextCollector\` (walk) over the pieces it names, \`ScanJob\` with the gated
     \`detectFigures\` (the detector itself on a page dense with cues; detect, in windows of up
     to 16k characters), \`WrapQueue\` (highlight), run to completion without the idle slicing.
     Setting the accessible names and the matching request are not included.
  The *of which gate* column is the page gate alone, which every page pays; *whole walk* is
  \`TextCollector\` over the whole page, which Crosscount now pays only where cues stand near
  numbers over most of the page. Ratios are to the bare walk's median on
  the same page. Script time only: the style and layout
  work the insertions cause later is not in these numbers (it is in the long tasks below).
- **The real extension.** First highlight: the seed article loaded 9 times with the site on; an
  init script's MutationObserver records when the first \`[data-crosscount="figure"]\` appears,
  minus the navigation entry's \`domContentLoadedEventStart\`. Live blog: loaded with the site
  off, left to settle, then switched on; a DevTools-protocol trace records every task of the
  page's main thread (not only those over 50 ms, as the Long Tasks API would) until the
  highlights stop changing, and the DevTools protocol gives the isolate's heap (after a forced
  GC) before and after. Live updates: ten loss paragraphs prepended 200 ms apart; the latency is
  insertion → highlight. Service worker: stopped with the DevTools protocol
  (\`ServiceWorker.stopAllWorkers\`), then an extension page sends one \`match-figures\` request.
- **The claims database.** A bundle built at bench time from \`scripts/bench/claims-page.ts\`
  (the service worker's own src/claims modules) is injected into a fresh page per round, so V8
  starts cold as in a stopped worker (though without the code cache Chromium keeps for a worker's
  script): it parses and loads the committed \`src/data/claims.json\` step by step, answers the
  seed article's "790 tanks", then times the 1,000 comparisons of
  \`src/claims/testing/bench-queries.ts\` (the same as the Node speed test) eleven times: the
  first round, and the median of the other ten.
- **The adversarial mix** (issue 16): scripts/bench/adversarial-mix.ts builds 1 MB of the
  patterns of the detector's linear-time property test, 8 KB each, each followed by a loss
  sentence; a bundle of \`scripts/bench/adversarial-page.ts\` times \`detectFigures\` over all of
  it in one call, then the gated detector over 16,000-character windows (as the content script
  reads a page), in a fresh page per round, three rounds (medians).
- Bundle sizes: every JS, CSS and HTML file of \`.output/chrome-mv3\`, grouped by entrypoint,
  gzip at zlib's default level.
`;

function header(results: BenchResults): string[] {
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
    `- Bench duration: ${results.durationS.toFixed(0)} s; load average (1 min) ${results.load}`,
    '',
  ];
}

/** docs/PERFORMANCE.md for one run. */
export function performanceDocument(results: BenchResults): string {
  const s = summaryOf(results);
  return [
    ...header(results),
    '## Targets',
    '',
    ...targetsTable(results),
    '',
    `On the real pages: regex scan ${s.regexMedian.toFixed(2)}×, mark.js ${s.markjsMedian.toFixed(2)}×, ` +
      `Crosscount ${s.crosscountMedian.toFixed(2)}× the bare walk (medians over the pages), of which ` +
      `the page gate is ${s.gateMedian.toFixed(2)}× (a walk of the whole page would be ` +
      `${s.walkMedian.toFixed(2)}×) and reading the pieces near cues, the detector and the wrapping the rest.`,
    '',
    ...NOTES,
    '',
    '## Page by page (ratios to the bare walk, medians)',
    '',
    ...pagesTable(results),
    '',
    '## The claims database',
    '',
    ...claimsLines(results),
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
