import type { Estimate, MatchQuery } from '../../claims/types';
import { displayedFlags } from '../describe';
import {
  FLAG_LABELS,
  formatDate,
  formatFigure,
  METHOD_EXPLANATIONS,
  METHOD_LABELS,
  safeHttpsUrl,
} from '../labels';

/**
 * One claimant's figure: the claimant (linked to the source) and its value on the first line;
 * the date, a method badge and the flags on the second.
 */
export function EstimateRow({ estimate, query }: { estimate: Estimate; query: MatchQuery }) {
  const link = safeHttpsUrl(estimate.sourceUrl);
  return (
    <tr class={estimate.cited ? 'cc-row cc-cited' : 'cc-row'}>
      <th scope="row" class="cc-claimant">
        {link ? (
          <a href={link} target="_blank" rel="noopener noreferrer">
            {estimate.claimantName}
          </a>
        ) : (
          <span class="cc-name">{estimate.claimantName}</span>
        )}
        <span class="cc-meta">
          <span class="cc-date">{formatDate(estimate.date)}</span>
          <span class="cc-badge" title={METHOD_EXPLANATIONS[estimate.method]}>
            {METHOD_LABELS[estimate.method]}
          </span>
          {displayedFlags(estimate, query).map((flag) => (
            <span
              key={flag}
              class={`cc-flag cc-flag-${flag}`}
              title={FLAG_LABELS[flag].explanation}
            >
              {flag === 'matches' ? '✓ ' : ''}
              {FLAG_LABELS[flag].label}
            </span>
          ))}
        </span>
      </th>
      <td class="cc-value">{formatFigure(estimate)}</td>
    </tr>
  );
}
