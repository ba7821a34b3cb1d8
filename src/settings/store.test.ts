import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from './schema';
import { loadSettings, saveSettings, setSiteEnabled, watchSettings } from './store';

describe('settings store', () => {
  beforeEach(() => {
    // A spy left by one test (sync storage that fails) must not reach the next one.
    vi.restoreAllMocks();
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('persists a per-site choice in sync storage', async () => {
    await setSiteEnabled('bbc.co.uk', false);
    expect(await loadSettings()).toMatchObject({ sites: { 'bbc.co.uk': false } });
    const { settings } = await fakeBrowser.storage.sync.get('settings');
    expect(settings).toMatchObject({ version: 3, sites: { 'bbc.co.uk': false } });
  });

  it('migrates stored version-1 settings to version 2, keeping every site choice', async () => {
    const v1 = { version: 1, mode: 'only-listed', sites: { 'kyivindependent.com': true } };
    await fakeBrowser.storage.sync.set({ settings: v1 });
    const expected = {
      ...DEFAULT_SETTINGS,
      mode: 'only-listed',
      sites: { 'kyivindependent.com': true },
    };
    expect(await loadSettings()).toEqual(expected);
    // The migrated form is written back once, so other contexts read version 2.
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(expected);
  });

  it('repairs corrupted stored settings without losing valid site choices', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { version: 2, mode: 'sometimes', theme: 7, sites: { 'a.org': true } },
    });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, sites: { 'a.org': true } });
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('settings.mode'));
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('settings.theme'));
  });

  it('moves settings too large for a sync item to local storage', async () => {
    const sites = Object.fromEntries(
      Array.from({ length: 600 }, (_, i) => [`site-number-${i}.example.org`, false]),
    );
    await saveSettings({ ...DEFAULT_SETTINGS, sites });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toBeUndefined();
    expect(Object.keys((await loadSettings()).sites)).toHaveLength(600);
  });

  it('keeps settings on the device when sync storage fails', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('sync disabled'));
    await setSiteEnabled('cnn.com', false);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({
      sites: { 'cnn.com': false },
    });
    expect(await loadSettings()).toMatchObject({ sites: { 'cnn.com': false } });
  });

  it('reads the device’s settings when sync storage cannot be read, defaults when neither can', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, sites: { 'a.org': false } },
    });
    const syncGet = vi
      .spyOn(fakeBrowser.storage.sync, 'get')
      .mockRejectedValue(new Error('no sync'));
    expect(await loadSettings()).toMatchObject({ sites: { 'a.org': false } });
    await fakeBrowser.storage.local.clear();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(console.warn).toHaveBeenCalledWith(
      expect.stringContaining('could not read settings'),
      expect.any(Error),
    );
    syncGet.mockRestore();
  });

  it('tells watchers about a change', async () => {
    const seen = vi.fn();
    watchSettings(seen);
    await setSiteEnabled('cnn.com', false);
    await vi.waitFor(() => expect(seen).toHaveBeenCalled());
    expect(seen.mock.calls[0]?.[0]).toMatchObject({ sites: { 'cnn.com': false } });
  });

  it('ignores other keys and stops telling a watcher that unsubscribed', async () => {
    const seen = vi.fn();
    const unwatch = watchSettings(seen);
    await fakeBrowser.storage.sync.set({ somethingElse: 1 });
    await fakeBrowser.storage.session.set({ settings: 'not ours' });
    unwatch();
    await setSiteEnabled('cnn.com', false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).not.toHaveBeenCalled();
  });
});
