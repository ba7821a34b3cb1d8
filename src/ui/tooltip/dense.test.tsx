// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nContext } from '../i18n';
import { dense } from '../testing/dense-comparison';
import { I18N, renderWithI18n } from '../testing/render';
import { Tooltip } from './Tooltip';

afterEach(cleanup);

const claimants = (rows: HTMLElement[]) =>
  rows.map((row) => row.querySelector('.cc-claimant a, .cc-claimant .cc-name')?.textContent);

describe('the tooltip of a figure with a dozen estimates', () => {
  it('opens five rows of its own measure, then shows all on request', () => {
    renderWithI18n(<Tooltip id="t" text="160,000 and 230,000 killed" comparison={dense()} />);
    const own = screen.getByRole('table', { name: /personnel killed for the same side/ });
    expect(claimants(within(own).getAllByRole('row'))).toEqual([
      'Russian MoD',
      'Mediazona',
      'CSIS',
      'The Economist',
      'NATO officials',
    ]);
    const more = screen.getByRole('button', { name: 'Show all 7' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(within(own).getAllByRole('row')).toHaveLength(7);
    expect(screen.getByRole('button', { name: 'Show fewer' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
  });

  it('keeps the other measure apart, collapsed, with its count, and opens it on request', () => {
    const { container } = renderWithI18n(
      <Tooltip id="t" text="160,000 and 230,000 killed" comparison={dense()} />,
    );
    const other = screen.getByRole('button', {
      name: '4 estimates of personnel killed and wounded',
    });
    expect(other.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('General Staff of Ukraine')).toBeNull();
    // One chart: the figure's own measure only.
    expect(container.querySelectorAll('svg.cc-spread')).toHaveLength(1);
    fireEvent.click(other);
    expect(other.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('table', { name: /personnel killed and wounded/ })).toBeTruthy();
    expect(screen.getByText('General Staff of Ukraine')).toBeTruthy();
    // Its own axis, without the article's figure, which counts another measure.
    const charts = container.querySelectorAll('svg.cc-spread');
    expect(charts).toHaveLength(2);
    expect(charts[1]?.querySelector('.cc-article')).toBeNull();
  });

  it('labels only the article and the extremes, and lists every mark in its text alternative', () => {
    const { container } = renderWithI18n(
      <Tooltip id="t" text="160,000 and 230,000 killed" comparison={dense()} />,
    );
    const chart = container.querySelector('svg.cc-spread') as SVGElement;
    const labels = [...chart.querySelectorAll('text')].map((t) => t.textContent);
    expect(labels).toHaveLength(3);
    expect(labels[0]).toBe('5,937 Russian MoD');
    expect(labels).toContain('article: 160,000–230,000');
    const title = chart.querySelector(':scope > title')?.textContent ?? '';
    for (const name of ['BBC Russian', 'CSIS', 'Mediazona', 'UK Ministry of Defence']) {
      expect(title).toContain(name);
    }
    expect(chart.querySelectorAll('circle, rect.cc-range')).toHaveLength(7);
  });

  it('opens the other measures when its own has none', () => {
    const comparison = dense();
    comparison.estimates = comparison.estimates.filter((e) => e.metric !== 'personnel_killed');
    renderWithI18n(<Tooltip id="t" text="killed" comparison={comparison} />);
    const other = screen.getByRole('button', { name: /4 estimates of/ });
    expect(other.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('General Staff of Ukraine')).toBeTruthy();
  });

  it('counts in Ukrainian plural forms', () => {
    renderWithI18n(<Tooltip id="t" text="загинули" comparison={dense()} />, I18N.uk);
    expect(screen.getByRole('button', { name: /^4 оцінки: / })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Показати всі 7' })).toBeTruthy();
  });

  it('closes "Show all" when it moves to another figure, and keeps it for the same one', () => {
    const { rerender } = renderWithI18n(<Tooltip id="t" text="first" comparison={dense()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show all 7' }));
    const again = (text: string) => (
      <I18nContext.Provider value={I18N.en}>
        <Tooltip id="t" text={text} comparison={dense()} />
      </I18nContext.Provider>
    );
    rerender(again('first'));
    expect(screen.getByRole('button', { name: 'Show fewer' })).toBeTruthy();
    rerender(again('second'));
    expect(screen.getByRole('button', { name: 'Show all 7' })).toBeTruthy();
  });
});
