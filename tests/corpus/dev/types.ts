import type { Area, IsoDate, Metric, Qualifier, Side } from '../../../src/core/vocabulary';
import type { FigurePeriod } from '../../../src/detect/types';

/**
 * The development corpus: sentences written for this project in the style of war reporting, each
 * with the figures the detector must find in it ([] for a negative). A case is read as a page of
 * its own whose publication date is `date`. Fields left out of an expected figure take the
 * defaults below, which are what most figures have, so that a case shows what is special about it.
 */
export interface CorpusCase {
  /** The sentence (or a few lines, '\n' between paragraphs as the content script joins blocks). */
  text: string;
  /** The page's publication date. */
  date: IsoDate;
  /** The page's language (its `lang` attribute). Default: 'en'. See docs/DETECTION-UK-RU.md. */
  lang?: 'en' | 'uk' | 'ru';
  figures: ExpectedFigure[];
  /** Why a negative is not a figure, or what a case tests when the sentence does not show it. */
  note?: string;
  /**
   * Set on a case the detector is known to get wrong, saying why; the corpus test expects it to
   * fail (so fixing it is noticed) and `npm run eval` still counts it.
   */
  todo?: string;
}

export interface ExpectedFigure {
  /** The highlighted span, exactly; searched for after the previous figure's span. */
  text: string;
  metric: Metric;
  side: Side;
  /** Default: none. Gaza or the West Bank, for Palestinian losses (src/detect/areas.ts). */
  area?: Area;
  /** null for a range (low/high) or a vague magnitude (approx). */
  value: number | null;
  low?: number;
  high?: number;
  approx?: { magnitude: number };
  /** Default: 'count'. */
  unit?: 'count' | 'percent';
  /** Default: 'exact'. */
  qualifier?: Qualifier;
  /** Default: none. */
  claimant?: string;
  /** Default: the case's date. */
  asOf?: IsoDate;
  /** Default: none (a cumulative figure). */
  period?: FigurePeriod;
}
