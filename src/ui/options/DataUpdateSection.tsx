import type { DataStatus } from '../../data-update/status';
import type { Settings } from '../../settings/schema';
import { formatDate } from '../format';
import { useI18n } from '../i18n';
import { OwnSourceForm } from './OwnSourceForm';

interface Props {
  settings: Settings;
  onChange: (next: Settings) => void;
  /** Undefined until the background answers. */
  status: DataStatus | undefined;
  /** True while a check the reader asked for runs. */
  checking: boolean;
  onCheckNow: () => void;
}

/**
 * "Keep the data up to date": the opt-in signed update channel (off by default), the reader's
 * own source, which data is in use and how the last check went, in words.
 */
export function DataUpdateSection({ settings, onChange, status, checking, onCheckNow }: Props) {
  const { t } = useI18n();
  const update = settings.dataUpdate;
  const noSource = status?.source === 'none';
  return (
    <section aria-labelledby="cc-data-heading" id="cc-data-update">
      <h2 id="cc-data-heading">{t('optionsDataHeading')}</h2>
      <p class="cc-hint">{t('optionsDataIntro')}</p>
      <label class="cc-inline-switch">
        <input
          type="checkbox"
          checked={update.enabled}
          onChange={(e) =>
            onChange({
              ...settings,
              dataUpdate: { ...update, enabled: (e.currentTarget as HTMLInputElement).checked },
            })
          }
        />
        {t('optionsDataEnable')}
      </label>
      {noSource ? <p class="cc-hint">{t('optionsDataNoSource')}</p> : null}
      <details open={noSource || update.url !== ''}>
        <summary>{t('optionsDataOwnHeading')}</summary>
        <OwnSourceForm
          url={update.url}
          publicKey={update.publicKey}
          onSave={(url, publicKey) =>
            onChange({ ...settings, dataUpdate: { ...update, url, publicKey } })
          }
        />
      </details>
      <StatusLines status={status} checking={checking} />
      <button
        type="button"
        onClick={onCheckNow}
        disabled={checking || !update.enabled || noSource || status === undefined}
      >
        {t('optionsDataCheckNow')}
      </button>
    </section>
  );
}

function StatusLines({ status, checking }: { status: DataStatus | undefined; checking: boolean }) {
  const { t, locale } = useI18n();
  if (!status) return null;
  const { inUse, last } = status;
  const inUseKey = inUse.origin === 'update' ? 'optionsDataInUseUpdate' : 'optionsDataInUseBundled';
  const when = last ? new Date(last.at).toLocaleString(locale) : '';
  const outcome = last
    ? t(`outcome_${last.outcome.replace(/-/g, '_')}` as 'outcome_installed')
    : '';
  return (
    <div role="status" class="cc-data-status">
      <p>{t(inUseKey, [inUse.version, formatDate(locale, inUse.newest)])}</p>
      {checking ? <p>{t('optionsDataChecking')}</p> : null}
      {!checking && last ? (
        <p class={last.outcome === 'installed' || last.outcome === 'up-to-date' ? '' : 'cc-error'}>
          {t('optionsDataLast', [when, outcome])}
        </p>
      ) : null}
    </div>
  );
}
