/**
 * The benchmark's in-page half, bundled by scripts/bench/bundle.ts and injected into each page:
 * four ways of going over the same page, timed inside the page with performance.now(). The
 * Crosscount one runs the very modules the content script runs (text walker, scan job with the
 * detector, wrap queue), just without spreading them over idle slices and frames.
 */
import Mark from 'mark.js';
import { detectFigures } from '../../src/detect';
import { gatedDetect } from '../../src/page/hot-runs';
import { findPageDate, lazyDetectOptions } from '../../src/page/page-date';
import { piecesToRead } from '../../src/page/page-gate';
import { scanNow } from '../../src/page/scan-job';
import { TextCollector } from '../../src/page/text-walker';
import { WrapQueue } from '../../src/page/wrap-queue';

/** A number within three words of a loss noun: what a regex-only highlighter would look for. */
export const LOSS_PATTERN =
  /\b\d[\d,.]*(?:\s+[A-Za-z-]+){0,3}?\s+(?:tanks?|troops|soldiers|servicemen|personnel|men|killed|dead|deaths|wounded|injured|casualties|losses|aircraft|helicopters|drones|vehicles|artillery)\b/gi;

export type Method = 'bare' | 'gate' | 'walk' | 'regex' | 'markjs' | 'crosscount';

/** The floor: one TreeWalker(SHOW_TEXT) pass that reads every text node. */
function bare(root: HTMLElement): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    chars += (node as Text).data.length;
  return chars;
}

/** Crosscount's first look at every page (the first part of `crosscount`): the page gate. */
function gate(root: HTMLElement): number {
  return piecesToRead(root).length;
}

/** Crosscount's own walk alone (the first part of `crosscount`): text, blocks and segments. */
function walk(root: HTMLElement): number {
  const collector = new TextCollector(root);
  while (collector.step(Number.POSITIVE_INFINITY));
  return collector.textLength;
}

/** The same pass plus the loss pattern over each text node; changes nothing. */
function regex(root: HTMLElement): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let matches = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    LOSS_PATTERN.lastIndex = 0;
    while (LOSS_PATTERN.exec((node as Text).data)) matches += 1;
  }
  return matches;
}

/** mark.js, default options, highlighting the loss pattern: the standard highlighter. */
function markjs(root: HTMLElement): number {
  let marks = 0;
  new Mark(root).markRegExp(LOSS_PATTERN, { done: (count) => (marks = count) });
  return marks;
}

/** Crosscount's detect + highlight: the content script's modules, run to the end at once. */
function crosscount(root: HTMLElement): number {
  const detect = gatedDetect(detectFigures);
  const found = scanNow(
    [root],
    detect,
    lazyDetectOptions(() => findPageDate(document), 'en'),
  );
  const queue = new WrapQueue(null);
  queue.add(found.map((item, id) => ({ ...item, id })));
  const endless = { timeRemaining: () => Number.POSITIVE_INFINITY };
  let highlights = 0;
  while (queue.size > 0) {
    for (const wrapped of queue.wrapBatch(endless)) if (wrapped.highlight) highlights += 1;
  }
  return highlights;
}

const METHODS: Record<Method, (root: HTMLElement) => number> = {
  bare,
  gate,
  walk,
  regex,
  markjs,
  crosscount,
};

export interface PageMeasurement {
  /** Milliseconds per run, for each method. */
  times: Record<Method, number[]>;
  /** What each method counted on the page (characters, matches, marks, highlights). */
  counts: Record<Method, number>;
  textNodes: number;
  crossOriginIsolated: boolean;
}

/**
 * Times every method `runs` times (after one warm-up round), interleaved so drift hits all of
 * them alike. Before each timing the body is replaced by a fresh copy of the original, so every
 * method starts from the same untouched page.
 */
export async function measure(runs: number): Promise<PageMeasurement> {
  const pristine = document.body.cloneNode(true) as HTMLElement;
  const times: Record<Method, number[]> = {
    bare: [],
    gate: [],
    walk: [],
    regex: [],
    markjs: [],
    crosscount: [],
  };
  const counts: Record<Method, number> = {
    bare: 0,
    gate: 0,
    walk: 0,
    regex: 0,
    markjs: 0,
    crosscount: 0,
  };
  for (let run = -1; run < runs; run++) {
    for (const method of Object.keys(METHODS) as Method[]) {
      document.body.replaceWith(pristine.cloneNode(true));
      // Let the browser settle (and collect) between timings rather than inside one.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const started = performance.now();
      counts[method] = METHODS[method](document.body);
      const elapsed = performance.now() - started;
      if (run >= 0) times[method].push(elapsed);
    }
  }
  document.body.replaceWith(pristine);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let textNodes = 0;
  while (walker.nextNode()) textNodes += 1;
  return { times, counts, textNodes, crossOriginIsolated: globalThis.crossOriginIsolated === true };
}

(globalThis as unknown as { crosscountBench: { measure: typeof measure } }).crosscountBench = {
  measure,
};
