import type { Reading } from '../claims/types';
import { formatDate, metricLabel } from './format';
import type { I18n } from './i18n';

/**
 * How a figure whose wording allows two measures was read (docs/DETECTION.md §7), in one
 * sentence: "Measure set by the data: President of Ukraine gave this number for personnel killed on 25 Feb 2024." or
 * "The wording allows …, or …: no estimate is marked as differing." The tooltip and the copied
 * citation say the same, so a pasted citation carries why no estimate is marked as differing.
 */
export function readingText({ t, locale }: I18n, reading: Reading): string {
  if (reading.kind === 'settled') {
    return t('readingSettled', [
      metricLabel(t, reading.metric),
      reading.claimantName,
      formatDate(locale, reading.date),
    ]);
  }
  const [first, second] = reading.metrics;
  return t('readingAmbiguous', [metricLabel(t, first), metricLabel(t, second)]);
}
