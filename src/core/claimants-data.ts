import type { ClaimantRecord } from './claimants';
import { MIDDLE_EAST_CLAIMANTS } from './claimants-data-middle-east';
import { OTHER_CLAIMANTS } from './claimants-data-others';

/**
 * The registry's records (see ClaimantRecord in ./claimants.ts), kept apart from the lookup code
 * because the list grows with every dataset: the parties to the war, Oryx, NATO and the UN here;
 * third governments, think tanks and media in ./claimants-data-others.ts. Order is kept.
 */
export const CLAIMANTS: readonly ClaimantRecord[] = [
  {
    id: 'ua-general-staff',
    name: 'General Staff of Ukraine',
    short: 'the General Staff',
    kind: 'party-to-conflict',
    counts:
      'Daily cumulative claims of Russian losses; "personnel" counts killed and wounded together.',
    homepage: 'https://www.zsu.gov.ua/',
    // Ukraine's Ministry of Defence publishes the General Staff's daily tally.
    // One post every morning since 25 February 2022.
    cadence: { every: 'daily', staleAfterDays: 2 },
    runningTotal: true,
  },
  {
    id: 'oryx',
    name: 'Oryx',
    kind: 'independent',
    counts: 'Equipment losses confirmed by photo or video evidence: a lower bound by method.',
    homepage: 'https://www.oryxspioenkop.com/',
    // The lists change almost daily; the history has a commit only when a count changed.
    cadence: { every: 'almost daily', staleAfterDays: 7, carriesForward: true },
    runningTotal: true,
  },
  {
    id: 'ru-mod',
    name: 'Russian Ministry of Defence',
    short: 'the Russian MoD',
    kind: 'party-to-conflict',
    counts:
      'Occasional claims about its own losses and daily claims about Ukrainian losses; tanks and other armoured vehicles as one figure.',
    homepage: 'https://mil.ru/',
    // Daily briefings in 2022, with a missed day now and then.
    cadence: { every: 'daily', staleAfterDays: 3 },
    runningTotal: true,
  },
  {
    id: 'nato',
    name: 'NATO officials',
    kind: 'international-org',
    counts: 'Intelligence-based estimates shared by NATO officials.',
    homepage: 'https://www.nato.int/',
    // "NATO nations (via NYT)" is an estimate shared by NATO members' officials: one body for the
    // reader, so it is not split into a separate claimant.
  },
  {
    id: 'ohchr',
    name: 'UN Human Rights Monitoring Mission in Ukraine (OHCHR)',
    short: 'OHCHR',
    kind: 'international-org',
    counts: 'Civilian deaths and injuries it has individually verified: a lower bound by method.',
    homepage: 'https://www.ohchr.org/',
    // Daily updates in spring 2022, then every two weeks, then monthly.
    cadence: { every: 'every few weeks', staleAfterDays: 35 },
    runningTotal: true,
  },
  {
    id: 'ua-sbu',
    name: 'Security Service of Ukraine (SBU)',
    short: 'the SBU',
    kind: 'party-to-conflict',
    counts: 'Intercepts and statements; no running tally.',
    homepage: 'https://ssu.gov.ua/',
  },
  {
    id: 'ua-president',
    name: 'President of Ukraine',
    short: 'the President of Ukraine',
    kind: 'party-to-conflict',
    counts: "Occasional statements by the President and his Office on both sides' losses.",
    homepage: 'https://www.president.gov.ua/',
  },
  {
    id: 'ua-commander-in-chief',
    name: 'Commander-in-Chief of the Armed Forces of Ukraine',
    short: "Ukraine's Commander-in-Chief",
    kind: 'party-to-conflict',
    counts: "Occasional statements on Ukraine's own military losses.",
    homepage: 'https://www.zsu.gov.ua/',
  },
  {
    id: 'ua-prosecutor-general',
    name: "Prosecutor General's Office of Ukraine",
    short: "Ukraine's Prosecutor General",
    kind: 'party-to-conflict',
    counts:
      'Civilian and child deaths in its criminal investigations; incomplete for occupied and front-line areas.',
    homepage: 'https://www.gp.gov.ua/',
  },
  {
    id: 'ua-mariupol-city',
    name: 'Mariupol City Council',
    short: 'the Mariupol City Council',
    kind: 'party-to-conflict',
    counts: 'City-level counts of civilians killed in Mariupol, not national figures.',
    homepage: 'https://mariupolrada.gov.ua/',
  },
  {
    id: 'ua-confidential-estimate',
    name: 'Ukrainian government (confidential estimate, leaked)',
    short: 'a leaked Ukrainian estimate',
    kind: 'party-to-conflict',
    counts: "An unpublished Ukrainian estimate of Ukraine's own losses, as reported by the press.",
    homepage: 'https://www.wsj.com/',
  },
  ...OTHER_CLAIMANTS,
  ...MIDDLE_EAST_CLAIMANTS,
];
