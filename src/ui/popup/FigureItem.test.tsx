// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toTabRecord } from '../../messaging/tab-record';
import { dense } from '../testing/dense-comparison';
import { I18N, renderWithI18n } from '../testing/render';
import { troopsQuery, troopsReading } from '../testing/troops-reading';
import { FigureItem } from './FigureItem';

afterEach(cleanup);

/** "Russia has lost N troops", as the content script reports it: two measures allowed. */
function figure(text: string, value: number, asOf: string, claimant: string) {
  const query = troopsQuery(value, asOf, claimant);
  const comparison = troopsReading(value, asOf, claimant);
  return { record: toTabRecord({ id: 1, text, query }, comparison), comparison };
}

// The UK MoD's 501,647 put to the General Staff (about 508,780 that day): nothing settles it.
const ambiguous = figure('501,647 troops', 501_647, '2024-06-01', 'ua-general-staff');
// The President of Ukraine's own 180,000 killed (25 Feb 2024): read as killed.
const settled = figure('180,000 troops', 180_000, '2024-02-25', 'ua-president');

function renderItem(item: typeof ambiguous, i18n = I18N.en, withComparison = true) {
  renderWithI18n(
    <FigureItem
      figure={item.record}
      comparison={withComparison ? item.comparison : undefined}
      hiddenClaimantKinds={[]}
      onClick={vi.fn()}
    />,
    i18n,
  );
}

describe('FigureItem: a figure with two possible measures', () => {
  it('notes an ambiguous measure, as part of the button that goes to the figure', () => {
    renderItem(ambiguous);
    const button = screen.getByRole('button', { name: /501,647 troops.*ambiguous measure$/ });
    expect(button.textContent).not.toMatch(/disagreement/);
  });

  it('notes it from the compact record alone, before the comparison arrives', () => {
    renderItem(ambiguous, I18N.en, false);
    expect(screen.getByRole('button', { name: /501,647 troops.*ambiguous measure$/ })).toBeTruthy();
  });

  it('notes it in Ukrainian', () => {
    renderItem(ambiguous, I18N.uk);
    expect(screen.getByRole('button', { name: /неоднозначний показник$/ })).toBeTruthy();
  });

  it('adds no note when the cited claimant settles the measure', () => {
    renderItem(settled);
    expect(screen.getByRole('button', { name: /180,000 troops/ })).toBeTruthy();
    expect(screen.queryByText('ambiguous measure')).toBeNull();
  });
});

describe('FigureItem: a figure with estimates of two measures', () => {
  it('spreads and charts its own measure only', () => {
    const comparison = dense();
    const record = toTabRecord(
      { id: 2, text: '160,000 and 230,000 killed', query: comparison.query },
      comparison,
    );
    const { container } = renderWithI18n(
      <FigureItem
        figure={record}
        comparison={comparison}
        hiddenClaimantKinds={[]}
        onClick={vi.fn()}
      />,
    );
    // Killed only: from the Russian MoD's 5,937 to 523,000, never the 1,490,000 killed and wounded.
    expect(screen.getByRole('button').textContent).toContain('5,937 – 523,000');
    expect(container.querySelectorAll('svg circle, svg rect.cc-range')).toHaveLength(7);
  });
});
