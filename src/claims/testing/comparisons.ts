import type { Comparison, Estimate, MatchQuery } from '../types';

/** The seed article's "790 tanks" as the content script asks about it (no claimant cited). */
export const TANKS_QUERY: Readonly<MatchQuery> = Object.freeze({
  metric: 'tanks',
  side: 'russia',
  unit: 'count',
  value: 790,
  qualifier: 'exact',
  asOf: '2022-04-18',
});

/** A realistic estimate (the seed article's "790 tanks"), with overrides. */
export function estimate(overrides: Partial<Estimate> = {}): Estimate {
  return {
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
    ...overrides,
  };
}

/** The comparison for "790 tanks": the General Staff's 790 and Oryx's 519. */
export function tanksComparison(): Comparison {
  return {
    query: { ...TANKS_QUERY, claimant: 'ua-general-staff' },
    // As the background names the cited claimant (match.ts).
    citedName: 'General Staff of Ukraine',
    estimates: [
      estimate(),
      estimate({
        claimantId: 'oryx',
        claimantName: 'Oryx',
        claimantKind: 'independent',
        method: 'visually-confirmed',
        value: 519,
        sourceUrl:
          'https://www.oryxspioenkop.com/2022/02/attack-on-europe-documenting-equipment.html',
        dataset: 'oryx_scarnecchia',
        cited: false,
        flags: ['differs', 'lower-bound'],
      }),
    ],
  };
}
