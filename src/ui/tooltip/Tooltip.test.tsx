// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { estimate, tanksComparison } from '../testing/fixtures';
import { Tooltip } from './Tooltip';

afterEach(cleanup);

describe('Tooltip', () => {
  it('reads the figure and lists each claimant with its figure, date, method and flags', () => {
    render(<Tooltip id="t" text="790 tanks" comparison={tanksComparison()} />);
    const dialog = screen.getByRole('dialog', {
      name: /790 tanks · Russian losses · as of 18 Apr 2022/,
    });
    expect(within(dialog).getByText(/The article cites General Staff of Ukraine/)).toBeTruthy();
    const [staff, oryx] = within(dialog).getAllByRole('row');
    expect(staff?.textContent).toContain('790');
    expect(
      within(staff as HTMLElement)
        .getByText('✓ same')
        .getAttribute('title'),
    ).toBe('The same figure as the article.');
    expect(oryx?.textContent).toContain('519');
    expect(within(oryx as HTMLElement).getByText('visually confirmed')).toBeTruthy();
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
    const { container } = render(<Tooltip id="t" text="790 tanks" comparison={comparison} />);
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute('href')).toMatch(/^https:/);
    expect(links[0]?.getAttribute('target')).toBe('_blank');
    expect(links[0]?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });

  it('hides the claimant kinds the reader chose to hide, and says so', () => {
    render(
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
    render(<Tooltip id="t" text="790 tanks" comparison={tanksComparison()} onCopy={onCopy} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    expect(await screen.findByText('Copied.')).toBeTruthy();
    expect(onCopy).toHaveBeenCalledWith(expect.stringMatching(/^\*\*790 tanks\*\*/));
  });

  it('says when there is nothing to compare', () => {
    const comparison = { ...tanksComparison(), estimates: [] };
    render(<Tooltip id="t" text="790 tanks" comparison={comparison} />);
    expect(
      screen.getByText('No other estimate for this metric, side and date is in the database.'),
    ).toBeTruthy();
  });
});
