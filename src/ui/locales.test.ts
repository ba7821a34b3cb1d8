import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every UI string has a key in public/_locales/en; every other locale must have each of them
// (a missing one would show the key itself) and the same placeholders (a lost $2 drops a value).
const LOCALES_DIR = resolve(import.meta.dirname, '../../public/_locales');
type Messages = Record<string, { message: string }>;
const read = (locale: string): Messages =>
  JSON.parse(readFileSync(resolve(LOCALES_DIR, locale, 'messages.json'), 'utf8'));
const placeholders = (message: string) => [...new Set(message.match(/\$\d/g) ?? [])].sort();

const en = read('en');
const others = readdirSync(LOCALES_DIR).filter((locale) => locale !== 'en');

describe('the UI locales', () => {
  it('are English, Ukrainian and Russian', () => {
    expect(others.sort()).toEqual(['ru', 'uk']);
  });

  describe.each(others)('%s', (locale) => {
    const messages = read(locale);
    it('has every key en has, and no other', () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    });
    it('keeps every placeholder of each message, and translates it', () => {
      for (const [key, { message }] of Object.entries(en)) {
        const translated = messages[key]?.message ?? '';
        expect([key, placeholders(translated)]).toEqual([key, placeholders(message)]);
        expect(translated.trim()).not.toBe('');
      }
    });
    it('keeps the store description within Chrome’s 132 characters', () => {
      expect(messages.extDescription?.message.length).toBeLessThanOrEqual(132);
    });
  });
});
