interface Props {
  site: string;
  enabled: boolean;
  onChange: (enabled: boolean) => void;
}

import { useI18n } from '../i18n';

/** The per-site switch: a real checkbox with role="switch" whose accessible name names the site. */
export function SiteSwitch({ site, enabled, onChange }: Props) {
  const { t } = useI18n();
  return (
    <label class="cc-switch">
      <input
        type="checkbox"
        role="switch"
        aria-checked={enabled}
        checked={enabled}
        onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
      />
      <span class="cc-switch-track" aria-hidden="true" />
      <span class="cc-switch-label">{t('popupSwitch', site)}</span>
    </label>
  );
}
