import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { builtInSource, isDataAddress } from './address';

// The raw 32-byte public key of a fresh Ed25519 pair, base64, as data:publish prints it.
const spki = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' });
const KEY = Buffer.from(spki.subarray(-32)).toString('base64');

describe('isDataAddress', () => {
  it.each([
    ['https://example.org/crosscount/', true],
    ['http://127.0.0.1:8080/channel/', true],
    ['http://localhost/channel', true],
    ['http://example.org/crosscount/', false],
    ['https://user:pw@example.org/', false],
    ['https://example.org/?reader=1', false],
    ['javascript:alert(1)', false],
    ['not an address', false],
  ])('%s → %s', (address, expected) => {
    expect(isDataAddress(address)).toBe(expected);
  });
});

describe('builtInSource (WXT_DATA_URL and WXT_DATA_PUBLIC_KEY at build time)', () => {
  it('is the project channel when both are set and well formed', () => {
    expect(builtInSource('https://example.org/crosscount/', KEY)).toEqual({
      url: 'https://example.org/crosscount/',
      publicKey: KEY,
    });
  });

  it.each([
    [undefined, KEY],
    ['https://example.org/crosscount/', undefined],
    ['', ''],
    ['http://example.org/crosscount/', KEY],
    ['https://example.org/crosscount/', KEY.slice(1)],
  ])('is none for %j and %j: the options then offer only your own source', (url, key) => {
    expect(builtInSource(url, key)).toBeUndefined();
  });
});
