import { useState } from 'preact/hooks';
import type { Settings } from '../../settings/schema';
import { siteKeyOf } from '../../settings/site-rules';
import { useI18n } from '../i18n';

interface Props {
  settings: Settings;
  onChange: (next: Settings) => void;
}

/** The global default (mode) and the per-site list: add, remove, switch on or off. */
export function SitesSection({ settings, onChange }: Props) {
  const { t } = useI18n();
  const sites = Object.entries(settings.sites).sort(([a], [b]) => a.localeCompare(b));
  const setSite = (site: string, enabled: boolean) =>
    onChange({ ...settings, sites: { ...settings.sites, [site]: enabled } });
  const removeSite = (site: string) => {
    const { [site]: _removed, ...rest } = settings.sites;
    onChange({ ...settings, sites: rest });
  };
  return (
    <section aria-labelledby="cc-sites-heading">
      <h2 id="cc-sites-heading">{t('optionsWhereHeading')}</h2>
      <fieldset class="cc-radios">
        <legend class="cc-visually-hidden">{t('optionsWhereHeading')}</legend>
        {(['everywhere', 'only-listed'] as const).map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name="mode"
              checked={settings.mode === mode}
              onChange={() => onChange({ ...settings, mode })}
            />
            {t(mode === 'everywhere' ? 'optionsModeEverywhere' : 'optionsModeOnlyListed')}
          </label>
        ))}
      </fieldset>
      <h3>{t('optionsSitesHeading')}</h3>
      {sites.length === 0 ? <p class="cc-hint">{t('optionsSitesEmpty')}</p> : null}
      <ul class="cc-site-list">
        {sites.map(([site, enabled]) => (
          <li key={site}>
            <label class="cc-inline-switch">
              <input
                type="checkbox"
                role="switch"
                aria-checked={enabled}
                checked={enabled}
                onChange={(e) => setSite(site, (e.currentTarget as HTMLInputElement).checked)}
              />
              <span class="cc-visually-hidden">{t('optionsSiteOn', site)}</span>
              <span aria-hidden="true">{site}</span>
            </label>
            <button type="button" class="cc-secondary" onClick={() => removeSite(site)}>
              <span aria-hidden="true">{t('optionsSiteRemoveShort')}</span>
              <span class="cc-visually-hidden">{t('optionsSiteRemove', site)}</span>
            </button>
          </li>
        ))}
      </ul>
      <AddSiteForm onAdd={(site) => setSite(site, settings.mode === 'only-listed')} />
    </section>
  );
}

function AddSiteForm({ onAdd }: { onAdd: (site: string) => void }) {
  const { t } = useI18n();
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: Event) => {
    event.preventDefault();
    const trimmed = input.trim();
    const site = siteKeyOf(/^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    if (!trimmed || site === null) {
      setError(t('optionsSiteInvalid', trimmed));
      return;
    }
    onAdd(site);
    setInput('');
    setError(null);
  };
  return (
    <form class="cc-add-site" onSubmit={submit}>
      <label for="cc-add-site-input">{t('optionsSiteAddLabel')}</label>
      <input
        id="cc-add-site-input"
        type="text"
        inputMode="url"
        autoComplete="off"
        spellcheck={false}
        value={input}
        aria-invalid={error !== null}
        aria-describedby={error ? 'cc-add-site-error' : undefined}
        onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)}
      />
      <button type="submit">{t('optionsSiteAdd')}</button>
      {error ? (
        <p id="cc-add-site-error" class="cc-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
