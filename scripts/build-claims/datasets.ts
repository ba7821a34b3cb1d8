/**
 * What the manifest tells a reader about each dataset the bundle draws on, copied from
 * ../shared/data/PROVENANCE.md: who published it, under what licence, and which public
 * repository and commit the files were copied from.
 */
export interface DatasetInfo {
  /** The folder under shared/data. */
  id: string;
  title: string;
  /** The original publisher of the figures. */
  publisher: string;
  licence: string;
  /**
   * https: link to the repository the files were copied from; empty for the curated statements,
   * which were compiled for this project and link to a source page per statement instead.
   */
  link: string;
  commit: string | null;
  /** Committer date of that commit (YYYY-MM-DD). */
  commitDate: string | null;
}

export const DATASETS: readonly DatasetInfo[] = [
  {
    id: 'ua_genstaff_petroivaniuk',
    title: 'General Staff of Ukraine daily losses (2022 Ukraine-Russia War Dataset)',
    publisher: 'General Staff of the Armed Forces of Ukraine / Ministry of Defence of Ukraine',
    licence: 'MIT',
    link: 'https://github.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset',
    commit: '37655f8bbdd6806d2f94416253116b02a750c97b',
    commitDate: '2026-08-08',
  },
  {
    id: 'ua_mod_orc_losses',
    title: 'Orc Losses: the daily reports with a link to each Ministry of Defence page',
    publisher: 'Ministry of Defence of Ukraine, relaying the General Staff',
    licence: 'MIT',
    link: 'https://github.com/lod-db/orc-losses',
    commit: '01f978c94cc59abdd623051c998414f912eb6343',
    commitDate: '2026-08-22',
  },
  {
    id: 'ua_genstaff_minfin_mirror',
    title: 'Russian losses in Ukraine (mirror of index.minfin.com.ua)',
    publisher: 'General Staff of the Armed Forces of Ukraine',
    licence: 'none stated',
    link: 'https://github.com/romansverdan/russian-Losses-in-Ukraine',
    commit: '0c0f466f96cf3e13ea2de21bf26ba8197c2c37b6',
    commitDate: '2026-08-22',
  },
  {
    id: 'oryx_scarnecchia',
    title: 'Oryx visually confirmed equipment losses (daily scrape and its history)',
    publisher: 'Oryx (oryxspioenkop.com)',
    licence: 'CC BY 4.0',
    link: 'https://github.com/scarnecchia/oryx_data',
    commit: 'a8624b4781666b73440fba89824133cb41531a72',
    commitDate: '2025-07-19',
  },
  {
    id: 'ohchr_via_reliefweb',
    title: 'UN civilian casualty counts for Ukraine (ReliefWeb Crisis app data)',
    publisher: 'UN OHCHR / Human Rights Monitoring Mission in Ukraine, via ReliefWeb',
    licence: 'none stated',
    link: 'https://github.com/reliefweb/crisis-app-data',
    commit: '4510e3ba8c2ea8c7a8477a26854513bb6351842a',
    commitDate: '2024-02-29',
  },
  {
    id: 'ru_mod_claims_heroes',
    title: 'Russian Ministry of Defence daily briefings (February to July 2022)',
    publisher: 'Ministry of Defence of the Russian Federation',
    licence: 'none stated',
    link: 'https://github.com/antivitla/heroes',
    commit: '3dda9f17a726d7802f075daa00c70a7790023981',
    commitDate: '2022-07-09',
  },
  {
    id: 'economist_estimates',
    title: "The Economist's list of estimates of soldiers killed and wounded",
    publisher: 'The Economist, compiling many claimants',
    licence: 'MIT',
    link: 'https://github.com/TheEconomist/the-economist-ukraine-war-dead-and-wounded-estimates',
    commit: '978a24b4abdcca2ca6e89e2158dc5c281ea760ca',
    commitDate: '2026-08-22',
  },
  {
    id: 'gaza_techforpalestine',
    title: 'Gaza, West Bank and Lebanon daily casualty counts (Tech For Palestine)',
    publisher:
      'Gaza Ministry of Health and Government Media Office; UN OCHA (West Bank); Lebanon Ministry of Public Health',
    licence: 'public domain (Unlicense-style dedication)',
    link: 'https://github.com/TechForPalestine/palestine-datasets',
    commit: '9ea6456f4437dac6f04e22eaab85b0ec88601179',
    commitDate: '2026-08-22',
  },
  {
    id: 'curated_statements',
    title: 'Official statements, verified one by one against public pages',
    publisher: 'Compiled for Crosscount; each statement links to its own source page',
    licence: 'facts with citations',
    link: '',
    commit: null,
    commitDate: null,
  },
];
