import { estimate } from '../../claims/testing/comparisons';
import type { Comparison, Estimate } from '../../claims/types';

// The 2026 case of issue 15: "Between 160,000 and 230,000 Russian soldiers have been killed"
// (2026-08-23), as the bundled database answers it — killed-only estimates and killed-and-wounded
// ones, from parties, intelligence services, media counts and models. Mediazona's and the
// Russian MoD's rows are added (the 2026 data has neither) so every kind of row is there.
export const killed = (overrides: Partial<Estimate>) =>
  estimate({ metric: 'personnel_killed', cited: false, flags: ['differs'], ...overrides });
const casualties = (overrides: Partial<Estimate>) =>
  killed({ metric: 'personnel_casualties', flags: ['differs', 'metric-mismatch'], ...overrides });

export const party = { claimantKind: 'party-to-conflict', method: 'party-claim' } as const;
export const intel = { claimantKind: 'third-government', method: 'intelligence-estimate' } as const;
const model = { claimantKind: 'media-estimate', method: 'statistical-model' } as const;
export const named = { claimantKind: 'independent', method: 'named-dead' } as const;

/** The 2026 case of issue 15, a dozen estimates over two measures (see above). */
export function dense(): Comparison {
  return {
    query: {
      metric: 'personnel_killed',
      side: 'russia',
      unit: 'count',
      value: null,
      low: 160_000,
      high: 230_000,
      qualifier: 'exact',
      asOf: '2026-08-23',
    },
    estimates: [
      killed({
        claimantId: 'bbc-russian',
        value: null,
        low: 369_000,
        high: 523_000,
        qualifier: 'about',
        claimantName: 'BBC Russian',
        ...model,
        date: '2026-06-12',
      }),
      killed({
        claimantId: 'csis',
        value: null,
        low: 400_000,
        high: 450_000,
        qualifier: 'about',
        claimantName: 'CSIS',
        ...intel,
        date: '2026-06-30',
      }),
      killed({
        claimantId: 'economist-meta',
        value: 490_321,
        interval: { low: 417_284, high: 579_031 },
        qualifier: 'about',
        claimantName: 'The Economist',
        ...model,
        date: '2026-08-21',
      }),
      killed({
        claimantId: 'nato',
        value: 500_000,
        claimantName: 'NATO officials',
        ...intel,
        date: '2026-06-17',
      }),
      killed({
        claimantId: 'uk-mod',
        value: 500_000,
        claimantName: 'UK Ministry of Defence',
        ...intel,
        date: '2026-05-27',
      }),
      killed({
        claimantId: 'mediazona',
        value: 219_000,
        claimantName: 'Mediazona',
        ...named,
        date: '2026-08-15',
      }),
      killed({
        claimantId: 'ru-mod',
        value: 5_937,
        claimantName: 'Russian MoD',
        ...party,
        date: '2022-09-21',
      }),
      casualties({
        claimantId: 'nato',
        value: null,
        low: 1_300_000,
        high: 1_400_000,
        qualifier: 'about',
        claimantName: 'NATO officials',
        ...intel,
        date: '2026-06-17',
      }),
      casualties({
        claimantId: 'uk-mod',
        value: 1_300_000,
        claimantName: 'UK Ministry of Defence',
        ...intel,
        date: '2026-04-30',
      }),
      casualties({
        claimantId: 'ua-general-staff',
        value: 1_475_270,
        qualifier: 'about',
        claimantName: 'General Staff of Ukraine',
        ...party,
        date: '2026-08-22',
      }),
      casualties({
        claimantId: 'csis',
        value: 1_490_000,
        claimantName: 'CSIS',
        ...intel,
        date: '2026-06-30',
      }),
    ],
  };
}
