import { readFile, writeFile } from 'node:fs/promises';
import type { BigPageResults } from './big-page';

/** The heading of the section this file writes. */
export const BIG_PAGE_HEADING = '## Compact per-tab state (issue 17)';
const HEADING = BIG_PAGE_HEADING;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

/** The section of docs/PERFORMANCE.md for issue 17, from one measurement. */
export function bigPageSection(
  r: BigPageResults,
  when: { date: string; machine: string; load: string },
): string[] {
  const ratio = r.popupBig.median / r.popupSeed.median;
  const heap = r.workerHeapMb
    ? `${r.workerHeapMb.before.toFixed(1)} MB before the two pages, ${r.workerHeapMb.after.toFixed(1)} MB after (performance.memory, without a forced GC)`
    : 'not exposed to the worker (performance.memory)';
  return [
    HEADING,
    '',
    `Written by \`npm run bench\` (or \`npm run bench -- --big-page\` for this section alone) on ${when.date}; ${when.machine}; load average ${when.load}.`,
    `The seed article (${r.seedFigures} figures) and a generated live blog of ${r.figures.toLocaleString('en-US')} figures (scripts/lib/big-page.ts) open side by side in Chromium with the built extension.`,
    '',
    '| target (issue 17) | measured | |',
    '| --- | --- | --- |',
    `| storage.session in use ≤ 2 MB, both tabs open | ${kb(r.sessionBytes)} (\`getBytesInUse\`) | ${r.sessionBytes <= 2_000_000 ? 'met' : '**not met**'} |`,
    `| well under 200 bytes a figure | ${r.recordBytes.toFixed(0)} B of JSON per stored record; ${(r.sessionBytes / (r.listed + r.seedFigures)).toFixed(0)} B in use per listed figure, all overhead included | ${r.recordBytes < 200 ? 'met' : '**not met**'} |`,
    `| the big page's popup shows its true count (or N of M) | "Showing the first ${r.listed.toLocaleString('en-US')} of ${r.figures.toLocaleString('en-US')} figures" | ${r.listed > 0 ? 'met' : '**not met**'} |`,
    `| the big page's popup opens in under a second | median ${ms(r.popupBig.median)} (max ${ms(r.popupBig.max)}) to the count and first figures; ${ms(r.popupBigDetails.median)} to the first spread chart | ${r.popupBig.max < 1_000 ? 'met' : '**not met**'} |`,
    '',
    `The seed article's popup opens in ${ms(r.popupSeed.median)} (median): the big page's takes ${ratio.toFixed(2)}× as long. Popups opened as a page (\`popup.html?tab=<id>\`), ${r.popupBig.samples.length} times each; the time is from navigation start to the first animation frame showing the figure list, so it includes the round trip to the worker, which reads and validates the ${r.listed.toLocaleString('en-US')} listed records. The spread charts follow once the worker has recomputed the comparisons of the figures shown (25 per metric).`,
    '',
    `Service worker heap: ${heap}. It keeps no comparison: only one header for a tab whose storage write failed.`,
    '',
    `![The big page's popup](screenshots/popup-big-page.png)`,
    '',
  ];
}

/** Puts the section into the document in place of its previous version, or at the end. */
export async function spliceSection(path: string, section: string[]): Promise<void> {
  const doc = await readFile(path, 'utf8');
  const start = doc.indexOf(HEADING);
  const text = `${section.join('\n')}\n`;
  if (start === -1) {
    await writeFile(path, `${doc.trimEnd()}\n\n${text}`);
    return;
  }
  const next = doc.indexOf('\n## ', start + HEADING.length);
  const rest = next === -1 ? '' : doc.slice(next + 1);
  await writeFile(path, `${doc.slice(0, start)}${text}${rest ? `\n${rest}` : ''}`);
}
