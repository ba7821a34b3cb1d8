import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type en from '../../public/_locales/en/messages.json';

/** A key of public/_locales/en/messages.json: every UI string has one (GUIDE: no bare strings). */
export type MessageKey = keyof typeof en;

/**
 * Looks up a UI string in the browser's language. The entrypoints pass `browser.i18n.getMessage`;
 * tests pass a translator built from a messages.json file. `$1`…`$9` in a message are replaced
 * by the substitutions.
 */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

type Messages = Record<string, { message: string }>;

/** A translator over one messages.json object (tests, and a fallback when a key is missing). */
export function translatorFor(messages: Messages): Translate {
  return (key, substitutions) => {
    const template = messages[key]?.message ?? key;
    const values = substitutions === undefined ? [] : ([] as string[]).concat(substitutions);
    return template.replace(
      /\$(\d)/g,
      (whole, index: string) => values[Number(index) - 1] ?? whole,
    );
  };
}

/** The UI language's translator and its BCP 47 tag (for Intl number and date formats). */
export interface I18n {
  t: Translate;
  locale: string;
}

export const I18nContext = createContext<I18n>({ t: (key) => key, locale: 'en' });

/** The translator and locale of the nearest I18nContext provider. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
