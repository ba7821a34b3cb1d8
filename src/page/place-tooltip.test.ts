import { describe, expect, it } from 'vitest';
import { placeTooltip } from './place-tooltip';

const viewport = { width: 1000, height: 800 };
const size = { width: 360, height: 200 };

describe('placeTooltip', () => {
  it('goes below the figure when there is room', () => {
    const anchor = { left: 100, top: 100, width: 60, height: 20 };
    expect(placeTooltip(anchor, size, viewport)).toEqual({ left: 100, top: 128, side: 'below' });
  });

  it('flips above near the bottom edge without covering the figure', () => {
    const anchor = { left: 100, top: 700, width: 60, height: 20 };
    const placed = placeTooltip(anchor, size, viewport);
    expect(placed.side).toBe('above');
    expect(placed.top + size.height).toBeLessThanOrEqual(anchor.top);
  });

  it('shifts left at the right edge and never past the left edge', () => {
    expect(placeTooltip({ left: 900, top: 10, width: 60, height: 20 }, size, viewport).left).toBe(
      632,
    );
    expect(placeTooltip({ left: -50, top: 10, width: 60, height: 20 }, size, viewport).left).toBe(
      8,
    );
  });
});
