import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from './schema';

describe('parseSettings', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(parseSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, warnings: [] });
  });

  it('keeps valid settings unchanged', () => {
    const stored = { version: 1, mode: 'only-listed', sites: { 'bbc.co.uk': true } };
    expect(parseSettings(stored)).toEqual({ settings: stored, warnings: [] });
  });

  it('repairs a corrupted field and keeps every other one', () => {
    const { settings, warnings } = parseSettings({
      mode: 42,
      sites: { 'bbc.co.uk': false, '<script>': true, 'cnn.com': 'yes' },
    });
    expect(settings).toEqual({ version: 1, mode: 'everywhere', sites: { 'bbc.co.uk': false } });
    expect(warnings).toHaveLength(3);
  });

  it.each([['a string'], [[1, 2]], [17]])('resets a non-object (%j) with a warning', (raw) => {
    const { settings, warnings } = parseSettings(raw);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(warnings).toHaveLength(1);
  });
});
