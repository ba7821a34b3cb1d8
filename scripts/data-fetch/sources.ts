/**
 * The one table of where `npm run data:fetch` gets each raw file that `npm run build:claims`
 * reads. Provenance, licences and quirks of each dataset: ../shared/data/PROVENANCE.md.
 *
 * - `upstream`: a public GitHub repository, read at a pinned commit from
 *   raw.githubusercontent.com, so the same table always gives the same bytes (checked against
 *   `sha256`). `follow` marks an upstream that is still updated: `--latest` reads its default
 *   branch's newest commit instead, for the scheduled data workflow.
 * - `local`: files with no single public upstream address: the curated statements, compiled for
 *   this project, and Oryx's history, assembled from 621 commits of scarnecchia/oryx_data (whose
 *   scraper stopped on 2025-07-19, so it cannot grow). They are read from the local data folder
 *   given by `--local DIR` (the maintainers' data repository's `data/`, by default ../shared/data),
 *   never copied into this repository: the project holds no raw data, only the database it builds.
 */
export interface UpstreamFile {
  kind: 'upstream';
  /** Folder and file name as build:claims reads them (`<dataset>/<file>`). */
  dataset: string;
  file: string;
  /** owner/name on GitHub. */
  repo: string;
  commit: string;
  /** Path inside the repository at that commit (it may differ from `file`). */
  path: string;
  /** SHA-256 (hex) and size of the file at the pinned commit. */
  sha256: string;
  bytes: number;
  /** True when the upstream is still updated; false when the file was frozen, emptied or deleted after the pin. */
  follow: boolean;
}

export interface LocalFile {
  kind: 'local';
  /** Folder and file name, both in the local data folder and as build:claims reads them. */
  dataset: string;
  file: string;
  /** SHA-256 (hex) and size of the file this table was made with: any other is refused. */
  sha256: string;
  bytes: number;
}

export type SourceFile = UpstreamFile | LocalFile;

const PETRO = {
  repo: 'PetroIvaniuk/2022-Ukraine-Russia-War-Dataset',
  commit: '37655f8bbdd6806d2f94416253116b02a750c97b',
};
const LOD = { repo: 'lod-db/orc-losses', commit: '01f978c94cc59abdd623051c998414f912eb6343' };
const MINFIN = {
  repo: 'romansverdan/russian-Losses-in-Ukraine',
  commit: '0c0f466f96cf3e13ea2de21bf26ba8197c2c37b6',
};
// The file was emptied to [] at the next commit: never follow it.
const RELIEFWEB = {
  repo: 'reliefweb/crisis-app-data',
  commit: '4510e3ba8c2ea8c7a8477a26854513bb6351842a',
};
// The file was deleted at the next commit: never follow it.
const HEROES = { repo: 'antivitla/heroes', commit: '3dda9f17a726d7802f075daa00c70a7790023981' };
const ECONOMIST = {
  repo: 'TheEconomist/the-economist-ukraine-war-dead-and-wounded-estimates',
  commit: '978a24b4abdcca2ca6e89e2158dc5c281ea760ca',
};
const TFP = {
  repo: 'TechForPalestine/palestine-datasets',
  commit: '9ea6456f4437dac6f04e22eaab85b0ec88601179',
};
const ECONOMIST_DIR = 'source-data/deaths-and-casualties-data';

