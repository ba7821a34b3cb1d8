import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, setSiteEnabled, watchSettings } from './store';

describe('settings store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('persists a per-site choice in sync storage', async () => {
    await setSiteEnabled('bbc.co.uk', false);
    expect(await loadSettings()).toMatchObject({ sites: { 'bbc.co.uk': false } });
    const raw = await fakeBrowser.storage.sync.get('settings');
    expect(raw.settings).toMatchObject({ sites: { 'bbc.co.uk': false } });
  });

  it('repairs corrupted stored settings without losing valid site choices', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { mode: 'sometimes', sites: { 'a.org': true } },
    });
    expect(await loadSettings()).toEqual({
      version: 1,
      mode: 'everywhere',
      sites: { 'a.org': true },
    });
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('settings.mode'));
  });

  it('tells watchers about a change', async () => {
    const seen = vi.fn();
    watchSettings(seen);
    await setSiteEnabled('cnn.com', false);
    await vi.waitFor(() => expect(seen).toHaveBeenCalled());
    expect(seen.mock.calls[0]?.[0]).toMatchObject({ sites: { 'cnn.com': false } });
  });
});
