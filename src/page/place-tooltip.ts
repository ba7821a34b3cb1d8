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
}

const GAP = 8;
const MARGIN = 8;

/**
 * Where to put the tooltip (viewport coordinates) so that it never covers its figure: below the
 * figure when it fits, else above, else on whichever side has more room; shifted sideways to
 * stay inside the viewport.
 */
export function placeTooltip(
  anchor: Box,
  tooltip: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const roomBelow = viewport.height - (anchor.top + anchor.height) - GAP;
  const roomAbove = anchor.top - GAP;
  const below =
    roomBelow >= tooltip.height || (roomAbove < tooltip.height && roomBelow >= roomAbove);
  const top = below ? anchor.top + anchor.height + GAP : anchor.top - GAP - tooltip.height;
  const maxLeft = viewport.width - tooltip.width - MARGIN;
  const left = Math.max(MARGIN, Math.min(anchor.left, maxLeft));
  return { left, top, side: below ? 'below' : 'above' };
}
