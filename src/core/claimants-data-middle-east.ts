import type { ClaimantRecord } from './claimants';

/**
 * Claimants of the second conflict in the database: Gaza, the West Bank and Lebanon since
 * October 2023 (see ./claimants-data.ts for the registry as a whole).
 */
export const MIDDLE_EAST_CLAIMANTS: readonly ClaimantRecord[] = [
  {
    id: 'gaza-moh',
    name: 'Gaza Ministry of Health',
    short: 'the Gaza Ministry of Health',
    kind: 'party-to-conflict',
    counts:
      'All Palestinians killed and injured in Gaza since 7 October 2023, without separating civilians from combatants.',
    homepage: 'https://t.me/s/MOHMediaGaza',
    cadence: { every: 'daily', staleAfterDays: 3 },
    runningTotal: true,
  },
  {
    id: 'gaza-gmo',
    name: 'Gaza Government Media Office',
    short: 'the Gaza Government Media Office',
    kind: 'party-to-conflict',
    counts:
      'Totals of Palestinians killed and injured in Gaza, on days without a health-ministry report.',
    homepage: 'https://t.me/s/mediagovps',
    cadence: { every: 'when the ministry does not report', staleAfterDays: 30 },
    runningTotal: true,
  },
  {
    id: 'ocha',
    name: 'UN OCHA',
    short: 'UN OCHA',
    kind: 'international-org',
    counts:
      'Palestinians killed and injured in the West Bank (flash updates); relays Lebanese health-ministry totals.',
    homepage: 'https://www.ochaopt.org/',
    cadence: { every: 'weekly', staleAfterDays: 10 },
    runningTotal: true,
  },
  {
    id: 'lebanon-moph',
    name: 'Lebanon Ministry of Public Health',
    short: "Lebanon's Ministry of Public Health",
    kind: 'party-to-conflict',
    counts:
      'People killed and injured in Lebanon by Israeli strikes, cumulative per phase of the conflict.',
    homepage: 'https://www.moph.gov.lb/',
    cadence: { every: 'every few days', staleAfterDays: 14 },
    runningTotal: true,
  },
];
