import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeTooltip } from './place-tooltip';

const viewport = { width: 1000, height: 800 };
const size = { width: 360, height: 200 };

describe('placeTooltip', () => {
  it('goes below the figure when there is room', () => {
    const anchor = { left: 100, top: 100, width: 60, height: 20 };
    expect(placeTooltip(anchor, size, viewport)).toEqual({
      left: 100,
      top: 128,
      side: 'below',
      maxHeight: 784,
    });
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

  it('cuts a card taller than either side to the larger room, beside the figure', () => {
    // Issue 15: a dozen estimates made a 1,460 px card in an 800 px window.
    const tall = { width: 400, height: 1460 };
    const placed = placeTooltip({ left: 100, top: 300, width: 60, height: 20 }, tall, viewport);
    expect(placed).toEqual({ left: 100, top: 328, side: 'below', maxHeight: 464 });
    const high = placeTooltip({ left: 100, top: 600, width: 60, height: 20 }, tall, viewport);
    expect(high).toEqual({ left: 100, top: 8, side: 'above', maxHeight: 584 });
  });

  it('covers the figure only when neither side has room, and stays in the viewport', () => {
    const small = { width: 500, height: 320 };
    const placed = placeTooltip(
      { left: 10, top: 150, width: 60, height: 20 },
      { width: 400, height: 900 },
      small,
    );
    expect(placed).toEqual({ left: 10, top: 8, side: 'below', maxHeight: 304 });
  });

  it('keeps every card inside the viewport, whatever its size and its figure’s place', () => {
    const box = fc.record({
      left: fc.integer({ min: -100, max: 1400 }),
      top: fc.integer({ min: 0, max: 800 }),
      width: fc.integer({ min: 1, max: 300 }),
      height: fc.integer({ min: 1, max: 40 }),
    });
    const view = fc.record({
      width: fc.integer({ min: 420, max: 1400 }),
      height: fc.integer({ min: 300, max: 1000 }),
    });
    fc.assert(
      fc.property(box, fc.integer({ min: 40, max: 3000 }), view, (anchor, height, port) => {
        const placed = placeTooltip(anchor, { width: 400, height }, port);
        const shown = Math.min(height, placed.maxHeight);
        expect(placed.top).toBeGreaterThanOrEqual(8);
        expect(placed.top + shown).toBeLessThanOrEqual(port.height - 8);
        expect(placed.left + 400).toBeLessThanOrEqual(port.width - 8);
      }),
    );
  });
});
