import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import type { Comparison } from '../claims/types';
import { formatCitation } from './citation';
import { translatorFor } from './i18n';

const i18n = { t: translatorFor(en), locale: 'en-GB' };

const comparison: Comparison = {
  query: {
    metric: 'tanks',
    side: 'russia',
    unit: 'count',
    value: 790,
    qualifier: 'exact',
    asOf: '2022-04-18',
    claimant: 'ua-general-staff',
  },
  estimates: [
    {
      claimantId: 'ua-general-staff',
      claimantName: 'General Staff of Ukraine',
      claimantKind: 'party-to-conflict',
      method: 'party-claim',
      metric: 'tanks',
      date: '2022-04-18',
      value: 790,
      qualifier: 'exact',
      sourceUrl: 'https://www.mil.gov.ua/news/2022/04/18/example',
      dataset: 'ua_mod_orc_losses',
      cited: true,
      flags: ['matches'],
    },
    {
      claimantId: 'oryx',
      claimantName: 'Oryx',
      claimantKind: 'independent',
      method: 'visually-confirmed',
      metric: 'tanks',
      date: '2022-04-18',
      value: 519,
      qualifier: 'exact',
      sourceUrl: 'javascript:alert(1)',
      dataset: 'oryx_scarnecchia',
      cited: false,
      flags: ['lower-bound'],
    },
  ],
};

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
