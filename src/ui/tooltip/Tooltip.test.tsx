// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { estimate, tanksComparison } from '../../claims/testing/comparisons';
import { I18N, renderWithI18n } from '../testing/render';
import { Tooltip } from './Tooltip';

afterEach(cleanup);

describe('Tooltip', () => {
  it('reads the figure and lists each claimant with its figure, date, method and flags', () => {
    renderWithI18n(<Tooltip id="t" text="790 tanks" comparison={tanksComparison()} />);
    const dialog = screen.getByRole('dialog', {
      name: /790 tanks · Russian losses · as of 18 Apr 2022/,
    });
    expect(within(dialog).getByText(/The article cites General Staff of Ukraine/)).toBeTruthy();
    const [staff, oryx] = within(dialog).getAllByRole('row');
    expect(staff?.textContent).toContain('790');
    // A chip explains itself on hover and focus (data-tip) and to screen readers (hidden text).
    const same = within(staff as HTMLElement).getByText('✓ same');
    expect(same.getAttribute('data-tip')).toBe('The same figure as the article.');
    expect(same.getAttribute('tabindex')).toBe('0');
    expect(same.textContent).toBe('✓ same: The same figure as the article.');
    expect(oryx?.textContent).toContain('519');
    expect(within(oryx as HTMLElement).getByText('visually confirmed')).toBeTruthy();
    expect(oryx?.textContent).toContain('lower bound');
    // Oryx below the article's figure is expected of a lower bound, not a disagreement.
    expect(within(oryx as HTMLElement).queryByText('differs')).toBeNull();
  });

  it('links sources in a new tab, https only, and renders hostile data as inert text', () => {
    const comparison = tanksComparison();
    comparison.estimates[1] = estimate({
      claimantName: '<img src=x onerror=alert(1)>',
      sourceUrl: 'javascript:alert(1)',
      cited: false,
    });
    const { container } = renderWithI18n(
      <Tooltip id="t" text="790 tanks" comparison={comparison} />,
    );
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute('href')).toMatch(/^https:/);
    expect(links[0]?.getAttribute('target')).toBe('_blank');
    expect(links[0]?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });

  it('hides the claimant kinds the reader chose to hide, and says so', () => {
    renderWithI18n(
      <Tooltip
        id="t"
        text="790 tanks"
        comparison={tanksComparison()}
        hiddenClaimantKinds={['party-to-conflict']}
      />,
    );
    expect(screen.queryByText('General Staff of Ukraine')).toBeNull();
    expect(screen.getByText('1 estimate hidden by your settings.')).toBeTruthy();
  });

  it('copies a citation and reports the outcome', async () => {
    const onCopy = vi.fn(async () => true);
    renderWithI18n(
      <Tooltip id="t" text="790 tanks" comparison={tanksComparison()} onCopy={onCopy} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    expect(await screen.findByText('Copied.')).toBeTruthy();
    expect(onCopy).toHaveBeenCalledWith(expect.stringMatching(/^\*\*790 tanks\*\*/));
  });

  it('speaks Ukrainian: labels, numbers and dates in the UI language', () => {
    renderWithI18n(<Tooltip id="t" text="790 танків" comparison={tanksComparison()} />, I18N.uk);
    expect(
      screen.getByRole('dialog', { name: /790 танків · втрати Росії · станом на 18 квіт\. 2022/ }),
    ).toBeTruthy();
    expect(screen.getByText('✓ збігається')).toBeTruthy();
    expect(screen.getByText('заява сторони')).toBeTruthy();
  });

  it('says when there is nothing to compare', () => {
    const comparison = { ...tanksComparison(), estimates: [] };
    renderWithI18n(<Tooltip id="t" text="790 tanks" comparison={comparison} />);
    expect(
      screen.getByText('No other estimate for this metric, side and date is in the database.'),
    ).toBeTruthy();
  });
});
