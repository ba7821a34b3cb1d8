import { describe, expect, it } from 'vitest';
import { nextWindow, type WindowRequest } from './detect-windows';

// A text of 10 blocks of 99 characters each, a '\n' between them: breaks at 99, 199, … 899.
const breaks = Array.from({ length: 9 }, (_, i) => i * 100 + 99);
const base: WindowRequest = {
  breaks,
  length: 999,
  complete: true,
  from: 0,
  size: 250,
  overlap: 150,
};

describe('nextWindow', () => {
  it.each([
    [
      'a short text is one window, read whole',
      { size: 5_000 },
      { contextStart: 0, start: 0, end: 999 },
    ],
    [
      'the first window ends at the last block boundary within its size',
      {},
      { contextStart: 0, start: 0, end: 199 },
    ],
    [
      'a later window is read with the paragraphs before it as context',
      { from: 399 },
      { contextStart: 200, start: 399, end: 599 },
    ],
    [
      'the last window runs to the end of the text',
      { from: 799 },
      { contextStart: 600, start: 799, end: 999 },
    ],
    [
      'a block longer than the size is one window of its own',
      { breaks: [99, 5_099], length: 6_000, from: 99 },
      { contextStart: 0, start: 99, end: 5_099 },
    ],
    [
      'context inside one very long paragraph is cut short rather than doubling the work',
      { breaks: [5_000], length: 6_000, from: 5_000, size: 500, overlap: 100 },
      { contextStart: 4_900, start: 5_000, end: 6_000 },
    ],
  ])('%s', (_, request, expected) => {
    expect(nextWindow({ ...base, ...request })).toEqual(expected);
  });

  it('waits for more text while the walk is still going and less than a window is read', () => {
    expect(nextWindow({ ...base, complete: false, length: 150 })).toBeNull();
    expect(nextWindow({ ...base, complete: false, length: 999, from: 899 })).toBeNull();
    expect(nextWindow({ ...base, complete: false, from: 399 })).toMatchObject({ end: 599 });
  });

  it('has nothing more once the text is used up', () => {
    expect(nextWindow({ ...base, from: 999 })).toBeNull();
  });

  it('covers every offset exactly once, whatever the window size', () => {
    for (const size of [1, 50, 120, 333, 2_000]) {
      const covered: [number, number][] = [];
      let from = 0;
      for (let window = nextWindow({ ...base, size }); window; ) {
        expect(window.start).toBe(from);
        expect(window.contextStart).toBeLessThanOrEqual(window.start);
        covered.push([window.start, window.end]);
        from = window.end;
        window = nextWindow({ ...base, size, from });
      }
      expect(from).toBe(999);
      expect(covered.every(([start, end]) => end > start)).toBe(true);
    }
  });
});
