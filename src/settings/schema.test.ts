import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from './schema';

describe('parseSettings', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(parseSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, warnings: [] });
  });

  it('keeps valid current settings unchanged', () => {
    const stored = {
      version: 3,
      mode: 'only-listed',
      sites: { 'bbc.co.uk': true },
      highlightStyle: 'background',
      theme: 'dark',
      hiddenClaimantKinds: ['party-to-conflict'],
      dataUpdate: {
        enabled: true,
        url: 'https://data.example/crosscount/',
        publicKey: 'ixskKzkKk0rk0GvH5Wgq5nyOEZhlx3X9PiAFhmT6X9U=',
      },
    };
    expect(parseSettings(stored)).toEqual({ settings: stored, warnings: [] });
  });

  it('migrates version 2 to 3 with the data update channel off, keeping every choice', () => {
    const { settings, warnings } = parseSettings({
      version: 2,
      mode: 'only-listed',
      sites: { 'a.org': true },
      highlightStyle: 'background',
      theme: 'dark',
      hiddenClaimantKinds: [],
    });
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      mode: 'only-listed',
      sites: { 'a.org': true },
      highlightStyle: 'background',
      theme: 'dark',
    });
    expect(settings.dataUpdate).toEqual({ enabled: false, url: '', publicKey: '' });
    expect(warnings).toEqual([]);
  });

  it.each([
    [{ enabled: true, url: 'http://data.example/', publicKey: '' }],
    [{ enabled: true, url: 'javascript:alert(1)', publicKey: '' }],
    [{ enabled: true, url: '', publicKey: 'not a key' }],
    [{ enabled: 'yes', url: '', publicKey: '' }],
  ])('repairs a bad data update setting (%j) to off, keeping the rest', (dataUpdate) => {
    const { settings, warnings } = parseSettings({
      version: 3,
      mode: 'only-listed',
      sites: {},
      dataUpdate,
    });
    expect(settings.dataUpdate).toEqual(DEFAULT_SETTINGS.dataUpdate);
    expect(settings.mode).toBe('only-listed');
    expect(warnings).toEqual([expect.stringContaining('settings.dataUpdate')]);
  });

  it('accepts plain http for a data address on this machine only', () => {
    const local = { enabled: true, url: 'http://127.0.0.1:8080/data', publicKey: '' };
    expect(parseSettings({ version: 3, dataUpdate: local }).settings.dataUpdate).toEqual(local);
  });

  it('migrates version 1 (mode and sites only) to version 2 with display defaults', () => {
    const { settings, warnings } = parseSettings({
      version: 1,
      mode: 'everywhere',
      sites: { 'a.org': false },
    });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, sites: { 'a.org': false } });
    expect(warnings).toEqual([]);
  });

  it('repairs a corrupted field and keeps every other one', () => {
    const { settings, warnings } = parseSettings({
      version: 2,
      mode: 42,
      theme: 'dark',
      hiddenClaimantKinds: ['aliens'],
      sites: { 'bbc.co.uk': false, '<script>': true, 'cnn.com': 'yes' },
    });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', sites: { 'bbc.co.uk': false } });
    expect(warnings).toHaveLength(4);
  });

  it('drops a site key that is empty or too long', () => {
    const long = `${'a'.repeat(250)}.org`;
    const { settings, warnings } = parseSettings({ version: 3, sites: { '': true, [long]: true } });
    expect(settings.sites).toEqual({});
    expect(warnings).toHaveLength(2);
  });

  it('reads what it can from an unknown future version', () => {
    const { settings, warnings } = parseSettings({ version: 99, mode: 'only-listed', sites: {} });
    expect(settings.mode).toBe('only-listed');
    expect(warnings).toEqual([expect.stringContaining('unknown version 99')]);
  });

  it.each([['a string'], [[1, 2]], [17]])('resets a non-object (%j) with a warning', (raw) => {
    const { settings, warnings } = parseSettings(raw);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(warnings).toHaveLength(1);
  });
});
