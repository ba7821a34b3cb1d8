import type {
  Area,
  ClaimantKind,
  IsoDate,
  Method,
  Metric,
  Qualifier,
  Side,
} from '../core/vocabulary';

/** What the matcher needs to know about a figure found in a page. */
export interface MatchQuery {
  metric: Metric;
  side: Side;
  /**
   * Where the losses were counted, for a side counted per area (Palestinian losses: Gaza or the
   * West Bank, src/core/conflicts.ts). Such a figure is compared only with claims of its own
   * area; without an area it is compared with nothing, since the areas' tallies differ a
   * hundredfold and neither may stand for the other.
   */
  area?: Area;
  unit: 'count' | 'percent';
  value: number | null;
  low?: number;
  high?: number;
  qualifier: Qualifier;
  asOf: IsoDate;
  /** Claimant id the article cites, if the detector recognised one. */
  claimant?: string;
  /**
   * The figure counts losses over a period only ("413 tanks in December": 2022-12-01 to
   * 2022-12-31), not since the start of the war; it is compared with each claimant's increase
   * over the same days, computed from its cumulative series. Both ends are inclusive.
   */
  period?: { start: IsoDate; end: IsoDate };
  /** The figure is one day's increase ("(+17)"): the period is the as-of date alone. */
  increment?: boolean;
  /**
   * A second measure the article's wording allows ("lost 500 troops": killed and wounded by our
   * rules, killed to some readers; docs/DETECTION.md §7). The cited claimant's own figure for the
   * date settles which one is meant; otherwise the reading stays ambiguous.
   */
  alsoMetric?: Metric;
}

/**
 * How one estimate relates to the article's figure.
 * - matches: same value (for a range: the article's value equals a bound or the range is equal)
 * - digits-swapped: same digits in another order (3,285 vs 3,825)
 * - rounded: the article's value is this estimate rounded (20,600 vs 20,582)
 * - differs: none of the above
 * - lower-bound: the estimate is a floor by method (Oryx counts only what it can see)
 * - metric-equivalence: the estimate counts a related metric (Russian MoD "tanks and other armoured
 *   vehicles" for an article's tanks; Oryx tanks + armoured vehicles added up)
 * - metric-mismatch: the article names a narrower metric than the estimate counts (the article says
 *   killed, the General Staff's "personnel" counts killed and wounded)
 * - stale: the article quotes an older figure of the claimant than the one it had published by
 *   the article's date, or the claimant's latest figure is older than its cadence allows
 * - below-floor: the article's figure is below a count that can only undercount (Oryx)
 * - period: the estimate is the claimant's increase over the article's period, computed from its
 *   cumulative series ("+17", "413 tanks in December")
 * - latest-known: the article's date is past the end of our data for this series; this is the
 *   newest figure we have, older than the article
 * - below-total: the article's figure, attributed to a claimant whose tally is a running total,
 *   is below that claimant's own earlier total (an old figure, or a misquote)
 */
export type Flag =
  | 'matches'
  | 'digits-swapped'
  | 'rounded'
  | 'differs'
  | 'lower-bound'
  | 'metric-equivalence'
  | 'metric-mismatch'
  | 'stale'
  | 'below-floor'
  | 'period'
  | 'latest-known'
  | 'below-total';

/** A claimant's next claim after the article's as-of date (shown as "then: 807 on 19 Apr"). */
export interface NextClaim {
  date: IsoDate;
  value?: number;
  low?: number;
  high?: number;
}

/** One claimant's figure for the same metric, side and date as the article's. */
export interface Estimate {
  claimantId: string;
  claimantName: string;
  claimantKind: ClaimantKind;
  method: Method;
  metric: Metric;
  /** The date the claimant's figure refers to (the latest on or before the article's as-of date). */
  date: IsoDate;
  value: number | null;
  low?: number;
  high?: number;
  qualifier: Qualifier;
  /** https: link to the claimant's publication or the dataset row's source. */
  sourceUrl: string;
  /** Dataset the figure was imported from, e.g. "ua_mod_orc_losses". */
  dataset: string;
  /** File inside the dataset folder, e.g. "russian-losses.json". */
  file?: string;
  /** Where in the file: "row 12" (1-based data record) or the row's date ("2022-04-18"). */
  ref?: string;
  /** Start of the period the figure counts; the war's start for whole-war tallies. */
  periodStart?: IsoDate;
  /** Where the losses were counted, for a side counted per area (the query's area). */
  area?: Area;
  /** A statistical model's 95% confidence interval around `value`. */
  interval?: { low: number; high: number };
  /** True when the article cites this claimant. */
  cited: boolean;
  flags: Flag[];
  /** The claimant's next claim after the as-of date, if any (not for period figures). */
  next?: NextClaim;
  /** One plain-language reason per flag: "General Staff said 790 on 18 Apr 2022". */
  reasons?: Partial<Record<Flag, string>>;
}

/**
 * How a figure whose wording allows two measures was read (docs/DETECTION.md §7):
 * - settled: the cited claimant's own figure for the date equals it under `metric` only;
 * - ambiguous: nothing settles it, so no estimate is flagged as differing under either measure.
 */
export type Reading =
  | { kind: 'settled'; metric: Metric; claimantId: string; claimantName: string; date: IsoDate }
  | { kind: 'ambiguous'; metrics: [Metric, Metric] };

/** Every known estimate for a figure found in a page. */
export interface Comparison {
  query: MatchQuery;
  /** The registry's name for the query's claimant, when it knows the id (the page shows it). */
  citedName?: string;
  estimates: Estimate[];
  /**
   * Set when the figure's date is past the newest claim for its metric and side: where the data
   * ends, and how many days before the figure's date.
   */
  dataEnds?: { date: IsoDate; days: number };
  /** Set when the wording allowed two measures: which one was read, or that it stays open. */
  reading?: Reading;
}

export interface Claimant {
  id: string;
  name: string;
  kind: ClaimantKind;
  /** What the claimant's method counts, in one sentence for the reader. */
  counts: string;
  homepage: string;
}
