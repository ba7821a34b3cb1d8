import { type Highlight, SplitTable, wrapMention } from './highlighter';
import type { Slice } from './idle-scheduler';
import type { Found } from './scan-job';
import { segmentAt, type TextSegment } from './text-walker';

/** A found figure waiting to be wrapped, with the id it will carry. */
export interface Pending extends Found {
  id: number;
}

/** What one wrap attempt gave: the highlight, or null when the page changed under the figure. */
export interface Wrapped {
  id: number;
  highlight: Highlight | null;
}

// A large insertion is re-laid-out by the browser in the same frame; keep each frame's share small.
const MAX_PER_FRAME = 100;
// Figures this far (px) beyond the viewport count as visible: they are the next to scroll in.
const VIEWPORT_MARGIN = 400;

/**
 * The second pass of highlighting: found figures wait here and are wrapped a bounded batch per
 * animation frame, the ones on screen first once they take more than one batch. Where they are
 * is read at the start of a frame, before this frame's writes, when the layout is usually clean.
 * Figures that fit in one batch are wrapped in document order without reading it: right after a
 * page is parsed that read forces its first layout (6–30 ms), which the browser's own first
 * rendering does anyway, and a batch that wraps them all has no order to choose.
 */
export class WrapQueue {
  private unsorted: Pending[] = [];
  private visible: Pending[] = [];
  private later: Pending[] = [];
  private splits = new Map<TextSegment[], SplitTable>();
  /** Whether the last batch ran out of time with figures left: they take several batches. */
  private overran = false;

  constructor(private readonly view: { innerHeight: number } | null) {}

  /** Adds found figures (in document order). */
  add(pending: Pending[]): void {
    for (const item of pending) this.unsorted.push(item);
  }

  get size(): number {
    return this.unsorted.length + this.visible.length + this.later.length;
  }

  /**
   * Wraps up to one frame's share of figures, visible ones first; always at least one, so that the
   * first highlight never waits for a later frame when finding where the figures are took the
   * slice (the page's first layout, forced right after it was parsed, can take 30 ms).
   */
  wrapBatch(slice: Slice): Wrapped[] {
    if (this.overran || this.size > MAX_PER_FRAME) this.sort();
    const done: Wrapped[] = [];
    while (done.length < MAX_PER_FRAME && (done.length === 0 || slice.timeRemaining() > 0)) {
      const item = this.visible.shift() ?? this.later.shift() ?? this.unsorted.shift();
      if (!item) break;
      const highlight = wrapMention(item.segments, item.mention, item.id, this.tableOf(item));
      done.push({ id: item.id, highlight });
    }
    this.overran = this.size > 0;
    if (this.size === 0) this.splits.clear();
    return done;
  }

  /** Forgets everything waiting. */
  clear(): void {
    this.unsorted = [];
    this.visible = [];
    this.later = [];
    this.splits.clear();
    this.overran = false;
  }

  private sort(): void {
    if (this.unsorted.length === 0) return;
    for (const item of this.unsorted) {
      (this.isNearViewport(item) ? this.visible : this.later).push(item);
    }
    this.unsorted = [];
  }

  private isNearViewport(item: Pending): boolean {
    if (!this.view) return true;
    const element = segmentAt(item.segments, item.mention.start)?.node.parentElement;
    if (!element) return false;
    const rect = element.getBoundingClientRect();
    return rect.bottom >= -VIEWPORT_MARGIN && rect.top <= this.view.innerHeight + VIEWPORT_MARGIN;
  }

  // One split table per scan's segments: it knows how that scan's text nodes were split.
  private tableOf(item: Pending): SplitTable {
    let table = this.splits.get(item.segments);
    if (!table) {
      table = new SplitTable();
      this.splits.set(item.segments, table);
    }
    return table;
  }
}
