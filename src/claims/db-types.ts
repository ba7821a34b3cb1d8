import type { IsoDate, Method, Metric, Qualifier, Side } from '../core/vocabulary';

/** Which raw file a figure was imported from. */
export interface Provenance {
  /** Dataset folder under shared/data, e.g. "ua_mod_orc_losses". */
  dataset: string;
  file: string;
}

/** A claimant's dated cumulative tally for one metric and side, decoded from the bundle. */
export interface SeriesClaims {
  claimantId: string;
  side: Side;
  metric: Metric;
  method: Method;
  conflict: string;
  periodStart: IsoDate;
  /** Day numbers (see dates.ts), strictly increasing. */
  days: readonly number[];
  values: readonly number[];
  /** Per point: index into ClaimsDb.urls. */
  urlIndex: readonly number[];
  qualifier: Qualifier;
  /** Point index → qualifier, where it differs from `qualifier`. */
  qualifierAt: ReadonlyMap<number, Qualifier>;
  source: Provenance;
  /** Point index → provenance, where it differs from `source`. */
  sourceAt: ReadonlyMap<number, Provenance>;
}

/** One dated figure from a statement or an estimates list. */
export interface StatementClaim {
  claimantId: string;
  side: Side;
  metric: Metric;
  method: Method;
  conflict: string;
  date: IsoDate;
  day: number;
  periodStart: IsoDate;
  value: number | null;
  low?: number;
  high?: number;
  qualifier: Qualifier;
  url: string;
  source: Provenance;
  /** 1-based data record number in the source file. */
  row: number;
}

/** The claims database in memory, as returned by loadClaimsDb. */
export interface ClaimsDb {
  conflict: string;
  urls: readonly string[];
  series: readonly SeriesClaims[];
  statements: readonly StatementClaim[];
}
