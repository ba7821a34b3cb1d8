import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { smallBundle } from '../claims/testing/small-bundle';
import type { Fetch } from '../data-update/channel';
import type { CheckStatus } from '../data-update/status';
import { signedText, type UnsignedManifest } from '../data-update/update-manifest';
import { sha256Hex } from '../data-update/verify';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { CHECK_INTERVAL_MS, createDataService, sourceOf } from './data-service';
import type { Installed } from './data-store';

// The service over an in-memory store and a fake server: which data is in use, when it checks.
const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const KEY = Buffer.from(publicKey.export({ format: 'jwk' }).x as string, 'base64url').toString(
  'base64',
);
const URL_ = 'https://data.example/cc/';
const BUNDLED = JSON.stringify(smallBundle());
// The update: the same small bundle with the General Staff's last tank figure one higher.
const updated = smallBundle();
(updated.series[0] as { v: number[] }).v = [100, 10, 10, 31];
const UPDATED = JSON.stringify(updated);

async function publication(published: string): Promise<Map<string, string>> {
  const bytes = new TextEncoder().encode(UPDATED);
  const unsigned: UnsignedManifest = {
    format: 'crosscount-data-update',
    formatVersion: 1,
    published,
    version: 'test.2',
    newest: '2022-03-10',
    database: 'claims-test.json',
    bytes: bytes.length,
    sha256: await sha256Hex(bytes),
    datasets: [],
  };
  const signature = sign(null, Buffer.from(signedText(unsigned)), privateKey).toString('base64');
  return new Map([
    ['update.json', JSON.stringify({ ...unsigned, signature })],
    ['claims-test.json', UPDATED],
  ]);
}

function setup(dataUpdate: Settings['dataUpdate'], files: Map<string, string>) {
  let installed: Installed | undefined;
  let status: CheckStatus | undefined;
  let now = 1_800_000_000_000;
  const requests: string[] = [];
  const fetcher: Fetch = async (url) => {
    requests.push(url);
    const body = files.get(url.slice(URL_.length));
    return body === undefined ? new Response('', { status: 404 }) : new Response(body);
  };
  const service = createDataService({
    bundled: { read: () => BUNDLED, version: 'bundled.1', newest: '2022-03-10' },
    defaultSource: undefined,
    fetcher,
    loadSettings: async () => ({ ...DEFAULT_SETTINGS, dataUpdate }),
    now: () => now,
    store: {
      readInstalled: async () => installed,
      saveInstalled: async (value) => {
        installed = value;
      },
      readCheckStatus: async () => status,
      saveCheckStatus: async (value) => {
        status = value;
      },
    },
  });
  const tanksOn = async (asOf: string) =>
    (await service.getMatcher())({
      metric: 'tanks',
      side: 'russia',
      unit: 'count',
      value: 1,
      qualifier: 'exact',
      asOf,
    }).estimates.find((e) => e.claimantId === 'ua-general-staff')?.value;
  return { service, requests, tanksOn, advance: (ms: number) => (now += ms) };
}

const ON = { enabled: true, url: URL_, publicKey: KEY };

describe('the data service', () => {
  it('requests nothing and uses the bundled data while the channel is off', async () => {
    const { service, requests, tanksOn } = setup(
      { ...ON, enabled: false },
      await publication('2030-01-01T00:00:00Z'),
    );
    const status = await service.check(true);
    expect(requests).toEqual([]);
    expect(status).toMatchObject({
      enabled: false,
      inUse: { origin: 'bundled', version: 'bundled.1' },
    });
    expect(await tanksOn('2022-03-10')).toBe(150);
  });

  it('installs a newer signed update and answers from it at once', async () => {
    const { service, tanksOn } = setup(ON, await publication('2030-01-01T00:00:00Z'));
    expect(await tanksOn('2022-03-10')).toBe(150);
    const status = await service.check(false);
    expect(status).toMatchObject({
      inUse: { origin: 'update', version: 'test.2' },
      last: { outcome: 'installed' },
    });
    expect(await tanksOn('2022-03-10')).toBe(151);
  });

  it('checks at most once a day unless asked', async () => {
    const { service, requests, advance } = setup(ON, await publication('2030-01-01T00:00:00Z'));
    await service.check(false);
    const after = requests.length;
    await service.check(false);
    expect(requests.length).toBe(after);
    advance(CHECK_INTERVAL_MS);
    await service.check(false);
    expect(requests.length).toBeGreaterThan(after);
  });

  it('keeps the bundled data when the update is older than it', async () => {
    const { service, tanksOn } = setup(ON, await publication('2022-01-01T00:00:00Z'));
    const status = await service.check(true);
    expect(status).toMatchObject({ inUse: { origin: 'bundled' }, last: { outcome: 'downgrade' } });
    expect(await tanksOn('2022-03-10')).toBe(150);
  });

  it('goes back to the bundled data when the channel is turned off', async () => {
    const dataUpdate = { ...ON };
    const { service, tanksOn } = setup(dataUpdate, await publication('2030-01-01T00:00:00Z'));
    await service.check(true);
    expect(await tanksOn('2022-03-10')).toBe(151);
    dataUpdate.enabled = false;
    service.reselect();
    expect(await tanksOn('2022-03-10')).toBe(150);
  });

  it('runs one check at a time', async () => {
    const { service, requests } = setup(ON, await publication('2030-01-01T00:00:00Z'));
    const spy = vi.fn();
    await Promise.all([service.check(true).then(spy), service.check(true).then(spy)]);
    expect(spy).toHaveBeenCalledTimes(2);
    expect(requests.filter((url) => url.endsWith('update.json'))).toHaveLength(1);
  });
});

describe('sourceOf', () => {
  it("prefers the reader's own source, then the built-in one", () => {
    const builtIn = { url: 'https://x.org/', publicKey: KEY };
    expect(sourceOf(ON, builtIn).kind).toBe('own');
    expect(sourceOf({ enabled: true, url: '', publicKey: '' }, builtIn).kind).toBe('default');
    expect(sourceOf({ enabled: true, url: '', publicKey: '' }, undefined).kind).toBe('none');
  });
});
