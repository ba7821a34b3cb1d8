import { loadClaimsIndex } from '../../claims/claims-index';
import { matchReading } from '../../claims/reading';
import type { Comparison, MatchQuery } from '../../claims/types';
import claimsJson from '../../data/claims.json';

const index = loadClaimsIndex(claimsJson);

/**
 * "Russia has lost N troops" as the content script reports it (killed and wounded, or killed:
 * two measures allowed), matched against the real bundled database as the service worker does.
 */
export function troopsReading(value: number, asOf: string, claimant?: string): Comparison {
  return matchReading(index, troopsQuery(value, asOf, claimant));
}

/** The query the content script sends for "Russia has lost N troops". */
export function troopsQuery(value: number, asOf: string, claimant?: string): MatchQuery {
  return {
    metric: 'personnel_casualties',
    alsoMetric: 'personnel_killed',
    side: 'russia',
    unit: 'count',
    value,
    qualifier: 'exact',
    asOf,
    ...(claimant ? { claimant } : {}),
  };
}
