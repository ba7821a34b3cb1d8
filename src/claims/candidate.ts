import type { Cadence } from '../core/claimants';
import type { IsoDate, Method, Metric, Qualifier } from '../core/vocabulary';
import type { Provenance } from './db-types';
import type { MatchQuery, NextClaim } from './types';

/** What every candidate finder needs: the query, its as-of day and, for period figures, the days. */
export interface MatchContext {
  query: MatchQuery;
  asOf: number;
  /** Inclusive day numbers of the article's period; undefined for whole-war figures. */
  window: { from: number; to: number } | undefined;
}

/** A period figure: the claimant's running totals at both ends of the article's period. */
export interface Span {
  fromDay: number;
  fromValue: number;
  toValue: number;
}

/** One part of a derived sum ("Oryx tanks" of "tanks and armoured vehicles"). */
export interface Part {
  words: string;
  value: number;
  day: number;
}

/**
 * One claimant's figure chosen for a query, before flags and reasons are attached. Every field
 * is always present (undefined when unused) so the matcher's objects share one shape.
 */
export interface Candidate {
  claimantId: string;
  metric: Metric;
  method: Method;
  day: number;
  value: number | null;
  low: number | undefined;
  high: number | undefined;
  qualifier: Qualifier;
  sourceUrl: string;
  source: Provenance;
  ref: string;
  periodStart: IsoDate;
  next: NextClaim | undefined;
  /** Set when the figure is the claimant's increase over the article's period. */
  span: Span | undefined;
  /** Set when the figure is a sum of two of the claimant's figures. */
  parts: readonly Part[] | undefined;
  /** An older claim of the cited claimant that equals the article's figure (a stale quote). */
  older: { day: number; value: number } | undefined;
  /** Set when the figure is older than the claimant's cadence allows. */
  overdue: Cadence | undefined;
  /**
   * Days from the figure to the article's date, when the figure is the last of a series that was
   * still running when our data was taken: the latest we know, not the claimant's latest.
   */
  pastData: number | undefined;
  /** A statistical model's 95% confidence interval around `value`. */
  interval: { low: number; high: number } | undefined;
}

/** A candidate with every optional field unset; callers fill in what they know. */
export function blankCandidate(
  fields: Pick<
    Candidate,
    | 'claimantId'
    | 'metric'
    | 'method'
    | 'day'
    | 'value'
    | 'qualifier'
    | 'sourceUrl'
    | 'source'
    | 'ref'
    | 'periodStart'
  >,
): Candidate {
  return {
    claimantId: fields.claimantId,
    metric: fields.metric,
    method: fields.method,
    day: fields.day,
    value: fields.value,
    low: undefined,
    high: undefined,
    qualifier: fields.qualifier,
    sourceUrl: fields.sourceUrl,
    source: fields.source,
    ref: fields.ref,
    periodStart: fields.periodStart,
    next: undefined,
    span: undefined,
    parts: undefined,
    older: undefined,
    overdue: undefined,
    pastData: undefined,
    interval: undefined,
  };
}
