import type { Area, IsoDate, Metric, Qualifier, Side } from '../core/vocabulary';

/**
 * The days a figure counts when it is not a running total since the war began: "413 tanks in
 * December" (2022-12-01 to 2022-12-31), "in the past 24 hours" or "(+160)" (one day: start ===
 * end), "last week" (the previous Monday to Sunday). Both ends are inclusive, as in the claims
 * matcher's `MatchQuery.period`. A figure without a period is cumulative.
 */
export interface FigurePeriod {
  /** First day counted, or null when the text leaves it vague ("in recent weeks"). */
  start: IsoDate | null;
  /** Last day counted; also the figure's `asOf`. */
  end: IsoDate;
}

/**
 * One loss figure found in a text. Offsets are UTF-16 code-unit offsets into the text that was
 * scanned, so `text.slice(start, end) === mention.text`.
 */
export interface FigureMention {
  start: number;
  end: number;
  /** The highlighted span exactly as it appears in the text, e.g. "790 tanks". */
  text: string;
  metric: Metric;
  /**
   * A second measure the wording allows, when it allows one: "lost 500 troops" is killed and
   * wounded by our rules (docs/DETECTION.md §3) but killed to some readers. The matcher lets the
   * cited claimant's own figure settle it, and never says "differs" while it stays open (§7).
   */
  alsoMetric?: Metric;
  side: Side;
  /**
   * Where the losses were counted, for a side counted per area (Palestinian losses: Gaza or the
   * West Bank), when the text says so (src/detect/areas.ts); absent when it does not.
   */
  area?: Area;
  /**
   * `count` for "790 tanks", `percent` for "70% of their personnel"; a fraction ("a third of its
   * tanks") is a percent too (33.3), so that a reader's "a third" compares with another's "33%".
   */
  unit: 'count' | 'percent';
  /** The single value, or null for a range (then low/high are set) or a vague magnitude. */
  value: number | null;
  low?: number;
  high?: number;
  /**
   * A vague magnitude ("hundreds", "tens of thousands", "a few thousand"): value is null and
   * `magnitude` the power of ten it names (100, 10,000, 1,000). Such a figure says "of that
   * order", so it can be set against estimates but never flagged as differing from one.
   */
  approx?: { magnitude: number };
  qualifier: Qualifier;
  /** Registry claimant id the text attributes the figure to (e.g. "ua-general-staff"), or the raw phrase. */
  claimant?: string;
  /** The date the figure refers to, from the text ("Monday", "March 25") or else the page date. */
  asOf: IsoDate;
  /** Set when the figure counts one period's losses only (an increment), see FigurePeriod. */
  period?: FigurePeriod;
}

export interface DetectOptions {
  /** The page's publication date (ISO), used to resolve "Monday" or "March 25". */
  pageDate: IsoDate;
  /**
   * BCP 47 language tag of the page (its `lang`): Latin blocks are read as English, Cyrillic ones
   * as Ukrainian or Russian by their letters (the tag decides when they don't tell); a tag of
   * another language leaves the Cyrillic blocks alone.
   */
  lang?: string;
}
