import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from './schema';

describe('parseSettings', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(parseSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, warnings: [] });
  });

  it('keeps valid current settings unchanged', () => {
    const stored = {
      version: 2,
      mode: 'only-listed',
      sites: { 'bbc.co.uk': true },
      highlightStyle: 'background',
      theme: 'dark',
      hiddenClaimantKinds: ['party-to-conflict'],
    };
    expect(parseSettings(stored)).toEqual({ settings: stored, warnings: [] });
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
