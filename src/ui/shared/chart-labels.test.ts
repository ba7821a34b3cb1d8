import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LabelRequest, labelWidth, placeLabels } from './chart-labels';

const overlap = (a: { centre: number; width: number }, b: { centre: number; width: number }) =>
  Math.abs(a.centre - b.centre) < (a.width + b.width) / 2;

describe('placeLabels', () => {
  it('keeps far-apart labels in the first row, centred on their marks', () => {
    const placed = placeLabels(
      [
        { key: 'a', x: 60, text: '369,000 BBC' },
        { key: 'b', x: 300, text: '500,000 NATO' },
      ],
      0,
      370,
    );
    expect(placed.map((p) => [p.key, p.row, p.centre])).toEqual([
      ['a', 0, 60],
      ['b', 0, 300],
    ]);
  });

  it('drops a label that would overlap to the second row, and one that fits nowhere out', () => {
    const requests: LabelRequest[] = [
      { key: 'a', x: 100, text: '400,000 CSIS' },
      { key: 'b', x: 110, text: '490,321 Economist' },
      { key: 'c', x: 120, text: '500,000 UK MoD' },
    ];
    const placed = placeLabels(requests, 0, 370);
    expect(placed.map((p) => [p.key, p.row])).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
  });

  it('pulls a label at the edge inside the chart', () => {
    const [label] = placeLabels([{ key: 'a', x: 365, text: '1,524,946 Economist' }], 0, 370);
    expect(label && label.centre + label.width / 2).toBeLessThanOrEqual(370);
  });

  it('never lets two labels of a row overlap or leave the chart, whatever the marks', () => {
    const request = fc.record({
      x: fc.integer({ min: 0, max: 370 }),
      text: fc.string({ minLength: 1, maxLength: 30 }),
    });
    fc.assert(
      fc.property(fc.array(request, { maxLength: 12 }), (marks) => {
        const placed = placeLabels(
          marks.map((m, i) => ({ key: String(i), ...m })),
          14,
          356,
        );
        for (const p of placed) {
          expect(p.centre - p.width / 2).toBeGreaterThanOrEqual(14);
          expect(p.centre + p.width / 2).toBeLessThanOrEqual(356);
          expect(p.width).toBe(labelWidth(p.text));
        }
        for (const [i, a] of placed.entries()) {
          for (const b of placed.slice(i + 1)) {
            if (a.row === b.row) expect(overlap(a, b)).toBe(false);
          }
        }
      }),
    );
  });
});
