import type { Provenance } from '../../src/claims/db-types';
import type { Area, IsoDate, Method, Metric, Qualifier, Side } from '../../src/core/vocabulary';

/** One dated value of a series, before encoding. */
export interface SeriesPoint {
  date: IsoDate;
  value: number;
  qualifier: Qualifier;
  url: string;
  source: Provenance;
  /** A statistical model's 95% confidence interval around `value`. */
  interval?: { low: number; high: number };
}

/** A claimant's tally for one metric and side, before encoding (points in date order). */
export interface SeriesDraft {
  claimantId: string;
  side: Side;
  metric: Metric;
  method: Method;
  /** Conflict id when not the bundle's default (russia-ukraine). */
  conflict?: string;
  /** Where the losses were counted, for a side counted per area (src/core/conflicts.ts). */
  area?: Area;
  periodStart: IsoDate;
  points: SeriesPoint[];
}

/** One dated figure, before encoding. */
export interface StatementDraft {
  claimantId: string;
  side: Side;
  metric: Metric;
  method: Method;
  qualifier: Qualifier;
  /** Conflict id when not the bundle's default (russia-ukraine). */
  conflict?: string;
  area?: Area;
  date: IsoDate;
  periodStart: IsoDate;
  value?: number;
  low?: number;
  high?: number;
  url: string;
  source: Provenance;
  /** 1-based data record number (header excluded). */
  row: number;
}

/** What one dataset importer contributes. */
export interface ImportResult {
  series: SeriesDraft[];
  statements: StatementDraft[];
}
