// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DataStatus } from '../../data-update/status';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { renderWithI18n } from '../testing/render';
import { DataUpdateSection } from './DataUpdateSection';

afterEach(cleanup);

const KEY = 'ixskKzkKk0rk0GvH5Wgq5nyOEZhlx3X9PiAFhmT6X9U=';
const STATUS: DataStatus = {
  inUse: { origin: 'bundled', version: '2026-08-22.bf0fad5b6563', newest: '2026-08-22' },
  enabled: false,
  source: 'none',
};

function renderSection(status: DataStatus = STATUS, settings = DEFAULT_SETTINGS) {
  const onChange = vi.fn();
  const onCheckNow = vi.fn();
  renderWithI18n(
    <DataUpdateSection
      settings={settings}
      onChange={onChange}
      status={status}
      checking={false}
      onCheckNow={onCheckNow}
    />,
  );
  return { onChange, onCheckNow };
}

describe('Keep the data up to date', () => {
  it('is off by default and says which data is in use', () => {
    renderSection();
    expect(
      (screen.getByRole('checkbox', { name: 'Keep the data up to date' }) as HTMLInputElement)
        .checked,
    ).toBe(false);
    expect(screen.getByRole('status').textContent).toContain(
      'In use: data version 2026-08-22.bf0fad5b6563, newest figure of 22 Aug 2026, as bundled with the extension.',
    );
    expect((screen.getByRole('button', { name: 'Check now' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it("takes the reader's own source only with a valid address and key", () => {
    const { onChange } = renderSection();
    const address = screen.getByLabelText(/Data address/);
    const key = screen.getByLabelText(/Public key/);
    fireEvent.input(address, { target: { value: 'http://data.example/' } });
    fireEvent.input(key, { target: { value: KEY } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this source' }));
    expect(screen.getByRole('alert').textContent).toMatch(/must start with https/);
    fireEvent.input(address, { target: { value: 'https://data.example/cc/' } });
    fireEvent.input(key, { target: { value: 'short' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this source' }));
    expect(screen.getByRole('alert').textContent).toMatch(/44 characters of base64/);
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.input(key, { target: { value: KEY } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this source' }));
    expect(onChange).toHaveBeenCalledWith(
      expect.objectContaining({
        dataUpdate: { enabled: false, url: 'https://data.example/cc/', publicKey: KEY },
      }),
    );
  });

  it('says clearly why an update was refused, and that the data in use stays', () => {
    renderSection({
      ...STATUS,
      enabled: true,
      source: 'own',
      last: { at: 0, url: 'https://data.example/cc/', outcome: 'bad-signature' },
    });
    const status = screen.getByRole('status').textContent ?? '';
    expect(status).toContain('not signed by the configured key');
    expect(status).toContain('The data in use stays.');
  });
});