export const SOURCES: readonly SourceFile[] = [
  {
    kind: 'upstream',
    dataset: 'ua_genstaff_petroivaniuk',
    file: 'russia_losses_equipment.json',
    ...PETRO,
    path: 'data/russia_losses_equipment.json',
    sha256: '8c3adf7e039b090560c6ded5071e4a0eb43bcebae825fd1b5c71c073c0980cba',
    bytes: 706073,
    follow: true,
  },
  {
    kind: 'upstream',
    dataset: 'ua_genstaff_petroivaniuk',
    file: 'russia_losses_personnel.json',
    ...PETRO,
    path: 'data/russia_losses_personnel.json',
    sha256: '8a11a5e9d7016ac45079f9a7fc82713003549676737597a72c23b6b13b3463b2',
    bytes: 200237,
    follow: true,
  },
  {
    kind: 'upstream',
    dataset: 'ua_mod_orc_losses',
    file: 'russian-losses.json',
    ...LOD,
    path: 'russian-losses.json',
    sha256: '9851d150b8894b206c839e9452c0382448cb658864f391c4440394a253b34c6c',
    bytes: 753045,
    follow: true,
  },
  {
    kind: 'upstream',
    dataset: 'ua_genstaff_minfin_mirror',
    file: 'russia_losses.csv',
    ...MINFIN,
    path: 'data/russia_losses.csv',
    sha256: '0e9730a55eac9259a7b1ddd1f6c1f837a84822a3574f0b757ec8e9f30527a099',
    bytes: 131837,
    follow: true,
  },
  {
    kind: 'upstream',
    dataset: 'ohchr_via_reliefweb',
    file: 'main.json',
    ...RELIEFWEB,
    path: 'edition/world/main.json',
    sha256: 'd1826a26cfe775be52e00c3829f23250fb62bfcf65b51b07dfda08cb2732a230',
    bytes: 1833024,
    follow: false,
  },
  {
    kind: 'upstream',
    dataset: 'ru_mod_claims_heroes',
    file: 'destroyed.json',
    ...HEROES,
    path: 'data/destroyed.json',
    sha256: '151ae1161188eda2896b387e0e299d1e7baa74211b0ea982c59b0c5e63df8f2f',
    bytes: 643704,
    follow: false,
  },
  {
    kind: 'upstream',
    dataset: 'economist_estimates',
    file: 'Soldier_deaths_casualties_in_Ukraine_-_estimates.csv',
    ...ECONOMIST,
    path: `${ECONOMIST_DIR}/Soldier deaths_casualties in Ukraine - estimates.csv`,
    sha256: '614676065b5ac9d08dfcbc63282227037954adad74a558a1c0fdef61d4f263b4',
    bytes: 17503,
    follow: true,
  },
  {
    kind: 'upstream',
    dataset: 'economist_estimates',
    file: 'meta-estimate-deaths.csv',
    ...ECONOMIST,
    path: 'output-data/tracker/meta-estimate-deaths.csv',
    sha256: 'a9997386f31b0ecd977dcedf073b21e69e581922b4a75c75a50b3f7ec02b0618',
    bytes: 198877,
    follow: true,
  },
  {
    kind: 'upstream',
    dataset: 'economist_estimates',
    file: 'meta-estimate-casualties.csv',
    ...ECONOMIST,
    path: 'output-data/tracker/meta-estimate-casualties.csv',
    sha256: '71dd1b50904224b5cd75bbb8e40f2af6e649bc6f132c32bdd63a4b3a781d26a6',
    bytes: 205548,
    follow: true,
  },
  {
    kind: 'upstream',
    dataset: 'gaza_techforpalestine',
    file: 'casualties_daily.json',
    ...TFP,
    path: 'casualties_daily.json',
    sha256: 'd17cab2c0f0b7e08c7cd77c8035847050a52ed2442e80f311530281d988b3759',
    bytes: 603581,
    follow: true,
  },
  {
    kind: 'upstream',
    dataset: 'gaza_techforpalestine',
    file: 'west_bank_daily.json',
    ...TFP,
    path: 'west_bank_daily.json',
    sha256: '0901ed1a00c0a825f910c4cea731483813d79964f74fe8837f0b30f7487237cb',
    bytes: 434560,
    follow: true,
  },
  {
    kind: 'upstream',
    dataset: 'gaza_techforpalestine',
    file: 'lebanon_casualties_daily.json',
    ...TFP,
    path: 'lebanon_casualties_daily.json',
    sha256: 'a85a8c478e0558ce47250dabf17c1bb09333f8e870164c1128152c39560a231e',
    bytes: 48720,
    follow: true,
  },
  {
    kind: 'local',
    dataset: 'curated_statements',
    file: 'statements.csv',
    sha256: '6aa0401e13b1f013067b9a8334db62edec225d08a5a0ce366551b81a09d7086a',
    bytes: 23567,
  },
  {
    kind: 'local',
    dataset: 'oryx_scarnecchia',
    file: 'derived/totals_by_type_history.csv',
    sha256: '117f1d32572e23e41611e47e4994dc20786b5c684b79c2b6ae042b5493f55e54',
    bytes: 4029696,
  },
];

/** Where pinned files are read from; tests point `--base` at a local server instead. */
export const RAW_BASE = 'https://raw.githubusercontent.com';
/** Where `--latest` asks for an upstream's newest commit (GET /repos/{repo}/commits/HEAD). */
export const API_BASE = 'https://api.github.com';

/** The address of an upstream file at a commit: base/owner/name/commit/path, each segment encoded. */
export function rawAddress(base: string, repo: string, commit: string, path: string): string {
  const segments = [...repo.split('/'), commit, ...path.split('/')].map(encodeURIComponent);
  return `${base.replace(/\/+$/, '')}/${segments.join('/')}`;
}
