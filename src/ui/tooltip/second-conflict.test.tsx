// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { loadClaimsIndex } from '../../claims/claims-index';
import { match } from '../../claims/match';
import type { MatchQuery } from '../../claims/types';
import claimsJson from '../../data/claims.json';
import { renderWithI18n } from '../testing/render';
import { Tooltip } from './Tooltip';

/** The tooltip over real comparisons of the committed bundle: areas and a model's interval. */
const index = loadClaimsIndex(claimsJson);
const compare = (query: Omit<MatchQuery, 'unit' | 'qualifier'> & Partial<MatchQuery>) =>
  match(index, { unit: 'count', qualifier: 'exact', ...query });

afterEach(cleanup);

describe('Tooltip for the second conflict and a statistical model', () => {
  it('names the area of a Palestinian figure and shows only that area’s tally', () => {
    const comparison = compare({
      metric: 'people_killed',
      side: 'palestine',
      area: 'gaza',
      value: 29_195,
      asOf: '2024-02-20',
      claimant: 'gaza-moh',
    });
    renderWithI18n(<Tooltip id="t" text="29,195 Palestinians" comparison={comparison} />);
    const dialog = screen.getByRole('dialog', {
      name: /29,195 Palestinians · Palestinian losses in Gaza · as of 20 Feb 2024/,
    });
    const rows = within(dialog).getAllByRole('row');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.textContent).toContain('Gaza Ministry of Health');
    expect(rows[0]?.textContent).toContain('29,195');
  });

  it('says why a Palestinian figure of unknown area is compared with nothing', () => {
    const comparison = compare({
      metric: 'people_killed',
      side: 'palestine',
      value: 30_000,
      asOf: '2024-02-20',
    });
    renderWithI18n(<Tooltip id="t" text="30,000 Palestinians" comparison={comparison} />);
    expect(
      screen.getByText(/does not say whether this figure is for Gaza or the West Bank/),
    ).toBeTruthy();
    expect(screen.queryByRole('row')).toBeNull();
  });

  it("shows The Economist's meta-estimate with its 95% interval", () => {
    const comparison = compare({
      metric: 'personnel_killed',
      side: 'russia',
      value: 490_000,
      qualifier: 'about',
      asOf: '2026-08-21',
    });
    renderWithI18n(<Tooltip id="t" text="about 490,000" comparison={comparison} />);
    const meta = screen
      .getAllByRole('row')
      .find((row) => row.textContent?.includes('The Economist'));
    expect(meta?.textContent).toContain('about 490,321 (95% CI 417,284–579,031)');
  });
});
