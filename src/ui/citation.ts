import type { Comparison } from '../claims/types';
import { claimantById } from '../core/claimants';
import { displayedFlags } from './describe';
import {
  FLAG_LABELS,
  formatDate,
  formatFigure,
  METHOD_LABELS,
  SIDE_LABELS,
  safeHttpsUrl,
} from './labels';

export type CitationFormat = 'markdown' | 'text';

/**
 * The comparison as a citation a journalist can paste: the article's figure, then every estimate
 * with claimant, figure, date, method, flags and source link. Markdown or plain text.
 */
export function formatCitation(
  text: string,
  comparison: Comparison,
  format: CitationFormat,
): string {
  const { query, estimates } = comparison;
  const strong = (value: string) => (format === 'markdown' ? `**${value}**` : value);
  const cited = query.claimant ? (claimantById(query.claimant)?.name ?? query.claimant) : null;
  const lines = [
    `${strong(text)} (${SIDE_LABELS[query.side]}, as of ${formatDate(query.asOf)})` +
      (cited ? `, attributed by the article to ${cited}.` : '.'),
  ];
  for (const estimate of estimates) {
    const link = safeHttpsUrl(estimate.sourceUrl);
    const notes = [formatDate(estimate.date), METHOD_LABELS[estimate.method]]
      .concat(displayedFlags(estimate, query).map((flag) => FLAG_LABELS[flag].label))
      .join(', ');
    const source = link ? (format === 'markdown' ? ` <${link}>` : ` ${link}`) : '';
    lines.push(`- ${estimate.claimantName}: ${formatFigure(estimate)} (${notes})${source}`);
  }
  if (estimates.length === 0)
    lines.push('- No other estimate for this metric, side and date is known.');
  lines.push('Compared with Crosscount.');
  return lines.join('\n');
}
