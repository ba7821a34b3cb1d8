import { partitionPoint } from '../core/sorted';

/**
 * How a long page's text is cut into windows for the detector, so each call fits in an idle
 * slice. Pure: offsets in, offsets out.
 *
 * A window ends at a block boundary (the '\n' between two blocks), because no figure crosses one.
 * It is read with some text before it as context — the sentence before a figure can name its side
 * or its date — and only the figures that start inside the window itself are kept, so each figure
 * is found exactly once. On a page shorter than one window the detector sees the whole text in a
 * single call, exactly as if it had not been cut.
 */
export interface DetectWindow {
  /** Where the text given to the detector starts (at or before `start`). */
  contextStart: number;
  /** The figures that start in [start, end) belong to this window. */
  start: number;
  end: number;
}

export interface WindowRequest {
  /** Offsets of the block boundaries read so far, ascending. */
  breaks: readonly number[];
  /** How much text has been read. */
  length: number;
  /** Whether the text is complete (no more will be read). */
  complete: boolean;
  /** Where the previous window ended (0 for the first). */
  from: number;
  /** The preferred window length in characters. */
  size: number;
  /** How much text before the window to give as context. */
  overlap: number;
}

/**
 * The next window after `from`, or null when there is none yet: the text is finished, or not
 * enough of it has been read to fill a window.
 */
export function nextWindow(request: WindowRequest): DetectWindow | null {
  const { breaks, length, complete, from, size } = request;
  if (from >= length) return null;
  if (!complete && length - from < size) return null;
  let end: number;
  if (complete && length - from <= size) end = length;
  else {
    // The last boundary within the preferred size, else the first one past it (a long block).
    const within = lastAtMost(breaks, from + size);
    const candidate = within > from ? within : firstAbove(breaks, from);
    if (candidate === undefined) {
      if (!complete) return null;
      end = length;
    } else end = candidate;
  }
  return { contextStart: contextStart(request), start: from, end };
}

function contextStart({ breaks, from, overlap }: WindowRequest): number {
  if (from === 0) return 0;
  const target = Math.max(0, from - overlap);
  const boundary = lastAtMost(breaks, target);
  // Start at a paragraph's beginning, unless that paragraph is so long it would double the work.
  const start = boundary >= 0 ? boundary + 1 : 0;
  return from - start > 2 * overlap ? target : start;
}

/** The largest value in `sorted` that is ≤ `limit`, or -1. */
function lastAtMost(sorted: readonly number[], limit: number): number {
  return sorted[partitionPoint(sorted, (value) => value <= limit) - 1] ?? -1;
}

/** The smallest value in `sorted` that is > `limit`, or undefined. */
function firstAbove(sorted: readonly number[], limit: number): number | undefined {
  return sorted[partitionPoint(sorted, (value) => value <= limit)];
}
