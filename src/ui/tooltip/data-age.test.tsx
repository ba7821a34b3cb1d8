// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadClaimsIndex } from '../../claims/claims-index';
import { match } from '../../claims/match';
import type { MatchQuery } from '../../claims/types';
import claimsJson from '../../data/claims.json';
import { I18N, renderWithI18n } from '../testing/render';
import { Tooltip } from './Tooltip';

/** A figure from an article of December 2026; the committed data ends on 22 Aug 2026. */
const index = loadClaimsIndex(claimsJson);
const december = (value: number, extra: Partial<MatchQuery> = {}) =>
  match(index, {
    metric: 'personnel_casualties',
    side: 'russia',
    unit: 'count',
    qualifier: 'about',
    asOf: '2026-12-04',
    claimant: 'ua-general-staff',
    value,
    ...extra,
  });

afterEach(cleanup);

describe('Tooltip for a figure newer than the data', () => {
  it('says where the data ends and shows the latest known figures, marked as older', () => {
    renderWithI18n(<Tooltip id="t" text="1,520,000" comparison={december(1_520_000)} />);
    const dialog = screen.getByRole('dialog');
    const ends = within(dialog).getByText(/data for this ends on 22 Aug 2026, 104 days before/);
    // Announced with the dialog: every figure below is older than the article's.
    expect(dialog.getAttribute('aria-describedby')).toContain(ends.id);
    expect(within(dialog).queryByText(/No other estimate/)).toBeNull();
    const gs = within(dialog).getAllByRole('row')[0] as HTMLElement;
    expect(gs.textContent).toContain('1,475,270');
    expect(gs.textContent).toContain('22 Aug 2026');
    expect(within(gs).getByText('older than the article').getAttribute('data-tip')).toMatch(
      /newest figure in Crosscount's data: the General Staff said about 1,475,270/,
    );
    expect(gs.querySelector('.cc-date-old')).not.toBeNull();
    // A newer, larger figure is expected to differ from older data: not a disagreement.
    expect(within(gs).queryByText('differs')).toBeNull();
  });

  it("flags a figure below the cited claimant's earlier total", () => {
    renderWithI18n(<Tooltip id="t" text="1,375,270" comparison={december(1_375_270)} />);
    const gs = screen.getAllByRole('row')[0] as HTMLElement;
    const chip = within(gs).getByText('below its earlier total');
    expect(chip.getAttribute('data-tip')).toBe(
      "Lower than the General Staff's about 1,475,270 of 22 Aug 2026, and its total only grows: an old figure, or a misquote?",
    );
    expect(within(gs).getByText('differs')).toBeTruthy();
  });

  it('says "no data yet", not "no estimate", when nothing is known after the end', () => {
    const empty = { ...december(1), estimates: [] };
    renderWithI18n(<Tooltip id="t" text="1" comparison={empty} />);
    expect(screen.getByText(/No data yet: .* ends on 22 Aug 2026/)).toBeTruthy();
  });

  it('offers newer data while the update channel is off, and only then', () => {
    const onOfferUpdates = vi.fn();
    renderWithI18n(
      <Tooltip id="t" text="1" comparison={december(1_520_000)} onOfferUpdates={onOfferUpdates} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Get newer data…' }));
    expect(onOfferUpdates).toHaveBeenCalledOnce();
    cleanup();
    renderWithI18n(<Tooltip id="t" text="1" comparison={december(1_520_000)} />);
    expect(screen.queryByRole('button', { name: 'Get newer data…' })).toBeNull();
  });

  it('speaks Ukrainian too', () => {
    renderWithI18n(<Tooltip id="t" text="1" comparison={december(1_520_000)} />, I18N.uk);
    expect(screen.getByText(/закінчуються 22 серп\. 2026 р\., за 104 дні/)).toBeTruthy();
    expect(screen.getAllByText('давніша за статтю').length).toBeGreaterThan(0);
  });
});
