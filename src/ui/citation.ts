import type { Comparison } from '../claims/types';
import { displayedFlags } from './describe';
import { flagLabel, formatDate, formatEstimateFigure, methodLabel, placeLabel } from './format';
import type { I18n } from './i18n';
import { readingText } from './reading';
import { safeHttpsUrl } from './safe-url';

export type CitationFormat = 'markdown' | 'text';

/**
 * The comparison as a citation a journalist can paste: the article's figure (with how its measure
 * was read, when the wording allowed two), then every estimate with claimant, figure, date,
 * method, flags and source link. Markdown or plain text.
 */
export function formatCitation(
  i18n: I18n,
  text: string,
  comparison: Comparison,
  format: CitationFormat,
): string {
  const { t, locale } = i18n;
  const { query, estimates } = comparison;
  const figure = format === 'markdown' ? `**${text}**` : text;
  const cited = comparison.citedName ?? query.claimant ?? null;
  const header = t('citationHeader', [
    figure,
    placeLabel(t, query.side, query.area),
    formatDate(locale, query.asOf),
  ]);
  const opening = [header];
  if (cited) opening.push(t('citationAttributed', cited));
  if (comparison.reading) opening.push(readingText(i18n, comparison.reading));
  const lines = [opening.join(' ')];
  for (const estimate of estimates) {
    const link = safeHttpsUrl(estimate.sourceUrl);
    const notes = [formatDate(locale, estimate.date), methodLabel(t, estimate.method)]
      .concat(displayedFlags(estimate, query).map((flag) => flagLabel(t, flag)))
      .join(', ');
    const source = link ? (format === 'markdown' ? ` <${link}>` : ` ${link}`) : '';
    lines.push(
      `- ${estimate.claimantName}: ${formatEstimateFigure(i18n, estimate)} (${notes})${source}`,
    );
  }
  if (estimates.length === 0) lines.push(`- ${t('citationNone')}`);
  lines.push(t('citationFooter'));
  return lines.join('\n');
}
