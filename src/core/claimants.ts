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
    aliases: ['nato officials', 'nato official', 'nato'],
    datasetNames: ['NATO officials (via WP)'],
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
];

const BY_ID = new Map(CLAIMANTS.map((claimant) => [claimant.id, claimant]));

/** The registry record for an id, or undefined for an unknown id. */
export function claimantById(id: string): ClaimantRecord | undefined {
  return BY_ID.get(id);
}
