export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
  /** The card's height limit (its body scrolls beyond it); the viewport's less margins at most. */
  maxHeight: number;
}

const GAP = 8;
const MARGIN = 8;
/** Less room than this beside the figure reads as a slot, not a card: cover the figure instead. */
const MIN_ROOM = 200;

/**
 * Where to put the tooltip (viewport coordinates) so that it never covers its figure: below the
 * figure when it fits, else above, else on the side with more room, its height cut to that room
 * (the card's body scrolls). Only when neither side has MIN_ROOM does the card lie over the
 * figure, held inside the viewport. Shifted sideways to stay inside the viewport too.
 */
export function placeTooltip(
  anchor: Box,
  tooltip: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const whole = Math.max(0, viewport.height - 2 * MARGIN);
  const height = Math.min(tooltip.height, whole);
  const below = anchor.top + anchor.height + GAP;
  const maxLeft = viewport.width - tooltip.width - MARGIN;
  const left = Math.max(MARGIN, Math.min(anchor.left, maxLeft));
  const placed = chooseSide(below, anchor.top - GAP, height, whole, viewport.height);
  // A figure scrolled out of view still gets a card inside the viewport.
  const shown = Math.min(height, placed.maxHeight);
  const top = Math.min(Math.max(MARGIN, placed.top), viewport.height - MARGIN - shown);
  return { left, top, side: placed.side, maxHeight: placed.maxHeight };
}

/** The side and height limit, given where the card would start below and end above the figure. */
function chooseSide(below: number, aboveEnd: number, height: number, whole: number, vh: number) {
  const roomBelow = vh - MARGIN - below;
  const roomAbove = aboveEnd - MARGIN;
  if (height <= roomBelow) return { top: below, side: 'below' as const, maxHeight: whole };
  if (height <= roomAbove) {
    return { top: aboveEnd - height, side: 'above' as const, maxHeight: whole };
  }
  const room = Math.min(whole, Math.max(roomBelow, roomAbove));
  if (room >= MIN_ROOM) {
    return roomBelow >= roomAbove
      ? { top: below, side: 'below' as const, maxHeight: room }
      : { top: aboveEnd - room, side: 'above' as const, maxHeight: room };
  }
  return { top: below, side: 'below' as const, maxHeight: whole };
}
