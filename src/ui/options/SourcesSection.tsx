import { CLAIMANT_KINDS, type ClaimantKind } from '../../core/vocabulary';
import type { Settings } from '../../settings/schema';
import { claimantKindLabel } from '../claimant-kinds';
import { useI18n } from '../i18n';

interface Props {
  settings: Settings;
  onChange: (next: Settings) => void;
}

/** Which kinds of claimant to show: hiding one removes its figures from tooltips and the popup. */
export function SourcesSection({ settings, onChange }: Props) {
  const { t } = useI18n();
  const toggle = (kind: ClaimantKind, shown: boolean) => {
    const hidden = new Set(settings.hiddenClaimantKinds);
    if (shown) hidden.delete(kind);
    else hidden.add(kind);
    onChange({ ...settings, hiddenClaimantKinds: CLAIMANT_KINDS.filter((k) => hidden.has(k)) });
  };
  return (
    <section aria-labelledby="cc-sources-heading">
      <h2 id="cc-sources-heading">{t('optionsSourcesHeading')}</h2>
      <fieldset class="cc-checks">
        <legend class="cc-hint">{t('optionsSourcesHint')}</legend>
        {CLAIMANT_KINDS.map((kind) => (
          <label key={kind}>
            <input
              type="checkbox"
              checked={!settings.hiddenClaimantKinds.includes(kind)}
              onChange={(e) => toggle(kind, (e.currentTarget as HTMLInputElement).checked)}
            />
            {claimantKindLabel(t, kind)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
