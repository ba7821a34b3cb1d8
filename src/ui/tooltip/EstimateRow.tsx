import type { Estimate, MatchQuery } from '../../claims/types';
import { displayedFlags } from '../describe';
import {
  flagExplanation,
  flagLabel,
  formatDate,
  formatEstimateFigure,
  formatFigure,
  formatNumber,
  methodExplanation,
  methodLabel,
} from '../format';
import { useI18n } from '../i18n';
import { safeHttpsUrl } from '../safe-url';

/**
 * One claimant's figure: the claimant (linked to the source) and its value on the first line;
 * the date, a method badge and the flags on the second. Badges and chips are focusable and show
 * their plain-language explanation on hover or focus.
 */
export function EstimateRow({ estimate, query }: { estimate: Estimate; query: MatchQuery }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const link = safeHttpsUrl(estimate.sourceUrl);
  // The newest figure we have, from before the article's date: its date is shown as a warning.
  const older = estimate.flags.includes('latest-known');
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
        {estimate.cited ? <span class="cc-cited-note"> ({t('tooltipCited')})</span> : null}
        <span class="cc-meta">
          <span class={older ? 'cc-date cc-date-old' : 'cc-date'}>
            {formatDate(locale, estimate.date)}
          </span>
          <Chip
            class="cc-badge"
            label={methodLabel(t, estimate.method)}
            tip={methodExplanation(t, estimate.method)}
          />
          {displayedFlags(estimate, query).map((flag) => (
            <Chip
              key={flag}
              class={`cc-flag cc-flag-${flag}`}
              label={`${flag === 'matches' ? '✓ ' : ''}${flagLabel(t, flag)}`}
              tip={
                (locale.startsWith('en') && estimate.reasons?.[flag]) || flagExplanation(t, flag)
              }
            />
          ))}
        </span>
        {estimate.next && !sameFigure(estimate.next, estimate) ? (
          <span class="cc-next">
            {t('tooltipNext', [
              estimate.next.value !== undefined
                ? formatNumber(locale, estimate.next.value)
                : formatFigure(i18n, {
                    value: null,
                    low: estimate.next.low,
                    high: estimate.next.high,
                    qualifier: 'exact',
                  }),
              formatDate(locale, estimate.next.date),
            ])}
          </span>
        ) : null}
      </th>
      <td class="cc-value">{formatEstimateFigure(i18n, estimate)}</td>
    </tr>
  );
}

/** A badge whose explanation shows on hover and keyboard focus, and is read by screen readers. */
function Chip({ class: className, label, tip }: { class: string; label: string; tip: string }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so keyboard users can read the tip
    <span class={`${className} cc-chip`} tabIndex={0} data-tip={tip}>
      {label}
      <span class="cc-visually-hidden">: {tip}</span>
    </span>
  );
}

// A next claim with the same figure says nothing new (a daily series that did not move).
function sameFigure(next: NonNullable<Estimate['next']>, estimate: Estimate): boolean {
  return (
    next.value === (estimate.value ?? undefined) &&
    next.low === estimate.low &&
    next.high === estimate.high
  );
}
