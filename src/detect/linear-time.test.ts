import { describe, expect, it } from 'vitest';
import { detectFigures, type FigureMention } from './index';

// Whole pages of a few megabytes go through the detector; these inputs would expose any step
// that reads more than a bounded window per number (a quadratic step takes minutes here, not
// seconds). Correctness only: timings are not asserted, and the generous timeout is for a busy
// machine.
const SLOW = 60_000;
const detect = (text: string) => detectFigures(text, { pageDate: '2022-04-19' });

function expectValidSpans(text: string, mentions: FigureMention[]): void {
  let end = 0;
  for (const m of mentions) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.start).toBeGreaterThanOrEqual(end);
    end = m.end;
  }
}

describe('detectFigures: robustness', () => {
  it(
    'stays linear on a multi-megabyte page',
    () => {
      const chunk =
        'Russian losses included 790 tanks, according to the ministry. The 2019 budget was $5 ' +
        'billion, 12 ministers met on 3 May and the index rose 2.3% in 10 days. ';
      const text = chunk.repeat(20_000);
      const mentions = detect(text);
      expect(text.length).toBeGreaterThan(3_000_000);
      expect(mentions).toHaveLength(20_000);
      expectValidSpans(text, mentions);
    },
    SLOW,
  );

  it(
    'stays linear on a page without full stops',
    () => {
      const text =
        'Russian losses included 790 tanks, 2,041 armored combat vehicles and more '.repeat(10_000);
      const mentions = detect(text);
      expect(mentions).toHaveLength(20_000);
      expectValidSpans(text, mentions);
    },
    SLOW,
  );

  it(
    'copes with pathological runs of digits, separators and spaces',
    () => {
      const text = `${'1,'.repeat(100_000)} ${' '.repeat(100_000)}${'9 '.repeat(100_000)}${'a '.repeat(100_000)}`;
      expect(detect(text)).toEqual([]);
    },
    SLOW,
  );

  it(
    'stays linear on a page of period phrases and list lines',
    () => {
      const text =
        'losses: tanks ‒ 3,604 (+9), in December, last week, over the past 24 hours, since March 1, on Monday, '.repeat(
          20_000,
        );
      const mentions = detect(text);
      expect(mentions.length).toBeGreaterThan(0);
      expectValidSpans(text, mentions);
    },
    SLOW,
  );
});
