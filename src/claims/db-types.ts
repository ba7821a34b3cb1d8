import type { Area, IsoDate, Method, Metric, Qualifier, Side } from '../core/vocabulary';

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
  /** Where the losses were counted, for a side counted per area (src/core/conflicts.ts). */
  area?: Area;
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
  /** A statistical model's 95% confidence interval per point (The Economist's meta-estimate). */
  interval?: { low: readonly number[]; high: readonly number[] };
}

/** One dated figure from a statement or an estimates list. */
export interface StatementClaim {
  claimantId: string;
  side: Side;
  metric: Metric;
  method: Method;
  conflict: string;
  area?: Area;
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
