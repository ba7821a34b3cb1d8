import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from './schema';
import { isSiteEnabled, siteKeyOf, withSiteChoice } from './site-rules';

const settings = (partial: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...partial });

describe('siteKeyOf', () => {
  it.each([
    ['https://www.cnn.com/world', 'cnn.com'],
    ['https://edition.cnn.com/', 'edition.cnn.com'],
    ['http://127.0.0.1:8123/seed.html', '127.0.0.1:8123'],
    ['http://localhost/', 'localhost'],
    ['https://[::1]:8443/', '[::1]:8443'],
    ['https://пример.укр/', 'xn--e1afmkfd.xn--j1amh'],
    ['HTTPS://WWW.BBC.CO.UK', 'bbc.co.uk'],
  ])('%s → %s', (url, key) => {
    expect(siteKeyOf(url)).toBe(key);
  });

  it.each([
    'file:///home/me/article.html',
    'chrome://extensions/',
    'chrome-extension://abcdef/popup.html',
    'moz-extension://abcdef/popup.html',
    'about:blank',
    'data:text/html,hi',
    'https://chromewebstore.google.com/detail/x',
    'https://addons.mozilla.org/en-US/firefox/',
    'not a url',
  ])('never runs on %s', (url) => {
    expect(siteKeyOf(url)).toBeNull();
    expect(isSiteEnabled(url, DEFAULT_SETTINGS)).toBe(false);
  });
});

describe('isSiteEnabled', () => {
  it('runs everywhere by default', () => {
    expect(isSiteEnabled('https://www.bbc.co.uk/news', DEFAULT_SETTINGS)).toBe(true);
  });

  it('honours a switch-off for the site and its subdomains', () => {
    const off = settings({ sites: { 'cnn.com': false } });
    expect(isSiteEnabled('https://cnn.com/', off)).toBe(false);
    expect(isSiteEnabled('https://www.cnn.com/', off)).toBe(false);
    expect(isSiteEnabled('https://edition.cnn.com/', off)).toBe(false);
    expect(isSiteEnabled('https://notcnn.com/', off)).toBe(true);
  });

  it('lets the most specific rule win', () => {
    const mixed = settings({ sites: { 'cnn.com': false, 'edition.cnn.com': true } });
    expect(isSiteEnabled('https://edition.cnn.com/', mixed)).toBe(true);
    expect(isSiteEnabled('https://money.cnn.com/', mixed)).toBe(false);
  });

  it('runs only on listed sites in only-listed mode', () => {
    const listed = settings({ mode: 'only-listed', sites: { '127.0.0.1:8123': true } });
    expect(isSiteEnabled('http://127.0.0.1:8123/seed.html', listed)).toBe(true);
    expect(isSiteEnabled('http://127.0.0.1:9000/seed.html', listed)).toBe(false);
    expect(isSiteEnabled('https://bbc.co.uk/', listed)).toBe(false);
  });

  it('does not treat an IP literal as a subdomain of anything', () => {
    const off = settings({ sites: { '0.1': false } });
    expect(isSiteEnabled('http://127.0.0.1/', off)).toBe(true);
  });
});

describe('withSiteChoice', () => {
  it('updates the rule that decided the page rather than adding a shadowing one', () => {
    const off = settings({ sites: { 'cnn.com': false } });
    expect(withSiteChoice(off, 'edition.cnn.com', true).sites).toEqual({ 'cnn.com': true });
    expect(off.sites).toEqual({ 'cnn.com': false });
  });
});
