import type { Settings } from '../settings/schema';
import type { I18n, MessageKey } from './i18n';

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

/**
 * The I18n of an extension page or content script, over `browser.i18n` (passed in, so this module
 * stays free of browser globals). A missing message falls back to its key, never to nothing.
 */
export function pageI18n(api: I18nApi): I18n {
  return {
    t: (key: MessageKey, substitutions?: string | string[]) =>
      api.getMessage(key, substitutions) || key,
    locale: api.getUILanguage() || 'en',
  };
}

/** Applies the theme choice to an extension page: `system` leaves it to prefers-color-scheme. */
export function applyTheme(doc: Document, theme: Settings['theme']): void {
  if (theme === 'system') doc.documentElement.removeAttribute('data-theme');
  else doc.documentElement.setAttribute('data-theme', theme);
}
