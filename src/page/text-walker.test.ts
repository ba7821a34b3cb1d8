import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentAt, type TextSegment } from './text-walker';

/** Segments as the walker lays them out: in order, apart by a block break or not at all. */
const layouts = fc
  .array(fc.tuple(fc.string({ maxLength: 6 }), fc.boolean()), { maxLength: 12 })
  .map((parts) => {
    const segments: TextSegment[] = [];
    let start = 0;
    for (const [data, gap] of parts) {
      segments.push({ node: null as unknown as Text, start, data, taken: false });
      start += data.length + (gap ? 1 : 0);
    }
    return { segments, length: start };
  });

describe('segmentAt', () => {
  it('finds the segment holding an offset, as a scan of every segment does', () => {
    fc.assert(
      fc.property(layouts, fc.integer({ min: -2, max: 80 }), ({ segments }, offset) => {
        const scanned = segments.find((s) => offset >= s.start && offset < s.start + s.data.length);
        expect(segmentAt(segments, offset)).toBe(scanned);
      }),
      { numRuns: 2000 },
    );
  });
});
