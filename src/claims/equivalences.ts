import { wholeWarStart } from '../core/conflicts';
import type { IsoDate, Method, Metric } from '../core/vocabulary';
import type { Flag } from './types';

/**
 * Explicit equivalences between metrics and methods (GUIDE §5), kept as data so the matcher has
 * no scattered special cases.
 */

/** A metric shown next to a query's metric, and how to tell the reader what it counts. */
export interface RelatedMetric {
  metric: Metric;
  flag: Extract<Flag, 'metric-mismatch' | 'metric-equivalence'>;
  /** Completes "<claimant>'s figure counts …". */
  counts: string;
}

/**
 * Metrics worth showing next to a query's metric. An article that calls the General Staff's
 * "personnel" figure "killed" is comparing against killed + wounded (a mismatch the reader should
 * see); the Russian MoD's "tanks and other armoured vehicles" is the nearest it says about tanks.
 */
export const RELATED_METRICS: Readonly<Partial<Record<Metric, readonly RelatedMetric[]>>> = {
  personnel_killed: [
    {
      metric: 'personnel_casualties',
      flag: 'metric-mismatch',
      counts: 'killed and wounded together, not killed alone',
    },
  ],
  // Health ministries (Gaza, Lebanon) count everyone killed, fighters included; OHCHR counts
  // civilians only. Either way round the figures count different people.
  civilians_killed: [
    {
      metric: 'people_killed',
      flag: 'metric-mismatch',
      counts: 'everyone killed, civilians and fighters alike, not civilians alone',
    },
  ],
  civilians_injured: [
    {
      metric: 'people_injured',
      flag: 'metric-mismatch',
      counts: 'everyone injured, civilians and fighters alike, not civilians alone',
    },
  ],
  people_killed: [
    {
      metric: 'civilians_killed',
      flag: 'metric-mismatch',
      counts: 'civilians only, not everyone killed',
    },
  ],
  people_injured: [
    {
      metric: 'civilians_injured',
      flag: 'metric-mismatch',
      counts: 'civilians only, not everyone injured',
    },
  ],
  tanks: [
    {
      metric: 'tanks_and_armored_vehicles',
      flag: 'metric-equivalence',
      counts: 'tanks and other armoured vehicles as one figure',
    },
  ],
  armored_vehicles: [
    {
      metric: 'tanks_and_armored_vehicles',
      flag: 'metric-equivalence',
      counts: 'tanks and other armoured vehicles as one figure',
    },
  ],
};

/** A metric that equals the sum of two others, and the words for each part. */
export interface SumMetric {
  parts: readonly [Metric, Metric];
  words: readonly [string, string];
}

/**
 * The Russian MoD counts "tanks and other armoured combat vehicles" as one figure; for a claimant
 * that counts them apart (Oryx, the General Staff) the comparable figure is the sum (GUIDE §5).
 */
export const SUM_METRICS: Readonly<Partial<Record<Metric, SumMetric>>> = {
  tanks_and_armored_vehicles: {
    parts: ['tanks', 'armored_vehicles'],
    words: ['tanks', 'armoured combat vehicles'],
  },
};

/** Methods whose counts are floors by construction: only what was photographed or verified. */
export const LOWER_BOUND_METHODS: ReadonlySet<Method> = new Set<Method>([
  'visually-confirmed',
  'un-verified',
  'named-dead',
]);

/** How a floor is named in a reason: "Below Oryx's 519 visually confirmed". */
export const FLOOR_WORDS: Readonly<Partial<Record<Method, { adjective: string; only: string }>>> = {
  'visually-confirmed': {
    adjective: 'visually confirmed',
    only: 'losses seen in photos or videos',
  },
  'un-verified': { adjective: 'verified', only: 'casualties it has verified one by one' },
  'named-dead': { adjective: 'named', only: 'dead identified by name' },
};

/**
 * Period start of the Russia–Ukraine whole-war tallies, for that war's importers. The matcher asks
 * src/core/conflicts.ts for the start of each side's war instead.
 */
export const WAR_START = wholeWarStart('russia') as IsoDate;
