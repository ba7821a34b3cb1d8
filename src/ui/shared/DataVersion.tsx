import { formatDate } from '../format';
import { useI18n } from '../i18n';

/** Which claims database is in use: its version and the date of its newest figure. */
export interface DataVersionInfo {
  version: string;
  /** ISO date of the newest figure in the database. */
  newest: string;
}

/** "Data version 2026-08-22.bf0fad5b6563, newest figure of 22 Aug 2026". */
export function DataVersion({ info }: { info: DataVersionInfo }) {
  const { t, locale } = useI18n();
  return (
    <p class="cc-data-version">
      {t('dataVersion', [info.version, formatDate(locale, info.newest)])}
    </p>
  );
}
