import type { IsoDate, Metric, Qualifier, Side } from '../core/vocabulary';

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
  side: Side;
  /** `count` for "790 tanks", `percent` for "70% of their personnel". */
  unit: 'count' | 'percent';
  /** The single value, or null for a range (then low/high are set). */
  value: number | null;
  low?: number;
  high?: number;
  qualifier: Qualifier;
  /** Registry claimant id the text attributes the figure to (e.g. "ua-general-staff"), or the raw phrase. */
  claimant?: string;
  /** The date the figure refers to, from the text ("Monday", "March 25") or else the page date. */
  asOf: IsoDate;
}

export interface DetectOptions {
  /** The page's publication date (ISO), used to resolve "Monday" or "March 25". */
  pageDate: IsoDate;
  /** BCP 47 language tag of the text; only English is understood for now. */
  lang?: string;
}
