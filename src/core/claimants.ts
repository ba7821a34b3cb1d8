import type { ClaimantKind } from './vocabulary';

/**
 * The claimant registry: every body whose figures we show, with one canonical id each.
 * `aliases` are lower-case phrases by which articles name the claimant ("the General Staff",
 * "Ukraine's Ministry of Defence"); detection uses them to attribute a figure, the database build
 * uses `datasetNames` to map a dataset's own spelling of a claimant to its id.
 */
export interface ClaimantRecord {
  id: string;
  name: string;
  kind: ClaimantKind;
  /** What the claimant's figures count, in one plain sentence for the reader. */
  counts: string;
  /** https: homepage of the claimant or of its publication. */
  homepage: string;
  aliases: readonly string[];
  /** Spellings used by the raw datasets (e.g. The Economist's "UK MoD", "UK Ministry of Defence"). */
  datasetNames?: readonly string[];
}

export const CLAIMANTS: readonly ClaimantRecord[] = [
  {
    id: 'ua-general-staff',
    name: 'General Staff of Ukraine',
    kind: 'party-to-conflict',
    counts:
      'Daily cumulative claims of Russian losses; "personnel" counts killed and wounded together.',
    homepage: 'https://www.zsu.gov.ua/',
    // Ukraine's Ministry of Defence publishes the General Staff's daily tally.
    aliases: [
      'general staff',
      "ukraine's ministry of defence",
      "ukraine's ministry of defense",
      'ukrainian ministry of defence',
      'ukrainian ministry of defense',
      "ukraine's defence ministry",
      "ukraine's defense ministry",
      'armed forces of ukraine',
    ],
    datasetNames: ['Armed Forces of Ukraine'],
  },
  {
    id: 'oryx',
    name: 'Oryx',
    kind: 'independent',
    counts: 'Equipment losses confirmed by photo or video evidence: a lower bound by method.',
    homepage: 'https://www.oryxspioenkop.com/',
    aliases: ['oryx'],
  },
  {
    id: 'ru-mod',
    name: 'Russian Ministry of Defence',
    kind: 'party-to-conflict',
    counts:
      'Occasional claims about its own losses and daily claims about Ukrainian losses; tanks and other armoured vehicles as one figure.',
    homepage: 'https://mil.ru/',
    aliases: [
      "russia's ministry of defence",
      "russia's ministry of defense",
      'russian ministry of defence',
      'russian ministry of defense',
      "russia's defence ministry",
      "russia's defense ministry",
      "russia's last official tally",
      'the kremlin',
    ],
    datasetNames: ['Russian Ministry of Defence', 'Russian Ministry of Defense'],
  },
  {
    id: 'nato',
    name: 'NATO officials',
    kind: 'international-org',
    counts: 'Intelligence-based estimates shared by NATO officials.',
    homepage: 'https://www.nato.int/',
    aliases: [
      'nato officials',
      'nato official',
      'nato',
      'supreme allied commander europe',
      'saceur',
    ],
    // "NATO nations (via NYT)" is an estimate shared by NATO members' officials: one body for the
    // reader, so it is not split into a separate claimant.
    datasetNames: [
      'NATO officials (via WP)',
      'NATO officials (via media24)',
      'NATO nations (via NYT)',
      'NATO Supreme Allied Commander Europe',
    ],
  },
  {
    id: 'ohchr',
    name: 'UN Human Rights Monitoring Mission in Ukraine (OHCHR)',
    kind: 'international-org',
    counts: 'Civilian deaths and injuries it has individually verified: a lower bound by method.',
    homepage: 'https://www.ohchr.org/',
    aliases: [
      'un human rights monitoring mission',
      'human rights monitoring mission',
      'ohchr',
      'un human rights office',
    ],
  },
  {
    id: 'ua-sbu',
    name: 'Security Service of Ukraine (SBU)',
    kind: 'party-to-conflict',
    counts: 'Intercepts and statements; no running tally.',
    homepage: 'https://ssu.gov.ua/',
    aliases: ['sbu', 'security service of ukraine', "ukraine's security service"],
  },
  {
    id: 'ua-president',
    name: 'President of Ukraine',
    kind: 'party-to-conflict',
    counts: "Occasional statements by the President and his Office on both sides' losses.",
    homepage: 'https://www.president.gov.ua/',
    aliases: [
      'president of ukraine',
      "ukraine's president",
      'ukrainian president',
      'president volodymyr zelensky',
      'volodymyr zelensky',
      'zelensky',
      'zelenskyy',
      'zelenskiy',
      'office of the president of ukraine',
      "president's office",
    ],
    datasetNames: ['President of Ukraine', 'Office of the President of Ukraine'],
  },
  {
    id: 'ua-commander-in-chief',
    name: 'Commander-in-Chief of the Armed Forces of Ukraine',
    kind: 'party-to-conflict',
    counts: "Occasional statements on Ukraine's own military losses.",
    homepage: 'https://www.zsu.gov.ua/',
    aliases: [
      'commander-in-chief of the armed forces of ukraine',
      "ukraine's commander-in-chief",
      "ukraine's top general",
      'valerii zaluzhnyi',
      'zaluzhnyi',
    ],
    datasetNames: ['Commander-in-Chief of the Armed Forces of Ukraine'],
  },
  {
    id: 'ua-prosecutor-general',
    name: "Prosecutor General's Office of Ukraine",
    kind: 'party-to-conflict',
    counts:
      'Civilian and child deaths in its criminal investigations; incomplete for occupied and front-line areas.',
    homepage: 'https://www.gp.gov.ua/',
    aliases: [
      "prosecutor general's office",
      'prosecutor general of ukraine',
      "ukraine's prosecutor general",
      'juvenile prosecutors',
    ],
    datasetNames: ["Prosecutor General's Office of Ukraine"],
  },
  {
    id: 'ua-mariupol-city',
    name: 'Mariupol City Council',
    kind: 'party-to-conflict',
    counts: 'City-level counts of civilians killed in Mariupol, not national figures.',
    homepage: 'https://mariupolrada.gov.ua/',
    aliases: ['mariupol city council', 'mayor of mariupol', "mariupol's mayor", 'vadym boichenko'],
    datasetNames: ['Mariupol City Council', 'Mayor of Mariupol'],
  },
  {
    id: 'ua-confidential-estimate',
    name: 'Ukrainian government (confidential estimate, leaked)',
    kind: 'party-to-conflict',
    counts: "An unpublished Ukrainian estimate of Ukraine's own losses, as reported by the press.",
    homepage: 'https://www.wsj.com/',
    aliases: ['confidential ukrainian estimate'],
    datasetNames: ['Ukrainian estimate (leak via WSJ)'],
  },
  {
    id: 'uk-mod',
    name: 'UK Ministry of Defence',
    kind: 'third-government',
    counts:
      'Defence Intelligence estimates of Russian dead and wounded; some statements include deserters.',
    homepage: 'https://www.gov.uk/government/organisations/ministry-of-defence',
    aliases: [
      'uk ministry of defence',
      'uk ministry of defense',
      'british ministry of defence',
      'uk defence ministry',
      'british defence ministry',
      'uk defence intelligence',
      'british defence intelligence',
      'uk defence secretary',
      'british defence secretary',
      'ben wallace',
      'chief of the defence staff',
      'tony radakin',
    ],
    datasetNames: [
      'UK MoD',
      'UK Ministry of Defence',
      'UK Defence Secretary',
      'UK Chief of the Defence Staff',
    ],
  },
  {
    id: 'uk-fcdo',
    name: 'UK Foreign, Commonwealth & Development Office',
    kind: 'third-government',
    counts: 'UK government statements (e.g. to the OSCE) relaying Defence Intelligence estimates.',
    homepage: 'https://www.gov.uk/government/organisations/foreign-commonwealth-development-office',
    aliases: ['uk foreign office', 'british foreign office', 'uk delegation to the osce'],
    datasetNames: ['UK Foreign ministry'],
  },
  {
    id: 'us-dod',
    name: 'US Department of Defense',
    kind: 'third-government',
    counts:
      'Estimates by the Secretary of Defense, the Joint Chiefs and (leaked) Pentagon documents.',
    homepage: 'https://www.defense.gov/',
    aliases: [
      'pentagon',
      'us department of defense',
      'u.s. department of defense',
      'us defense secretary',
      'lloyd austin',
      'joint chiefs',
      'mark milley',
      'general milley',
    ],
    datasetNames: ['US DoD', 'US Sec of Def', 'US Joint Chiefs Chairman', 'Pentagon leak'],
  },
  {
    id: 'us-officials',
    name: 'US officials (unnamed, via the press)',
    kind: 'third-government',
    counts: 'Estimates by unnamed US officials, reported by newspapers.',
    homepage: 'https://www.nytimes.com/',
    aliases: ['us officials', 'u.s. officials', 'american officials'],
    datasetNames: ['US officials (via NYT)', 'US officials (via The Economist)'],
  },
  {
    id: 'us-white-house',
    name: 'White House National Security Council',
    kind: 'third-government',
    counts: 'Occasional estimates of Russian losses, sometimes for one battle or period only.',
    homepage: 'https://www.whitehouse.gov/',
    aliases: ['white house', 'national security council', 'john kirby'],
    datasetNames: ['White House National Security Council'],
  },
  {
    id: 'us-intelligence',
    name: 'US intelligence community',
    kind: 'third-government',
    counts: 'Declassified intelligence assessments of Russian losses.',
    homepage: 'https://www.dni.gov/',
    aliases: [
      'us intelligence',
      'u.s. intelligence',
      'american intelligence',
      'director of national intelligence',
    ],
    datasetNames: [
      'US intelligence services',
      'US intelligence community (declassified assessment)',
    ],
  },
  {
    id: 'cia',
    name: 'CIA',
    kind: 'third-government',
    counts: "The CIA director's public estimates of Russian losses.",
    homepage: 'https://www.cia.gov/',
    aliases: ['cia', 'central intelligence agency', 'cia director', 'william burns'],
    datasetNames: ['CIA'],
  },
  {
    id: 'western-intelligence',
    name: 'Western intelligence agencies (unnamed, via the press)',
    kind: 'third-government',
    counts: 'Estimates attributed to unnamed Western intelligence agencies.',
    homepage: 'https://www.wsj.com/',
    aliases: ['western intelligence', 'western intelligence agencies', 'western officials'],
    datasetNames: ['Western intelligence agencies (via WSJ)'],
  },
  {
    id: 'france-mfa',
    name: 'French Ministry for Europe and Foreign Affairs',
    kind: 'third-government',
    counts: "The French foreign minister's estimates of Russian losses.",
    homepage: 'https://www.diplomatie.gouv.fr/',
    aliases: ['french foreign minister', 'french foreign ministry'],
    datasetNames: ['French foreign minister'],
  },
  {
    id: 'norway-intelligence',
    name: 'Norwegian Intelligence Service',
    kind: 'third-government',
    counts: 'Estimates of Russian losses in its annual threat assessment.',
    homepage: 'https://www.etterretningstjenesten.no/',
    aliases: [
      'norwegian intelligence',
      'norwegian defence intelligence',
      'norwegian intelligence service',
    ],
    datasetNames: ['Norwegian Defense Intelligence'],
  },
  {
    id: 'netherlands-mivd',
    name: 'Dutch Military Intelligence and Security Service (MIVD)',
    kind: 'third-government',
    counts: "Estimates of both sides' losses in its annual report.",
    homepage: 'https://www.defensie.nl/organisatie/mivd',
    aliases: ['mivd', 'dutch military intelligence', 'dutch intelligence'],
    datasetNames: [
      'Dutch Military Intelligence and Security Service (MIVD)',
      'Dutch Military Intelligence and Security Service (MIVD; note, timing clarified via email)',
    ],
  },
  {
    id: 'csis',
    name: 'Center for Strategic and International Studies (CSIS)',
    kind: 'independent',
    counts: "A Washington think tank's estimates of both sides' dead and wounded.",
    homepage: 'https://www.csis.org/',
    aliases: [
      'csis',
      'center for strategic and international studies',
      'centre for strategic and international studies',
    ],
    datasetNames: ['CSIS', 'The Centre for Strategic and International Studies'],
  },
  {
    id: 'iiss',
    name: 'International Institute for Strategic Studies (IISS)',
    kind: 'independent',
    counts: "A London think tank's estimates of Russian dead and wounded.",
    homepage: 'https://www.iiss.org/',
    aliases: ['iiss', 'international institute for strategic studies'],
    datasetNames: ['IISS'],
  },
  {
    id: 'mediazona-meduza',
    name: 'Mediazona and Meduza',
    kind: 'media-estimate',
    counts:
      'Named Russian dead (with BBC Russian) plus probate-registry estimates of all Russian military deaths.',
    homepage: 'https://zona.media/',
    aliases: ['mediazona', 'meduza'],
    datasetNames: ['Mediazona; Meduza', 'Mediazona; Meduza (cumulative)'],
  },
  {
    id: 'bbc-russian',
    name: 'BBC News Russian',
    kind: 'media-estimate',
    counts: 'Russian dead identified by name, and estimates of the total extrapolated from them.',
    homepage: 'https://www.bbc.com/russian',
    aliases: ['bbc russian', 'bbc russian service', 'bbc news russian'],
    datasetNames: ['BBC Russia'],
  },
  {
    id: 'kobak',
    name: 'Dmitry Kobak (excess-mortality estimate)',
    kind: 'independent',
    counts: 'A statistical estimate of Russian war deaths from excess male mortality.',
    homepage: 'https://github.com/dkobak/excess-mortality-war',
    aliases: ['dmitry kobak', 'kobak'],
    datasetNames: ['Excess deaths estimate (D. Kobak)'],
  },
  {
    id: 'ualosses',
    name: 'UALosses',
    kind: 'independent',
    counts:
      'Ukrainian dead (and missing) identified by name from public obituaries: a lower bound.',
    homepage: 'https://ualosses.org/',
    aliases: ['ualosses', 'ua losses'],
    datasetNames: ['UAlosses'],
  },
  {
    id: 'memory-book',
    name: 'The Memory Book (Ukrainian civic project)',
    kind: 'independent',
    counts: 'Ukrainian defenders killed, identified by name.',
    homepage: 'https://memorybook.org.ua/',
    aliases: ['memory book', 'book of memory'],
    datasetNames: ['The Memory Book'],
  },
  {
    id: 'lostarmour',
    name: 'LostArmour',
    kind: 'independent',
    counts: 'A pro-Russian project listing Ukrainian dead it has identified.',
    homepage: 'https://lostarmour.info/',
    aliases: ['lostarmour', 'lost armour'],
    datasetNames: ['Lostarmour'],
  },
  {
    id: 'yurii-butusov',
    name: 'Yurii Butusov (journalist)',
    kind: 'media-estimate',
    counts: "A Ukrainian war journalist's estimate of Ukraine's losses.",
    homepage: 'https://censor.net/',
    aliases: ['yurii butusov', 'yuriy butusov', 'butusov'],
    // The Economist spells the name "Butosov".
    datasetNames: ['Yurii Butosov'],
  },
];

const BY_ID = new Map(CLAIMANTS.map((claimant) => [claimant.id, claimant]));

/** The registry record for an id, or undefined for an unknown id. */
export function claimantById(id: string): ClaimantRecord | undefined {
  return BY_ID.get(id);
}
