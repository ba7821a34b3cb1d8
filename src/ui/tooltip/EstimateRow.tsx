import type { Estimate } from '../../claims/types';
import {
  FLAG_LABELS,
  formatDate,
  formatFigure,
  METHOD_EXPLANATIONS,
  METHOD_LABELS,
  safeHttpsUrl,
} from '../labels';

/** One claimant's figure: name, value, date, method badge, flags and source link. */
export function EstimateRow({ estimate }: { estimate: Estimate }) {
  const link = safeHttpsUrl(estimate.sourceUrl);
  return (
    <tr class={estimate.cited ? 'cc-row cc-cited' : 'cc-row'}>
      <th scope="row" class="cc-claimant">
        {link ? (
          <a href={link} target="_blank" rel="noopener noreferrer">
            {estimate.claimantName}
          </a>
        ) : (
          estimate.claimantName
        )}
      </th>
      <td class="cc-value">{formatFigure(estimate)}</td>
      <td class="cc-date">{formatDate(estimate.date)}</td>
      <td class="cc-method">
        <span class="cc-badge" title={METHOD_EXPLANATIONS[estimate.method]}>
          {METHOD_LABELS[estimate.method]}
        </span>
        {estimate.flags.map((flag) => (
          <span key={flag} class={`cc-flag cc-flag-${flag}`} title={FLAG_LABELS[flag].explanation}>
            {flag === 'matches' ? '✓ ' : ''}
            {FLAG_LABELS[flag].label}
          </span>
        ))}
      </td>
    </tr>
  );
}
