import type { Method, Metric } from '../core/vocabulary';

/**
 * Explicit equivalences between metrics and methods (GUIDE §5), kept as data so the matcher has
 * no scattered special cases.
 */

/**
 * Metrics worth showing next to a query's metric, flagged `metric-equivalence`. An article that
 * calls the General Staff's "personnel" figure "killed" is comparing against killed + wounded, and
 * the reader should see that.
 */
export const RELATED_METRICS: Readonly<Partial<Record<Metric, readonly Metric[]>>> = {
  personnel_killed: ['personnel_casualties'],
};

/** Methods whose counts are floors by construction: only what was photographed or verified. */
export const LOWER_BOUND_METHODS: ReadonlySet<Method> = new Set<Method>([
  'visually-confirmed',
  'un-verified',
]);

/** Period start of whole-war tallies; figures for shorter periods are not comparable. */
export const WAR_START = '2022-02-24';
