/**
 * Compact integer encodings shared by the claims build (encode) and the extension (decode), so the
 * two can never drift apart.
 *
 * Runs: a flat list of [start, step, count] triplets. Daily dates, consecutive url indices and
 * constant indices all collapse to one triplet each.
 * Deltas: the first value, then differences; cumulative tallies become short numbers.
 */

/** Expands flat [start, step, count] triplets, each value shifted by `offset`. */
export function decodeRuns(runs: readonly number[], offset = 0): number[] {
  let total = 0;
  for (let i = 2; i < runs.length; i += 3) total += Math.max(0, runs[i] ?? 0);
  // Sized up front: the bundle expands to ~50,000 numbers on every service-worker start.
  const out = new Array<number>(total);
  let n = 0;
  for (let i = 0; i + 2 < runs.length; i += 3) {
    const start = (runs[i] ?? 0) + offset;
    const step = runs[i + 1] ?? 0;
    const count = runs[i + 2] ?? 0;
    for (let k = 0; k < count; k++) out[n++] = start + k * step;
  }
  out.length = n;
  return out;
}

/** Greedy inverse of decodeRuns: each run extends while the step stays the same. */
export function encodeRuns(values: readonly number[]): number[] {
  const runs: number[] = [];
  let i = 0;
  while (i < values.length) {
    const start = values[i] as number;
    const next = values[i + 1];
    const step = next === undefined ? 0 : next - start;
    let count = 1;
    while (i + count < values.length && values[i + count] === start + count * step) count++;
    runs.push(start, step, count);
    i += count;
  }
  return runs;
}

/** Running sum of deltas. */
export function decodeDeltas(deltas: readonly number[]): number[] {
  // A plain loop into a sized array: a cold service worker runs this over ~45,000 numbers, still
  // in V8's interpreter, where a callback per element (map) costs several times more.
  const out = new Array<number>(deltas.length);
  let sum = 0;
  for (let i = 0; i < deltas.length; i++) {
    sum += deltas[i] as number;
    out[i] = sum;
  }
  return out;
}

/** The number of values flat [start, step, count] triplets expand to. */
export function runsLength(runs: readonly number[]): number {
  let total = 0;
  for (let i = 2; i < runs.length; i += 3) total += Math.max(0, runs[i] ?? 0);
  return total;
}

/**
 * True when the runs expand to strictly increasing values: each run steps up, and each starts
 * above the last value of the run before. Checked on the triplets, without expanding them.
 */
export function runsIncrease(runs: readonly number[]): boolean {
  let last = Number.NEGATIVE_INFINITY;
  // Plain reads, no destructuring: a cold worker runs this over ~3,600 runs still interpreted,
  // where destructuring goes through the iterator protocol each time.
  for (let i = 0; i + 2 < runs.length; i += 3) {
    const start = runs[i] as number;
    const step = runs[i + 1] as number;
    const count = runs[i + 2] as number;
    if (count <= 0) continue;
    if (start <= last || (count > 1 && step <= 0)) return false;
    last = start + step * (count - 1);
  }
  return true;
}

/** True when every value the runs expand to lies in [0, limit). */
export function runsWithin(runs: readonly number[], limit: number): boolean {
  for (let i = 0; i + 2 < runs.length; i += 3) {
    const start = runs[i] as number;
    const step = runs[i + 1] as number;
    const count = runs[i + 2] as number;
    if (count <= 0) continue;
    const end = start + step * (count - 1);
    if (Math.min(start, end) < 0 || Math.max(start, end) >= limit) return false;
  }
  return true;
}

/** First value, then differences to the previous value. */
export function encodeDeltas(values: readonly number[]): number[] {
  return values.map((value, i) => (i === 0 ? value : value - (values[i - 1] as number)));
}
