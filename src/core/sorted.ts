/** Binary searches over arrays kept in ascending order (offsets of blocks, nodes, tokens, matches). */

/** The index of the first item whose key is at or after `value`; `items.length` when none is. */
export function firstAtOrAfter<T>(
  items: readonly T[],
  value: number,
  key: (item: T) => number,
): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (key(items[mid] as T) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The index of the first item for which `before` is false, in an array where it holds for a
 * leading run of items and for none after (`items.length` when it holds for all): the binary
 * search every other one here is a case of, for the searches a key and a value do not fit.
 */
export function partitionPoint<T>(items: readonly T[], before: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (before(items[mid] as T)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The index of the last start at or before `offset` (0 when none is: the first piece starts at 0). */
export function lastAtOrBefore(starts: readonly number[], offset: number): number {
  return Math.max(0, firstAtOrAfter(starts, offset + 1, (n) => n) - 1);
}

/** Whether ascending `sorted` holds `value`. */
export function sortedHas(sorted: readonly number[], value: number): boolean {
  return sorted[firstAtOrAfter(sorted, value, (n) => n)] === value;
}
