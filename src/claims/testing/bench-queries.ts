import type { MatchQuery } from '../types';

/**
 * The 1,000 comparisons the speed test (src/claims/speed.test.ts) and `npm run bench` time: the
 * same queries in Node and in Chromium, so their numbers can be set side by side.
 */

const METRICS = [
  ['tanks', 'russia'],
  ['personnel_killed', 'russia'],
  ['personnel_casualties', 'russia'],
  ['armored_vehicles', 'russia'],
  ['civilians_killed', 'ukraine'],
  ['tanks_and_armored_vehicles', 'ukraine'],
  ['personnel_casualties', 'ukraine'],
  ['aircraft', 'russia'],
] as const;

/** 1,000 varied queries: metrics, dates from 2022 to 2025, cited or not, a few period figures. */
export function benchQueries(): MatchQuery[] {
  return Array.from({ length: 1000 }, (_, i) => {
    const [metric, side] = METRICS[i % METRICS.length] as (typeof METRICS)[number];
    const asOf = `${2022 + (i % 4)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    return {
      metric,
      side,
      unit: 'count',
      value: 100 + ((i * 7919) % 50_000),
      qualifier: i % 5 === 0 ? 'about' : 'exact',
      asOf,
      ...(i % 3 === 0 ? { claimant: 'ua-general-staff' } : {}),
      ...(i % 50 === 0 ? { increment: true } : {}),
    };
  });
}
