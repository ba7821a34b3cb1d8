import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import bundleText from '../data/claims.json?raw';
import { loadClaimsIndex } from './claims-index';
import { match } from './match';
import { benchQueries } from './testing/bench-queries';
import { TANKS_QUERY } from './testing/comparisons';

/**
 * Size (asserted: the limits) and speed (printed, never asserted: timings depend on the
 * machine). The background loads the bundle as text exactly like this (entrypoints/background.ts),
 * so "parse + load" is what a cold service worker pays before its first answer. Real-browser
 * numbers come from `npm run bench`.
 */

const ms = (n: number) => `${n.toFixed(2)} ms`;

describe('size and speed of the bundled database', () => {
  it('fits the size limits (≤ 1.5 MB raw, ≤ 400 KB gzip)', () => {
    const raw = Buffer.byteLength(bundleText);
    const gzip = gzipSync(bundleText, { level: 9 }).length;
    console.log(`claims.json: ${raw} bytes raw, ${gzip} bytes gzip`);
    expect(raw).toBeLessThanOrEqual(1_500_000);
    expect(gzip).toBeLessThanOrEqual(400_000);
  });

  it('loads and answers (timings printed)', () => {
    const t0 = performance.now();
    const json = JSON.parse(bundleText);
    const t1 = performance.now();
    const index = loadClaimsIndex(json);
    const t2 = performance.now();
    const first = match(index, { ...TANKS_QUERY, claimant: 'ua-general-staff' });
    const t3 = performance.now();
    const all = benchQueries();
    // The first rounds include V8's warm-up (interpreted, then optimised code); later ones show
    // the steady state a page with many figures sees.
    const rounds = Array.from({ length: 20 }, () => {
      const start = performance.now();
      let estimates = 0;
      for (const q of all) estimates += match(index, q).estimates.length;
      return { time: performance.now() - start, estimates };
    });
    const times = rounds.map((r) => r.time);
    const sorted = [...times].sort((a, b) => a - b);
    console.log(
      [
        `JSON.parse ${ms(t1 - t0)}, loadClaimsIndex ${ms(t2 - t1)}, first match ${ms(t3 - t2)}`,
        `(from the bundle text to the first answer: ${ms(t3 - t0)})`,
        `1,000 match() calls, 20 rounds: first ${ms(times[0] ?? 0)}, median ${ms(sorted[10] ?? 0)}, best ${ms(sorted[0] ?? 0)}`,
        `(${(rounds[0]?.estimates ?? 0) / 1000} estimates per comparison on average)`,
      ].join('\n'),
    );
    expect(first.estimates.map((e) => e.value)).toEqual([790, 519]);
  });
});
