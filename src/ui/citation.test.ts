import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { tanksComparison } from '../claims/testing/comparisons';
import type { Estimate } from '../claims/types';
import { formatCitation } from './citation';
import { translatorFor } from './i18n';

const i18n = { t: translatorFor(en), locale: 'en-GB' };

// Oryx's link is poisoned: a citation must only ever carry https links.
const comparison = tanksComparison();
(comparison.estimates[1] as Estimate).sourceUrl = 'javascript:alert(1)';

describe('formatCitation', () => {
  it('writes Markdown with claimants, dates, methods, flags and https links only', () => {
    expect(formatCitation(i18n, '790 tanks', comparison, 'markdown')).toBe(
      [
        '**790 tanks** (Russian losses, as of 18 Apr 2022). The article attributes it to General Staff of Ukraine.',
        '- General Staff of Ukraine: 790 (18 Apr 2022, party claim, same) <https://www.mil.gov.ua/news/2022/04/18/example>',
        '- Oryx: 519 (18 Apr 2022, visually confirmed, lower bound)',
        'Compared with Crosscount.',
      ].join('\n'),
    );
  });

  it('writes plain text without Markdown markup', () => {
    const text = formatCitation(i18n, '790 tanks', comparison, 'text');
    expect(text).not.toContain('**');
    expect(text).toContain('party claim, same) https://www.mil.gov.ua/news/2022/04/18/example');
  });
});
