/**
 * The claims database's half of the benchmark, bundled by scripts/bench/bundle.ts and run in a
 * fresh page of real Chromium per round, so that V8 starts cold each time as a stopped service
 * worker does: from the bundle's text to the first answer, step by step, then 1,000 comparisons.
 * The same modules as the service worker (src/claims); the text is the committed bundle.
 */
import { bundleProblem } from '../../src/claims/bundle-check';
import { buildClaimsIndex } from '../../src/claims/claims-index';
import { loadClaimsDb } from '../../src/claims/load';
import { match } from '../../src/claims/match';
import { benchQueries } from '../../src/claims/testing/bench-queries';
import { TANKS_QUERY } from '../../src/claims/testing/comparisons';
import type { MatchQuery } from '../../src/claims/types';

/** Milliseconds of each step of one cold load, and of 1,000 comparisons after it. */
export interface ClaimsMeasurement {
  parse: number;
  /** The shape check alone (bundle-check.ts); also part of `load`. */
  check: number;
  /** loadClaimsDb: the check, then decoding and the cross-reference checks. */
  load: number;
  index: number;
  firstMatch: number;
  /** parse + load + index + first match. */
  toFirstAnswer: number;
  /** 1,000 comparisons: the first round (V8 still warming up), then the median of 10 more. */
  thousandFirst: number;
  thousandMedian: number;
}

const FIRST: MatchQuery = TANKS_QUERY;

function measure(text: string): ClaimsMeasurement {
  const now = () => performance.now();
  const t0 = now();
  const json = JSON.parse(text);
  const t1 = now();
  const db = loadClaimsDb(json);
  const t2 = now();
  const index = buildClaimsIndex(db);
  const t3 = now();
  match(index, FIRST);
  const t4 = now();
  // Timed on a second parse so that `load` above was the first, cold run of every check.
  const again = JSON.parse(text);
  const c0 = now();
  bundleProblem(again);
  const check = now() - c0;
  const queries = benchQueries();
  const rounds: number[] = [];
  for (let r = 0; r < 11; r++) {
    const start = now();
    for (const q of queries) match(index, q);
    rounds.push(now() - start);
  }
  const later = rounds.slice(1).sort((a, b) => a - b);
  return {
    parse: t1 - t0,
    check,
    load: t2 - t1,
    index: t3 - t2,
    firstMatch: t4 - t3,
    toFirstAnswer: t4 - t0,
    thousandFirst: rounds[0] as number,
    thousandMedian: later[later.length >> 1] as number,
  };
}

(globalThis as unknown as { crosscountClaimsBench: object }).crosscountClaimsBench = { measure };
