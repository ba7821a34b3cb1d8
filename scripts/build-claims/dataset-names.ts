/**
 * How each raw dataset spells a claimant (The Economist's "UK MoD", "UK Ministry of Defence"),
 * by registry id (src/core/claimants.ts). Only the claims build reads these: they stay out of the
 * registry, which the content script carries to every page.
 */
export const DATASET_NAMES: Readonly<Record<string, readonly string[]>> = {
  'ua-general-staff': ['Armed Forces of Ukraine'],
  'ru-mod': ['Russian Ministry of Defence', 'Russian Ministry of Defense'],
  nato: [
    'NATO officials (via WP)',
    'NATO officials (via media24)',
    'NATO nations (via NYT)',
    'NATO Supreme Allied Commander Europe',
  ],
  'ua-president': ['President of Ukraine', 'Office of the President of Ukraine'],
  'ua-commander-in-chief': ['Commander-in-Chief of the Armed Forces of Ukraine'],
  'ua-prosecutor-general': ["Prosecutor General's Office of Ukraine"],
  'ua-mariupol-city': ['Mariupol City Council', 'Mayor of Mariupol'],
  'ua-confidential-estimate': ['Ukrainian estimate (leak via WSJ)'],
  'uk-mod': [
    'UK MoD',
    'UK Ministry of Defence',
    'UK Defence Secretary',
    'UK Chief of the Defence Staff',
  ],
  'uk-fcdo': ['UK Foreign ministry'],
  'us-dod': ['US DoD', 'US Sec of Def', 'US Joint Chiefs Chairman', 'Pentagon leak'],
  'us-officials': ['US officials (via NYT)', 'US officials (via The Economist)'],
  'us-white-house': ['White House National Security Council'],
  'us-intelligence': [
    'US intelligence services',
    'US intelligence community (declassified assessment)',
  ],
  cia: ['CIA'],
  'western-intelligence': ['Western intelligence agencies (via WSJ)'],
  'france-mfa': ['French foreign minister'],
  'norway-intelligence': ['Norwegian Defense Intelligence'],
  'netherlands-mivd': [
    'Dutch Military Intelligence and Security Service (MIVD)',
    'Dutch Military Intelligence and Security Service (MIVD; note, timing clarified via email)',
  ],
  csis: ['CSIS', 'The Centre for Strategic and International Studies'],
  iiss: ['IISS'],
  'mediazona-meduza': ['Mediazona; Meduza', 'Mediazona; Meduza (cumulative)'],
  'bbc-russian': ['BBC Russia'],
  kobak: ['Excess deaths estimate (D. Kobak)'],
  ualosses: ['UAlosses'],
  'memory-book': ['The Memory Book'],
  lostarmour: ['Lostarmour'],
  'yurii-butusov': ['Yurii Butosov'],
};
