import { generateKeyPairSync } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type CheckResult, checkForUpdate, type Fetch } from '../../src/data-update/channel';
import { bundledPublished } from '../../src/data-update/update-manifest';
import { buildClaims } from '../build-claims/build';
import { publicationTime, publicKeyOf, publish, readPrivateKey } from './publish';

// Publish the build fixtures (real rows, cut down) and read them back through the channel, as the
// service worker does, over a fake static server: every refusal of the issue, offline.
const here = path.dirname(fileURLToPath(import.meta.url));
const build = buildClaims(path.join(here, '../build-claims/fixtures/data'));
const pem = (key = generateKeyPairSync('ed25519').privateKey) =>
  key.export({ type: 'pkcs8', format: 'pem' }) as string;
const key = readPrivateKey(pem());
const PUBLISHED = '2026-12-07T04:00:00Z';
const BASE = 'https://data.example/crosscount';

function serverOf(files: Map<string, string>, requests: string[] = []): Fetch {
  return async (url) => {
    requests.push(url);
    const name = url.slice(BASE.length + 1);
    const body = files.get(name);
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body);
  };
}

async function check(
  files: Map<string, string>,
  publicKey: string,
  inUse = bundledPublished('2026-08-22'),
): Promise<CheckResult> {
  return checkForUpdate(serverOf(files), { url: BASE, publicKey }, inUse);
}

const reasonOf = (result: CheckResult) => (result.kind === 'refused' ? result.reason : result.kind);

describe('data:publish and the update channel', () => {
  const publication = publish(build, key, PUBLISHED);

  it('writes update.json and a database named by its content; the public key is raw base64', () => {
    expect([...publication.files.keys()]).toEqual([
      `claims-${publication.manifest.sha256.slice(0, 16)}.json`,
      'update.json',
    ]);
    expect(publication.publicKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(publication.manifest).toMatchObject({ published: PUBLISHED, newest: '2026-03-06' });
  });

  it('installs a newer, correctly signed database', async () => {
    const result = await check(publication.files, publication.publicKey);
    expect(result.kind).toBe('installed');
    if (result.kind === 'installed') expect(result.json).toBe(build.json);
  });

  it('answers up to date when the data in use is the same publication', async () => {
    expect(reasonOf(await check(publication.files, publication.publicKey, PUBLISHED))).toBe(
      'up-to-date',
    );
  });

  it('refuses an older publication than the data in use (a downgrade or a replay)', async () => {
    const later = '2026-12-08T00:00:00Z';
    expect(reasonOf(await check(publication.files, publication.publicKey, later))).toBe(
      'downgrade',
    );
  });

  it('refuses a manifest signed by another key', async () => {
    const other = publicKeyOf(readPrivateKey(pem()));
    expect(reasonOf(await check(publication.files, other))).toBe('bad-signature');
  });

  it('refuses a manifest whose signed fields were changed', async () => {
    const manifest = JSON.parse(publication.files.get('update.json') as string);
    manifest.published = '2027-01-01T00:00:00Z';
    const files = new Map(publication.files).set('update.json', JSON.stringify(manifest));
    expect(reasonOf(await check(files, publication.publicKey))).toBe('bad-signature');
  });

  it('refuses a tampered database', async () => {
    const name = publication.manifest.database;
    const tampered = (publication.files.get(name) as string).replace('"russia"', '"ukraine"');
    const files = new Map(publication.files).set(name, tampered);
    expect(reasonOf(await check(files, publication.publicKey))).toBe('tampered-database');
  });

  it('refuses garbage and a server that is down', async () => {
    const garbage = new Map(publication.files).set('update.json', '<html>oops</html>');
    expect(reasonOf(await check(garbage, publication.publicKey))).toBe('malformed-manifest');
    expect(reasonOf(await check(new Map(), publication.publicKey))).toBe('unreachable');
    const down: Fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const result = await checkForUpdate(
      down,
      { url: BASE, publicKey: publication.publicKey },
      PUBLISHED,
    );
    expect(reasonOf(result)).toBe('unreachable');
  });

  it('refuses a signed database that fails the bundle validation', async () => {
    const broken = { ...build, json: '{"format":"crosscount-claims"}' };
    const bad = publish(broken, key, PUBLISHED);
    expect(reasonOf(await check(bad.files, bad.publicKey))).toBe('malformed-database');
  });

  it('asks only for the two files, and for the database only once the manifest is verified', async () => {
    const requests: string[] = [];
    const other = publicKeyOf(readPrivateKey(pem()));
    await checkForUpdate(
      serverOf(publication.files, requests),
      { url: BASE, publicKey: other },
      PUBLISHED,
    );
    expect(requests).toEqual([`${BASE}/update.json`]);
  });

  it('reads an openssl-style PKCS#8 key and refuses any other kind of key', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
    expect(() => readPrivateKey(pem(rsa))).toThrow(/expected an Ed25519 private key/);
    expect(publicationTime(new Date('2026-12-07T04:51:09.123Z'))).toBe('2026-12-07T04:51:09Z');
  });
});
