import { cueHits, REACH } from './cue-scan';
import { hasCyrillic } from './figure-gate';
import { SKIPPED_SELECTOR } from './text-walker';

/**
 * The whole page's gate, before any block is cut or any element looked at (issue 16). Most pages
 * a reader opens hold no loss figure; for them the page shell's own walk (blocks, segments, the
 * facts of every element) would already cost several bare walks. This reads the text nodes once,
 * as cheaply as a walk can (their data joined, the offset where each starts), and asks the gate's
 * regex whether a cue word stands near a number anywhere. Only when one may does the page shell
 * read the page properly.
 *
 * It never says no where the page shell's text would pass the gate: the page shell puts a block
 * break only between two text nodes, so a word may start or end wherever two nodes meet here;
 * and the elements the page shell never reads (script, style, form fields, SVG…) are left out,
 * as it leaves them out. Editable text is kept: it can only stand between a cue and a number, so
 * the reach allowed is wider by SKIPPED_SLACK characters.
 */

/** Characters of never-read text (an editable field's) allowed between a cue and a number. */
const SKIPPED_SLACK = 64;

/** Whether the text under `root` may hold a figure; false means the detector finds none there. */
export function mayHoldFiguresUnder(root: Node): boolean {
  const { text, starts } = rawText(root);
  // Ukrainian and Russian words have their own, costlier gate (mayHoldSlavic), block by block.
  if (hasCyrillic(text)) return true;
  const mayBreak = (offset: number) => includes(starts, offset);
  return cueHits(text, () => true, mayBreak, REACH + SKIPPED_SLACK);
}

/** The text nodes' data joined, with the offset where each node starts. */
function rawText(root: Node): { text: string; starts: number[] } {
  if (root.nodeType === Node.TEXT_NODE) return { text: (root as Text).data, starts: [0] };
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  // The elements never read, found natively, each as the text node where it starts and the one
  // after it: the walk compares nodes instead of asking each one for its parent.
  const skips = skippedRanges(root, doc);
  let skip = 0;
  const starts: number[] = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    while (skip < skips.length && node === (skips[skip] as SkippedRange).first) {
      const after = (skips[skip] as SkippedRange).after;
      skip++;
      if (!after) return { text, starts };
      walker.currentNode = after;
      node = after;
    }
    starts.push(text.length);
    // A rope: V8 flattens it once, when the regex first reads it.
    text += (node as Text).data;
  }
  return { text, starts };
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

/** Whether ascending `sorted` holds `value` (binary search). */
function includes(sorted: readonly number[], value: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = sorted[mid] as number;
    if (at === value) return true;
    if (at < value) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}
