import { isDisagreement } from '../claims/disagreement';
import type { Comparison, Estimate, Flag, MatchQuery } from '../claims/types';
import { countMessage, placeLabel } from './format';
import type { I18n } from './i18n';

/**
 * The flags shown for an estimate. A lower bound below the article's figure is expected, so its
 * "differs" would only alarm the reader and is left out.
 */
export function displayedFlags(estimate: Estimate, query: MatchQuery): Flag[] {
  if (isDisagreement(estimate, query)) return estimate.flags;
  return estimate.flags.filter((flag) => flag !== 'differs');
}

/**
 * The accessible name of a highlight: what it is and what the database says about it,
 * e.g. "790 tanks, Russian losses: 2 sources, 1 disagreement".
 */
export function describeFigure(
  i18n: I18n,
  text: string,
  comparison: Comparison | undefined,
): string {
  if (!comparison) return i18n.t('summaryLookingUp', text);
  return `${text}, ${summarizeComparison(i18n, comparison)}`;
}

/** "Russian losses: 2 sources, 1 disagreement". */
export function summarizeComparison(i18n: I18n, comparison: Comparison): string {
  const disagreements = comparison.estimates.filter((e) =>
    isDisagreement(e, comparison.query),
  ).length;
  return summarizeCounts(i18n, comparison.query, comparison.estimates.length, disagreements);
}

/**
 * The same line from counts alone: the popup's compact records carry the counts, so a figure is
 * described before (or without) its comparison being recomputed.
 */
export function summarizeCounts(
  i18n: I18n,
  where: Pick<MatchQuery, 'side' | 'area'>,
  sources: number,
  disagreements: number,
): string {
  const side = placeLabel(i18n.t, where.side, where.area);
  if (sources === 0) return i18n.t('summaryNone', side);
  const parts = [countMessage(i18n, 'summarySources', sources)];
  if (disagreements > 0) parts.push(countMessage(i18n, 'summaryDisagreements', disagreements));
  return `${side}: ${parts.join(', ')}`;
}
