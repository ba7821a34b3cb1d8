import { render } from '@testing-library/preact';
import type { ComponentChild } from 'preact';
import en from '../../../public/_locales/en/messages.json';
import ru from '../../../public/_locales/ru/messages.json';
import uk from '../../../public/_locales/uk/messages.json';
import { type I18n, I18nContext, translatorFor } from '../i18n';

/** The real English, Ukrainian and Russian messages, as the browser would serve them. */
export const I18N = {
  en: { t: translatorFor(en), locale: 'en-GB' },
  uk: { t: translatorFor(uk), locale: 'uk' },
  ru: { t: translatorFor(ru), locale: 'ru' },
} satisfies Record<string, I18n>;

/** Renders a component inside the i18n provider the entrypoints give it. */
export function renderWithI18n(ui: ComponentChild, i18n: I18n = I18N.en) {
  return render(<I18nContext.Provider value={i18n}>{ui}</I18nContext.Provider>);
}
