// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import { CLAIMANTS } from '../../core/claimants';
import manifest from '../../data/claims-manifest.json';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/schema';
import { I18nContext, translatorFor } from '../i18n';
import { Options } from './Options';

afterEach(cleanup);

function renderOptions(settings: Settings) {
  const onChange = vi.fn();
  render(
    <I18nContext.Provider value={{ t: translatorFor(en), locale: 'en' }}>
      <Options
        settings={settings}
        onChange={onChange}
        claimants={CLAIMANTS}
        datasets={manifest.datasets}
        dataVersion={{ version: manifest.version, newest: manifest.buildDate }}
      />
    </I18nContext.Provider>,
  );
  return onChange;
}

describe('Options', () => {
  it("shows the data's version, its newest figure and each dataset's newest date", () => {
    renderOptions(DEFAULT_SETTINGS);
    expect(
      screen.getByText(`Data version ${manifest.version}, newest figure of Aug 22, 2026`),
    ).toBeTruthy();
    const lod = screen.getByRole('row', { name: /Orc Losses/ });
    expect(lod.textContent).toContain('2026-08-22');
    const oryx = screen.getByRole('row', { name: /Oryx/ });
    expect(oryx.textContent).toContain('2025-07-19');
  });

  it('adds a site from a typed address, normalised to its site key', () => {
    const onChange = renderOptions({ ...DEFAULT_SETTINGS, sites: {} });
    fireEvent.input(screen.getByLabelText('Add a site (for example bbc.co.uk)'), {
      target: { value: 'https://www.BBC.co.uk/news' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(onChange).toHaveBeenCalledWith(
      expect.objectContaining({ sites: { 'bbc.co.uk': false } }),
    );
  });

  it('refuses something that is not a site, with a message', () => {
    const onChange = renderOptions({ ...DEFAULT_SETTINGS, sites: {} });
    fireEvent.input(screen.getByLabelText('Add a site (for example bbc.co.uk)'), {
      target: { value: 'chrome://extensions' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('alert').textContent).toBe(
      '“chrome://extensions” is not a web site address.',
    );
    expect(onChange).not.toHaveBeenCalled();
  });

  it('switches, removes and lists sites', () => {
    const onChange = renderOptions({ ...DEFAULT_SETTINGS, sites: { 'cnn.com': false } });
    fireEvent.click(screen.getByRole('switch', { name: 'Crosscount on cnn.com' }));
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ sites: { 'cnn.com': true } }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove cnn.com from the list' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ sites: {} }));
  });

  it('hides a kind of claimant and sets the mode, theme and highlight style', () => {
    const onChange = renderOptions({ ...DEFAULT_SETTINGS, sites: {} });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Parties to the conflict' }));
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ hiddenClaimantKinds: ['party-to-conflict'] }),
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Only on the sites I switch on' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ mode: 'only-listed' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ theme: 'dark' }));
    fireEvent.click(screen.getByRole('radio', { name: 'a tinted background' }));
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ highlightStyle: 'background' }),
    );
  });

  it('lists every dataset with licence, coverage and link, and every claimant with its homepage', () => {
    renderOptions(DEFAULT_SETTINGS);
    const oryxData = screen.getByRole('link', { name: /Oryx visually confirmed/ });
    expect(oryxData.getAttribute('href')).toBe('https://github.com/scarnecchia/oryx_data');
    const row = oryxData.closest('tr') as HTMLElement;
    expect(row.textContent).toContain('CC BY 4.0');
    expect(row.textContent).toContain('2022-');
    expect(screen.getByRole('link', { name: 'Oryx' }).getAttribute('href')).toBe(
      'https://www.oryxspioenkop.com/',
    );
  });
});
