import type { AdversarialMeasurement } from './adversarial-page';
import type { ClaimsMeasurement } from './claims-page';
import type { ScanRound, UpdateRound } from './extension';
import type { PageMeasurement } from './in-page';
import type { BenchPage } from './pages';
import type { EntrySize } from './sizes';
import { median } from './stats';

/** Everything one `npm run bench` measured. */
export interface BenchResults {
  date: string;
  machine: string;
  chromium: string;
  runs: number;
  pages: { page: BenchPage; measurement: PageMeasurement }[];
  /** The claims database in a cold page, medians over the rounds. */
  claims: ClaimsMeasurement;
  claimsRounds: number;
  claimsBundle: { raw: number; gzip: number };
  /** The detector on the 1 MB adversarial mix, medians over the rounds. */
  adversarial: AdversarialMeasurement;
  firstHighlight: { median: number; max: number; samples: number[] };
  scans: ScanRound[];
  updates: UpdateRound;
  serviceWorker: { cold: number; coldMax: number; warm: number; samples: number[] };
  sizes: EntrySize[];
  durationS: number;
  /** The machine's 1-minute load average at the start and at the end of the run. */
  load: string;
}

/** One page's medians and ratios to the bare walk. */
export interface PageRatios {
  bareMs: number;
  gate: number;
  walk: number;
  regex: number;
  markjs: number;
  crosscount: number;
}

export function ratiosOf(measurement: PageMeasurement): PageRatios {
  const bareMs = median(measurement.times.bare);
  const ratio = (values: number[]) => median(values) / bareMs;
  return {
    bareMs,
    gate: ratio(measurement.times.gate),
    walk: ratio(measurement.times.walk),
    regex: ratio(measurement.times.regex),
    markjs: ratio(measurement.times.markjs),
    crosscount: ratio(measurement.times.crosscount),
  };
}

/** The headline numbers: medians and maxima over the real pages, worst task, first highlight. */
export function summaryOf(results: BenchResults) {
  const real = results.pages.filter(({ page }) => page.kind === 'real');
  const ratios = real.map(({ measurement }) => ratiosOf(measurement));
  const crosscount = ratios.map((r) => r.crosscount);
  return {
    crosscountMedian: median(crosscount),
    crosscountMax: Math.max(...crosscount),
    markjsMedian: median(ratios.map((r) => r.markjs)),
    regexMedian: median(ratios.map((r) => r.regex)),
    walkMedian: median(ratios.map((r) => r.walk)),
    gateMedian: median(ratios.map((r) => r.gate)),
    longestTask: Math.max(...results.scans.map((scan) => scan.tasks.longest)),
    longestOwnTask: Math.max(...results.scans.map((scan) => scan.tasks.longestOwn)),
    longestOwnCpu: Math.max(...results.scans.map((scan) => scan.tasks.longestOwnCpu)),
    firstHighlight: results.firstHighlight.median,
  };
}

/** The closing line of `npm run bench`. */
export function closingLine(results: BenchResults): string {
  const s = summaryOf(results);
  return (
    `bench: crosscount/bare median ${s.crosscountMedian.toFixed(2)} ` +
    `(max ${s.crosscountMax.toFixed(2)}), markjs/bare ${s.markjsMedian.toFixed(2)}, ` +
    `longest task ${Math.round(s.longestTask)} ms, first highlight ${Math.round(s.firstHighlight)} ms`
  );
}

const ms = (value: number) => (value >= 10 ? value.toFixed(0) : value.toFixed(2));
const x = (value: number) => `${value.toFixed(2)}×`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function pagesTable(results: BenchResults): string[] {
  const lines = [
    '| page | HTML | text nodes | bare walk | regex scan | mark.js | Crosscount | of which gate | whole walk | Crosscount ms | figures | mark.js marks |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { page, measurement } of results.pages) {
    const r = ratiosOf(measurement);
    lines.push(
      `| ${page.name} | ${kb(page.bytes)} | ${measurement.textNodes} | ${ms(r.bareMs)} ms | ` +
        `${x(r.regex)} | ${x(r.markjs)} | ${x(r.crosscount)} | ${x(r.gate)} | ${x(r.walk)} | ` +
        `${ms(median(measurement.times.crosscount))} | ${measurement.counts.crosscount} | ` +
        `${measurement.counts.markjs} |`,
    );
  }
  return lines;
}

export function sizesTable(sizes: EntrySize[]): string[] {
  const lines = [
    '| entrypoint (or shared chunk) | files | raw | gzip |',
    '| --- | --- | ---: | ---: |',
  ];
  for (const size of sizes) {
    lines.push(`| ${size.entry} | ${size.files.join(', ')} | ${kb(size.raw)} | ${kb(size.gzip)} |`);
  }
  return lines;
}

/** The in-page comparison in a few lines: the real pages' medians, then the other pages' times. */
export function pagesSummary(measured: BenchResults['pages']): string[] {
  const real = measured.filter(({ page }) => page.kind === 'real');
  const ratios = real.map(({ measurement }) => ratiosOf(measurement));
  const of = (key: keyof PageRatios) => median(ratios.map((r) => r[key])).toFixed(2);
  const others = measured
    .filter(({ page }) => page.kind !== 'real')
    .map(({ page, measurement }) => {
      const r = ratiosOf(measurement);
      return `${page.name}: ${(r.crosscount * r.bareMs).toFixed(2)} ms (${r.crosscount.toFixed(2)}×)`;
    });
  return [
    `real pages, medians: crosscount/bare ${of('crosscount')}, gate ${of('gate')}, regex ${of('regex')}`,
    ...others,
  ];
}
