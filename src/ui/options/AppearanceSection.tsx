import type { Settings } from '../../settings/schema';
import { type MessageKey, useI18n } from '../i18n';

interface Props {
  settings: Settings;
  onChange: (next: Settings) => void;
}

const STYLES: Record<Settings['highlightStyle'], MessageKey> = {
  underline: 'highlightUnderline',
  background: 'highlightBackground',
};
const THEMES: Record<Settings['theme'], MessageKey> = {
  system: 'themeSystem',
  light: 'themeLight',
  dark: 'themeDark',
};

/** Highlight style and theme. */
export function AppearanceSection({ settings, onChange }: Props) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="cc-appearance-heading">
      <h2 id="cc-appearance-heading">{t('optionsAppearanceHeading')}</h2>
      <RadioGroup
        legend={t('optionsHighlightLabel')}
        name="highlight-style"
        options={STYLES}
        value={settings.highlightStyle}
        onChange={(highlightStyle) => onChange({ ...settings, highlightStyle })}
      />
      <RadioGroup
        legend={t('optionsThemeLabel')}
        name="theme"
        options={THEMES}
        value={settings.theme}
        onChange={(theme) => onChange({ ...settings, theme })}
      />
    </section>
  );
}

interface RadioGroupProps<T extends string> {
  legend: string;
  name: string;
  options: Record<T, MessageKey>;
  value: T;
  onChange: (value: T) => void;
}

function RadioGroup<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
}: RadioGroupProps<T>) {
  const { t } = useI18n();
  return (
    <fieldset class="cc-radios">
      <legend>{legend}</legend>
      {(Object.keys(options) as T[]).map((option) => (
        <label key={option}>
          <input
            type="radio"
            name={name}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          {t(options[option])}
        </label>
      ))}
    </fieldset>
  );
}
