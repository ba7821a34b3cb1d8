// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tanksComparison } from '../../claims/testing/comparisons';
import type { TabSummary } from '../../messaging/schemas';
import { type TabRecord, toTabRecord } from '../../messaging/tab-record';
import { I18N, renderWithI18n } from '../testing/render';
import { PAGE_SIZE } from './FigureGroup';
import { Popup, type PopupState } from './Popup';

afterEach(cleanup);

const tanks = tanksComparison();
const tankRecord = toTabRecord({ id: 4, text: '790 tanks', query: tanks.query }, tanks);

const summary: TabSummary = {
  url: 'https://news.example/article',
  page: 1,
  enabled: true,
  total: 1,
  groups: [{ metric: 'tanks', count: 1 }],
  figures: [tankRecord],
  evicted: false,
};

/** A live blog: `total` figures, tanks and artillery in turn, the first `listed` of them listed. */
function bigSummary(total: number, listed: number): TabSummary {
  const figures: TabRecord[] = Array.from({ length: listed }, (_, i) => ({
    ...tankRecord,
    i,
    t: `${1000 + i} ${i % 2 === 0 ? 'tanks' : 'artillery systems'}`,
    m: i % 2 === 0 ? 'tanks' : 'artillery',
  }));
  const groups = [
    { metric: 'tanks' as const, count: Math.ceil(total / 2) },
    { metric: 'artillery' as const, count: Math.floor(total / 2) },
  ];
  return { ...summary, total, groups, figures };
}

function renderPopup(state: PopupState, i18n = I18N.en) {
  const props = {
    onToggleSite: vi.fn(),
    onFigureClick: vi.fn(),
    onOpenOptions: vi.fn(),
    onShowFigures: vi.fn(),
  };
  renderWithI18n(<Popup state={state} {...props} onOpenInTab={vi.fn()} />, i18n);
  return props;
}

const ready = (overrides: Partial<Extract<PopupState, { status: 'ready' }>> = {}): PopupState => ({
  status: 'ready',
  site: 'news.example',
  siteEnabled: true,
  summary,
  comparisons: new Map([[4, tanks]]),
  hiddenClaimantKinds: [],
  ...overrides,
});

describe('Popup data version', () => {
  it('shows which data is in use and how new it is', () => {
    const state: PopupState = { status: 'loading' };
    renderWithI18n(
      <Popup
        state={state}
        onToggleSite={vi.fn()}
        onFigureClick={vi.fn()}
        onShowFigures={vi.fn()}
        onOpenOptions={vi.fn()}
        dataVersion={{ version: '2026-08-22.bf0fad5b6563', newest: '2026-08-22' }}
      />,
    );
    expect(
      screen.getByText('Data version 2026-08-22.bf0fad5b6563, newest figure of 22 Aug 2026'),
    ).toBeTruthy();
  });
});

