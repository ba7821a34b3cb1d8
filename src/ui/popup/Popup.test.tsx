// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tanksComparison } from '../../claims/testing/comparisons';
import type { TabSummary } from '../../messaging/schemas';
import { renderWithI18n } from '../testing/render';
import { Popup, type PopupState } from './Popup';

afterEach(cleanup);

const summary: TabSummary = {
  url: 'https://news.example/article',
  enabled: true,
  figures: [
    { id: 4, text: '790 tanks', query: tanksComparison().query, comparison: tanksComparison() },
  ],
};

function renderPopup(state: PopupState) {
  const props = { onToggleSite: vi.fn(), onFigureClick: vi.fn(), onOpenOptions: vi.fn() };
  renderWithI18n(<Popup state={state} {...props} onOpenInTab={vi.fn()} />);
  return props;
}

const ready = (overrides: Partial<Extract<PopupState, { status: 'ready' }>> = {}): PopupState => ({
  status: 'ready',
  site: 'news.example',
  siteEnabled: true,
  summary,
  hiddenClaimantKinds: [],
  ...overrides,
});

describe('Popup', () => {
  it('lists the figures by metric with their spread; a click goes to the figure', () => {
    const props = renderPopup(ready());
    expect(screen.getByText('1 figure on this page')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'tanks' })).toBeTruthy();
    const figure = screen.getByRole('button', { name: /790 tanks/ });
    expect(figure.textContent).toContain('519 – 790');
    fireEvent.click(figure);
    expect(props.onFigureClick).toHaveBeenCalledWith(4);
  });

  it('has a site switch named after the site', () => {
    const props = renderPopup(ready());
    const siteSwitch = screen.getByRole('switch', {
      name: 'Annotate news.example',
    }) as HTMLInputElement;
    expect(siteSwitch.checked).toBe(true);
    fireEvent.click(siteSwitch);
    expect(props.onToggleSite).toHaveBeenCalledWith(false);
  });

  it.each([
    [ready({ siteEnabled: false }), /Crosscount is off for news\.example/],
    [ready({ summary: { ...summary, figures: [] } }), /No casualty or equipment-loss figures/],
    [{ status: 'unsupported' } as PopupState, /does not run on this page/],
  ])('explains an empty state and what to do (%#)', (state, message) => {
    renderPopup(state);
    expect(screen.getByText(message)).toBeTruthy();
  });

  it('links to the settings', () => {
    const props = renderPopup(ready());
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(props.onOpenOptions).toHaveBeenCalled();
  });
});
