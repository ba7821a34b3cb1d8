import { lastAtOrBefore } from '../core/sorted';
import { cueHitsUntilCyrillic, REACH } from './cue-scan';
import { documentOf, nodeTypeOf } from './dom-reads';
import { SkippedText } from './skipped-text';

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
 * Text looked at on either side of a cue near a number before its piece is read: the quick look
 * of hot-runs.ts (findsNear). Most such places on a page without loss figures are a date or a
 * price beside a word such as "figures" or "attack", which the detector turns down there. 300 is
 * the reach of a figure's sentence in the detector (CONTEXT, src/detect/index.ts); with a text
 * node every three words, 20 drops no figure of page-pieces.test.ts and −40 drops some.
 */
const PROBE = 300;
/**
 * A long page whose first PREFIX characters are this densely covered by the pieces (MARGIN around
 * each cue near a number) is read whole at once, without the rest of the gate's pass, as soon as a
 * quick look at one of its first LOOKS places finds a figure: a live blog dense with loss figures
 * was scanned to its end (~65 ms on 2 MB) to learn that it is to be read whole. 0.9 is far above
 * what a real page without loss figures shows over its first 64 K (at most 0.61, the benchmark's
 * pages) and below what a page dense with them does (0.96, the generated live blog).
 */
const DENSE_PREFIX = 0.9;
const PREFIX = 65_536;
const LOOKS = 8;

/**
 * The text from offset `from` of the text node `first` to offset `to` of `last` (in document
 * order, `first` and `last` included).
 */
export interface Stretch {
  first: Text;
  last: Text;
  from: number;
  to: number;
}

/**
 * What the page shell reads under `root`: `root` alone, from its text node `first` to `last`
 * (both included); or the whole of it when neither is given. With `probes`, only if the quick
 * look finds a figure in one of them (the places PROBE around each cue near a number).
 */
export interface Piece {
  root: Node;
  first?: Text;
  last?: Text;
  probes?: Stretch[];
  /**
   * Cues near numbers cover most of the root: it is read whole, and each of its windows by the
   * detector itself (gating them block by block would cost more than it saves).
   */
  dense?: true;
}

/** A quick look at a place: whether the detector finds a figure there (the page shell's). */
export type Look = (place: Stretch) => boolean;

type Span = [number, number];

/**
 * The parts of `root` the page shell must read, in document order: none when no cue stands near
 * a number (the detector finds nothing there), else the stretches of text nodes MARGIN around
 * each such place, or the whole root when they would cover most of it; each with the places to
 * look at first, unless those too would cover most of it (a page dense with cues near numbers,
 * read at once). Only text near a cue is then segmented and given to the detector (issue 16).
 * With `look`, a long page dense with such places from its start is read whole as soon as a look
 * at one of them finds a figure (DENSE_PREFIX).
 */
export function piecesToRead(root: Node, look?: Look): Piece[] {
  const { text, starts, nodes } = rawText(root);
  const stretch = ([start, end]: Span): Stretch => {
    const first = lastAtOrBefore(starts, start);
    const last = lastAtOrBefore(starts, end - 1);
    const [from, to] = [start - (starts[first] as number), end - (starts[last] as number)];
    return { first: nodes[first] as Text, last: nodes[last] as Text, from, to };
  };
  const most = MOST * text.length;
  const places: Span[] = [];
  const spans: Span[] = [];
  let [probed, covered] = [0, 0];
  let looked = !look || text.length < 2 * PREFIX;
  // Once the places cover most of the text the rest need not be looked for: all is read.
  const dense = cueHitsUntilCyrillic(
    text,
    (from, to) => {
      probed += widen(places, from - PROBE, to + PROBE, text.length);
      covered += widen(spans, from - MARGIN, to + MARGIN, text.length);
      if (probed > most) return true;
      if (looked || to < PREFIX) return false;
      if (covered < DENSE_PREFIX * to) return false;
      looked = true;
      return places.slice(0, LOOKS).some((place) => look?.(stretch(place)));
    },
    starts,
    REACH + SKIPPED_SLACK,
  );
  // Ukrainian and Russian words have their own, costlier gate (mayHoldSlavic), block by block.
  if (dense === 'cyrillic') return [{ root }];
  if (places.length === 0) return [];
  if (dense) return [{ root, dense }];
  if (nodeTypeOf(root) === Node.TEXT_NODE) return [{ root }];
  if (covered > most) return [{ root, probes: places.map(stretch), dense: true }];
  return spans.map((span) => {
    const inside = places.filter(([from]) => from >= span[0] && from < span[1]);
    const { first, last } = stretch(span);
    return { root, first, last, probes: inside.map(stretch) };
  });
}

/** Adds [from, to) (clipped to the text) to the ordered spans; returns how much it added. */
function widen(spans: Span[], from: number, to: number, length: number): number {
  const start = Math.max(0, from);
  const end = Math.min(length, to);
  const last = spans.at(-1);
  if (!last || start > last[1]) {
    spans.push([start, end]);
    return end - start;
  }
  const added = Math.max(last[1], end) - last[1] + last[0] - Math.min(last[0], start);
  last[0] = Math.min(last[0], start);
  last[1] = Math.max(last[1], end);
  return added;
}

/** Whether the text under `root` may hold a figure; false means the detector finds none there. */
export function mayHoldFiguresUnder(root: Node): boolean {
  return piecesToRead(root).length > 0;
}

/** The text nodes' data joined, with each node and the offset where it starts. */
function rawText(root: Node): { text: string; starts: number[]; nodes: Text[] } {
  if (nodeTypeOf(root) === Node.TEXT_NODE)
    return { text: (root as Text).data, starts: [0], nodes: [root as Text] };
  const doc = documentOf(root) ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  // The elements never read, each as the text node where it starts and the one after it.
  const skipped = new SkippedText(root, doc);
  const starts: number[] = [];
  const nodes: Text[] = [];
  const parts: string[] = [];
  let length = 0;
  walk: for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let after = skipped.after(node); after !== undefined; after = skipped.after(node)) {
      if (!after) break walk;
      walker.currentNode = after;
      node = after;
    }
    const data = (node as Text).data;
    starts.push(length);
    nodes.push(node as Text);
    parts.push(data);
    length += data.length;
  }
  // Joined once into a flat string: a rope built with += is flattened by the first regex anyway.
  return { text: parts.join(''), starts, nodes };
}