describe('Popup', () => {
  it('lists the figures by metric with their spread; a click goes to the figure', () => {
    const props = renderPopup(ready());
    expect(screen.getByText('1 figure on this page')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'tanks 1' })).toBeTruthy();
    const figure = screen.getByRole('button', { name: /790 tanks/ });
    expect(figure.textContent).toContain('519 – 790');
    fireEvent.click(figure);
    expect(props.onFigureClick).toHaveBeenCalledWith(4);
    expect(props.onShowFigures).toHaveBeenCalledWith([4]);
  });

  it('describes a figure from its counts until its comparison arrives', () => {
    renderPopup(ready({ comparisons: new Map() }));
    const figure = screen.getByRole('button', { name: /790 tanks/ });
    expect(figure.textContent).toContain('Russian losses: 2 sources');
    expect(figure.textContent).not.toContain('519');
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
    [ready({ summary: { ...summary, total: 0, groups: [], figures: [] } }), /No casualty/],
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

describe('Popup on a page of thousands of figures', () => {
  it('says the true count and how many it lists, counts by metric first', () => {
    renderPopup(ready({ summary: bigSummary(12_000, 2_000), comparisons: new Map() }));
    expect(screen.getByText('Showing the first 2,000 of 12,000 figures on this page')).toBeTruthy();
    const counts = screen.getByRole('list', { name: 'Figures by metric' });
    expect(counts.textContent).toBe('6,000 tanks6,000 artillery systems');
    expect(screen.getByRole('heading', { name: 'tanks 6,000' })).toBeTruthy();
  });

  it('says it in Ukrainian', () => {
    renderPopup(ready({ summary: bigSummary(12_000, 2_000), comparisons: new Map() }), I18N.uk);
    expect(screen.getByText(/^Показано перші 2\s000 з 12\s000 цифр на цій сторінці$/)).toBeTruthy();
  });

  it('renders a page of each group, asks for their comparisons, and shows more on demand', () => {
    const props = renderPopup(
      ready({ summary: bigSummary(12_000, 2_000), comparisons: new Map() }),
    );
    const tanksGroup = screen.getByRole('region', { name: 'tanks 6,000' });
    expect(tanksGroup.querySelectorAll('.cc-figure')).toHaveLength(PAGE_SIZE);
    expect(document.querySelectorAll('.cc-figure')).toHaveLength(2 * PAGE_SIZE);
    const firstTanks = Array.from({ length: PAGE_SIZE }, (_, k) => 2 * k);
    expect(props.onShowFigures).toHaveBeenCalledWith(firstTanks);
    const more = screen.getAllByRole('button', { name: `Show ${PAGE_SIZE} more of 975` })[0];
    fireEvent.click(more as HTMLElement);
    expect(tanksGroup.querySelectorAll('.cc-figure')).toHaveLength(2 * PAGE_SIZE);
    expect(props.onShowFigures).toHaveBeenLastCalledWith(
      Array.from({ length: 2 * PAGE_SIZE }, (_, k) => 2 * k),
    );
    // Focus moves to the first figure "Show more" added, for a keyboard user.
    expect(document.activeElement?.textContent).toContain(`${1000 + 2 * PAGE_SIZE} tanks`);
  });

  const capped = 'Showing the first 40 of 500 figures on this page';
  it.each([
    [{ problem: 'quota' as const }, /session storage is full/, capped],
    [{ problem: 'unavailable' as const }, /session storage is not available/, capped],
    [{ evicted: true, figures: [] }, /set aside to make room/, '500 figures on this page'],
  ])('reports why the list is short (%o), with the true count', (change, message, count) => {
    renderPopup(ready({ summary: { ...bigSummary(500, 40), ...change }, comparisons: new Map() }));
    expect(screen.getByRole('status').textContent).toMatch(message);
    expect(screen.getByText(count)).toBeTruthy();
  });

  it('filters a dense page down to the figures that disagree, counting them per metric', () => {
    // Sixty figures, one in five disagreeing with an estimate (its record's second count).
    const dense = bigSummary(60, 60);
    dense.figures = dense.figures.map((f) => ({
      ...f,
      f: [2, f.i % 5 === 0 ? 1 : 0] as [number, number],
    }));
    renderPopup(ready({ summary: dense, comparisons: new Map() }));
    const filter = screen.getByRole('checkbox', { name: 'Only figures with a disagreement (12)' });
    expect(document.querySelectorAll('.cc-figure')).toHaveLength(2 * PAGE_SIZE);
    fireEvent.click(filter);
    const shown = [...document.querySelectorAll('.cc-figure-text')].map((e) => e.textContent);
    expect(shown).toHaveLength(12);
    expect(shown.every((text) => (Number.parseInt(text ?? '', 10) - 1000) % 5 === 0)).toBe(true);
    // Each metric's heading counts what is listed under it; the page's counts stay above.
    expect(screen.getByRole('region', { name: 'tanks 6' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'artillery systems 6' })).toBeTruthy();
    expect(screen.getByText('30 tanks')).toBeTruthy();
    fireEvent.click(filter);
    expect(document.querySelectorAll('.cc-figure')).toHaveLength(2 * PAGE_SIZE);
  });

  it('offers no filter when nothing disagrees', () => {
    renderPopup(ready({ summary: { ...summary, figures: [{ ...tankRecord, f: [2, 0] }] } }));
    expect(screen.queryByRole('checkbox')).toBeNull();
  });
});
