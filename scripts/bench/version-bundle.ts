import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildInPageBundle } from './bundle';

/**
 * One checkout's in-page scan (the modules `crosscount` of in-page.ts runs: page gate, walk,
 * gated detector, wrap queue), bundled from that checkout as a script that sets
 * `globalThis[name]` to `exported`: an expression over `scan(body)` (the highlights it made) and,
 * with `withGate`, `gate(body)` (the page gate's pieces). For versions.ts and gate-versions.ts,
 * which time two checkouts in one page.
 */
export async function versionBundle(
  root: string,
  name: string,
  dir: string,
  exported: string,
  withGate = false,
): Promise<string> {
  // Older checkouts have no gate: their content script gave the detector itself to the scan.
  const gated = existsSync(join(root, 'src/page/hot-runs.ts'));
  // Newer ones find the page date only when the detector first asks for it, as the annotator does.
  const lazyDate = readFileSync(join(root, 'src/page/page-date.ts'), 'utf8').includes(
    'export function lazyDetectOptions',
  );
  const options = lazyDate
    ? "lazyDetectOptions(() => findPageDate(document), 'en')"
    : "{ pageDate: findPageDate(document), lang: 'en' }";
  const entry = join(dir, `${name}.ts`);
  await writeFile(
    entry,
    [
      `import { detectFigures } from '${root}/src/detect';`,
      gated ? `import { gatedDetect } from '${root}/src/page/hot-runs';` : '',
      withGate ? `import { piecesToRead } from '${root}/src/page/page-gate';` : '',
      `import { findPageDate${lazyDate ? ', lazyDetectOptions' : ''} } from '${root}/src/page/page-date';`,
      `import { scanNow } from '${root}/src/page/scan-job';`,
      `import { WrapQueue } from '${root}/src/page/wrap-queue';`,
      withGate ? 'const gate = (body: HTMLElement) => piecesToRead(body).length;' : '',
      'const scan = (body: HTMLElement) => {',
      `  const detect = ${gated ? 'gatedDetect(detectFigures)' : 'detectFigures'};`,
      `  const found = scanNow([body], detect, ${options});`,
      '  const queue = new WrapQueue(null);',
      '  queue.add(found.map((item, id) => ({ ...item, id })));',
      '  const endless = { timeRemaining: () => Number.POSITIVE_INFINITY };',
      '  let highlights = 0;',
      '  while (queue.size > 0) for (const w of queue.wrapBatch(endless)) if (w.highlight) highlights++;',
      '  return highlights;',
      '};',
      `(globalThis as any)['${name}'] = ${exported};`,
    ].join('\n'),
  );
  // An absolute entry: resolve() in buildInPageBundle keeps it as it is.
  return buildInPageBundle(entry, root);
}
