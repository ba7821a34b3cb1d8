import { lastAtOrBefore, sortedHas } from '../core/sorted';
import { cueHits, REACH } from './cue-scan';
import { hasCyrillic } from './figure-gate';
import { SKIPPED_SELECTOR } from './text-walker';

/**
 * The whole page's gate, before any block is cut or any element looked at (issue 16). Most pages
 * a reader opens hold no loss figure; for them the page shell's own walk (blocks, segments, the
 * facts of every element) would already cost several bare walks. This reads the text nodes once,
 * as cheaply as a walk can (their data joined, the offset where each starts), and asks the gate's
 * regex whether a cue word stands near a number anywhere. Only when one may does the page shell
 * read the page properly, and then only the text around each such place (piecesToRead).
 *
 * It never says no where the page shell's text would pass the gate: the page shell puts a block
 * break only between two text nodes, so a word may start or end wherever two nodes meet here;
 * and the elements the page shell never reads (script, style, form fields, SVG…) are left out,
 * as it leaves them out. Editable text is kept: it can only stand between a cue and a number, so
 * the reach allowed is wider by SKIPPED_SLACK characters.
 */

/** Characters of never-read text (an editable field's) allowed between a cue and a number. */
const SKIPPED_SLACK = 64;
/**
 * Text read on either side of a cue near a number: the context the gated detector reads around a
 * run (2,000 characters, hot-runs.ts) and some more, so a run and its context are inside the
 * piece as they are inside the whole page. 300 drops figures of the corpus (page-pieces.test.ts);
 * 2,500 drops none of the whole corpus's.
 */
const MARGIN = 2_500;
/** When the pieces would hold more than this share of the text, the whole root is read. */
const MOST = 0.5;

/**
 * What the page shell reads under `root`: `root` alone, from its text node `first` to `last`
 * (both included); or the whole of it when neither is given.
 */
export interface Piece {
  root: Node;
  first?: Text;
  last?: Text;
}

/**
 * The parts of `root` the page shell must read, in document order: none when no cue stands near
 * a number (the detector finds nothing there), else the stretches of text nodes MARGIN around
 * each such place, or the whole root when they would cover most of it. Only text near a cue is
 * then segmented and given to the detector (issue 16).
 */
export function piecesToRead(root: Node): Piece[] {
  const { text, starts, nodes } = rawText(root);
  // Ukrainian and Russian words have their own, costlier gate (mayHoldSlavic), block by block.
  if (hasCyrillic(text)) return [{ root }];
  const mayBreak = (offset: number) => sortedHas(starts, offset);
  const spans: [number, number][] = [];
  let covered = 0;
  // Each place widens the last span or starts a new one; once most of the text is covered the
  // rest need not be looked for: the whole root is read.
  const near = (from: number, to: number) => {
    const start = Math.max(0, from - MARGIN);
    const end = Math.min(text.length, to + MARGIN);
    const last = spans.at(-1);
    if (last && start <= last[1]) {
      covered += Math.max(last[1], end) - last[1] + last[0] - Math.min(last[0], start);
      last[0] = Math.min(last[0], start);
      last[1] = Math.max(last[1], end);
    } else {
      spans.push([start, end]);
      covered += end - start;
    }
    return covered > MOST * text.length;
  };
  const most = cueHits(text, near, mayBreak, REACH + SKIPPED_SLACK);
  if (spans.length === 0) return [];
  if (most || root.nodeType === Node.TEXT_NODE) return [{ root }];
  return spans.map(([start, end]) => ({
    root,
    first: nodes[lastAtOrBefore(starts, start)] as Text,
    last: nodes[lastAtOrBefore(starts, end - 1)] as Text,
  }));
}

/** Whether the text under `root` may hold a figure; false means the detector finds none there. */
export function mayHoldFiguresUnder(root: Node): boolean {
  return piecesToRead(root).length > 0;
}

/** The text nodes' data joined, with each node and the offset where it starts. */
function rawText(root: Node): { text: string; starts: number[]; nodes: Text[] } {
  if (root.nodeType === Node.TEXT_NODE)
    return { text: (root as Text).data, starts: [0], nodes: [root as Text] };
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  // The elements never read, found natively, each as the text node where it starts and the one
  // after it: the walk compares nodes instead of asking each one for its parent.
  const skips = skippedRanges(root, doc);
  let skip = 0;
  const starts: number[] = [];
  const nodes: Text[] = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    while (skip < skips.length && node === (skips[skip] as SkippedRange).first) {
      const after = (skips[skip] as SkippedRange).after;
      skip++;
      if (!after) return { text, starts, nodes };
      walker.currentNode = after;
      node = after;
    }
    starts.push(text.length);
    nodes.push(node as Text);
    // A rope: V8 flattens it once, when the regex first reads it.
    text += (node as Text).data;
  }
  return { text, starts, nodes };
}

interface SkippedRange {
  /** The first text node inside the skipped element. */
  first: Node;
  /** The first text node after it, or null when none follows. */
  after: Node | null;
}

/** The outermost never-read elements under `root` that hold text, in document order. */
function skippedRanges(root: Node, doc: Document): SkippedRange[] {
  if (!('querySelectorAll' in root)) return [];
  const ranges: SkippedRange[] = [];
  const finder = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let end: Node | null = null;
  for (const element of (root as Element).querySelectorAll(SKIPPED_SELECTOR)) {
    if (end && element.compareDocumentPosition(end) & Node.DOCUMENT_POSITION_FOLLOWING) continue;
    finder.currentNode = element;
    const first = finder.nextNode();
    if (!first || !element.contains(first)) continue;
    let last: Node = element;
    while (last.lastChild) last = last.lastChild;
    finder.currentNode = last;
    const after = finder.nextNode();
    ranges.push({ first, after });
    end = after;
    if (!after) break;
  }
  return ranges;
}
