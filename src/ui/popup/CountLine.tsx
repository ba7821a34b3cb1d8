import { countMessage, formatNumber, pluralForm } from '../format';
import type { MessageKey } from '../i18n';
import { useI18n } from '../i18n';

interface Props {
  /** Figures the popup can list (at most the per-tab cap). */
  listed: number;
  /** Every figure on the page: the badge's count. */
  total: number;
}

/**
 * "12 figures on this page", or past the per-tab cap "Showing the first 2,000 of 12,000 figures
 * on this page": the true count is always said, the list's limit too.
 */
export function CountLine({ listed, total }: Props) {
  const i18n = useI18n();
  const text =
    // Nothing listed (set aside, or storage failed): the count alone, a note says why.
    listed >= total || listed === 0
      ? countMessage(i18n, 'popupCount', total)
      : i18n.t(`popupCountCapped_${pluralForm(i18n.locale, total)}` as MessageKey, [
          formatNumber(i18n.locale, listed),
          formatNumber(i18n.locale, total),
        ]);
  return (
    <p class="cc-count" aria-live="polite">
      {text}
    </p>
  );
}
