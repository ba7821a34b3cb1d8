// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { formatCitation } from '../citation';
import { I18N, renderWithI18n } from '../testing/render';
import { troopsReading } from '../testing/troops-reading';
import { Tooltip } from './Tooltip';

/*
 * A figure whose wording allows two measures ("Russia has lost 180,000 troops": killed and
 * wounded by our rules, killed to some readers; docs/DETECTION.md §7), on the committed bundle:
 * the tooltip says how it was read, or that it could not be, in the reader's language.
 */

afterEach(cleanup);

const troops = troopsReading;

// The President of Ukraine said 180,000 Russian soldiers were killed (25 Feb 2024).
const settled = () => troops(180_000, '2024-02-25', 'ua-president');
// The UK MoD's 501,647 put to the General Staff, whose figure that day was about 508,780: neither
// its killed-and-wounded total nor any killed figure of its own equals it.
const ambiguous = () => troops(501_647, '2024-06-01', 'ua-general-staff');

describe('Tooltip: how a figure with two possible measures was read', () => {
  it('says which measure the cited claimant settles, as the description of the dialog', () => {
    renderWithI18n(<Tooltip id="t" text="180,000 troops" comparison={settled()} />);
    const line =
      'Measure set by the data: President of Ukraine gave this number for personnel killed on 25 Feb 2024.';
    const dialog = screen.getByRole('dialog', { name: /180,000 troops/, description: line });
    expect(within(dialog).getByText(line).tagName).toBe('P');
    expect(within(dialog).getByText('Read as: 180,000 personnel killed.', { exact: false })).toBe(
      dialog.querySelector('.cc-subline'),
    );
  });

  it('says so in Ukrainian', () => {
    renderWithI18n(<Tooltip id="t" text="180 тисяч військових" comparison={settled()} />, I18N.uk);
    // The date leads, so its own closing "р." never doubles the sentence's full stop.
    const line =
      /^Показник визначено за даними: станом на 25 лют\. 2024( р\.)? джерело President of Ukraine подало саме цю цифру для «загиблі військові»\.$/;
    expect(screen.getByRole('dialog', { description: line })).toBeTruthy();
    expect(screen.getByText(line).tagName).toBe('P');
  });

  it('says when the measure stays open, and marks no estimate as differing', () => {
    const { container } = renderWithI18n(
      <Tooltip id="t" text="501,647 troops" comparison={ambiguous()} />,
    );
    const line =
      'The wording allows personnel killed and wounded, or personnel killed: no estimate is marked as differing.';
    const dialog = screen.getByRole('dialog', { description: line });
    expect(within(dialog).getAllByRole('row').length).toBeGreaterThan(1);
    for (const flag of ['differs', 'digits-swapped', 'below-floor', 'metric-mismatch']) {
      expect(container.querySelector(`.cc-flag-${flag}`)).toBeNull();
    }
  });

  it('says the measure stays open in Ukrainian', () => {
    const { container } = renderWithI18n(
      <Tooltip id="t" text="501 647 військових" comparison={ambiguous()} />,
      I18N.uk,
    );
    const line =
      'Формулювання допускає і «загиблі й поранені військові», і «загиблі військові»: жодну оцінку не позначено як розбіжну.';
    expect(screen.getByRole('dialog', { description: line })).toBeTruthy();
    expect(container.querySelector('.cc-flag-differs')).toBeNull();
  });

  it('has no reading line, and no description, for a figure with one measure', () => {
    const { reading: _, ...plain } = settled();
    renderWithI18n(<Tooltip id="t" text="180,000 troops" comparison={plain} />);
    expect(screen.getByRole('dialog').hasAttribute('aria-describedby')).toBe(false);
    expect(screen.queryByText(/^Measure set by the data/)).toBeNull();
  });

  it('renders a hostile claimant name in the reading as inert text', () => {
    const comparison = settled();
    comparison.reading = {
      kind: 'settled',
      metric: 'personnel_killed',
      claimantId: 'ua-president',
      claimantName: '<img src=x onerror=alert(1)>',
      date: '2024-02-25',
    };
    const { container } = renderWithI18n(
      <Tooltip id="t" text="180,000 troops" comparison={comparison} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(/data: <img src=x onerror=alert\(1\)> gave this number/)).toBeTruthy();
  });
});

describe('formatCitation: the reading travels with the copied figure', () => {
  it('adds the settled reading to the opening sentence', () => {
    const [opening] = formatCitation(I18N.en, '180,000 troops', settled(), 'text').split('\n');
    expect(opening).toBe(
      '180,000 troops (Russian losses, as of 25 Feb 2024). The article attributes it to President of Ukraine. Measure set by the data: President of Ukraine gave this number for personnel killed on 25 Feb 2024.',
    );
  });

  it('says in Ukrainian that the measure stays open, and lists no estimate as differing', () => {
    const citation = formatCitation(I18N.uk, '501 647 військових', ambiguous(), 'markdown');
    const [opening, ...rest] = citation.split('\n');
    expect(opening).toMatch(
      /Формулювання допускає і «загиблі й поранені військові», і «загиблі військові»: жодну оцінку не позначено як розбіжну\.$/,
    );
    expect(rest.join('\n')).not.toContain('інша цифра');
  });
});
