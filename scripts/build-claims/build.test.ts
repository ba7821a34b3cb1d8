import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadClaimsIndex } from '../../src/claims/claims-index';
import { match } from '../../src/claims/match';
import type { MatchQuery } from '../../src/claims/types';
import { buildClaims, MalformedDataError } from './build';
import { encodeBundle, urlPrefix } from './emit';
import type { SeriesDraft, StatementDraft } from './types';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(here, 'fixtures/data');
const BROKEN = path.join(here, 'fixtures/broken');
const SHARED = path.resolve(here, '../../../shared/data');
const DATA_OUT = path.resolve(here, '../../src/data');

/** A markdown table row with these cells, whatever their padding. */
function tableRow(...cells: string[]): RegExp {
  const escaped = cells.map((cell) => cell.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`\\| ${escaped.map((cell) => ` *${cell} *`).join('\\|')}\\|`);
}

describe('buildClaims on the fixtures', () => {
  const first = buildClaims(FIXTURES);
  const index = loadClaimsIndex(JSON.parse(first.json));
  const ask = (q: Partial<MatchQuery> & Pick<MatchQuery, 'metric' | 'side' | 'asOf'>) =>
    match(index, { unit: 'count', value: null, qualifier: 'exact', ...q }).estimates;

  it('is deterministic: byte-identical bundle and report on a second run', () => {
    const second = buildClaims(FIXTURES);
    expect(second.json).toBe(first.json);
    expect(second.report).toBe(first.report);
  });

  it('keeps every row of the fixtures', () => {
    expect(first.report).toMatch(
      tableRow('ua_genstaff_petroivaniuk/russia_losses_equipment.json', '4', '4'),
    );
    const tanks = ask({ metric: 'tanks', side: 'russia', asOf: '2022-04-19' });
    expect(tanks.find((e) => e.claimantId === 'ua-general-staff')?.value).toBe(802);
  });

  it('takes the majority on a mirror disagreement and reports the rule', () => {
    const [gs] = ask({ metric: 'tanks', side: 'russia', asOf: '2022-04-17' }).filter(
      (e) => e.claimantId === 'ua-general-staff',
    );
    expect(gs).toMatchObject({ value: 773, dataset: 'ua_genstaff_petroivaniuk' });
    expect(first.report).toMatch(
      tableRow('2022-04-17', 'tanks', '773', '774', '773', '773 (PetroIvaniuk)', 'majority'),
    );
  });

  it('uses the latest Oryx scrape of a date and sums recipe categories', () => {
    const oryx = (metric: MatchQuery['metric']) =>
      ask({ metric, side: 'russia', asOf: '2022-04-18' }).find((e) => e.claimantId === 'oryx');
    expect(oryx('tanks')).toMatchObject({ value: 519, date: '2022-04-18' });
    expect(oryx('air_defense')?.value).toBeGreaterThan(1);
  });

  it('applies and reports the date corrections, in the report and the manifest', () => {
    const nato = ask({ metric: 'personnel_killed', side: 'russia', asOf: '2022-03-25' });
    expect(nato.find((e) => e.claimantId === 'nato')).toMatchObject({
      date: '2022-03-23',
      low: 7000,
      high: 15000,
    });
    expect(first.report).toContain('date 2022-04-23 -> 2022-03-23');
    expect(first.report).toContain('date 2021-03-10 -> 2022-03-10');
    expect(first.manifest.corrections).toContainEqual(
      expect.objectContaining({
        dataset: 'economist_estimates',
        ref: 'row 5 (NATO officials (via WP))',
        change: 'date 2022-04-23 -> 2022-03-23',
      }),
    );
    const ohchr = ask({ metric: 'civilians_killed', side: 'ukraine', asOf: '2022-03-10' });
    expect(ohchr.find((e) => e.claimantId === 'ohchr')).toMatchObject({
      date: '2022-03-10',
      value: 564,
    });
  });

  it('parses a quoted thousands value and keeps ranges', () => {
    const est = ask({ metric: 'personnel_killed', side: 'russia', asOf: '2024-06-21' });
    expect(est.find((e) => e.claimantId === 'mediazona-meduza')).toMatchObject({
      value: 120000,
      low: 106000,
      high: 140000,
      method: 'statistical-model',
    });
  });

  it('never writes a timestamp', () => {
    expect(first.report).not.toMatch(/\d{2}:\d{2}:\d{2}|T\d{2}:/);
  });
});

describe('buildClaims on malformed rows', () => {
  // The clean fixtures with fixtures/broken laid over them (see fixtures/README.md).
  const dir = mkdtempSync(path.join(tmpdir(), 'crosscount-broken-'));
  cpSync(FIXTURES, dir, { recursive: true });
  cpSync(BROKEN, dir, { recursive: true });
  const failure = (() => {
    try {
      buildClaims(dir);
      return undefined;
    } catch (error) {
      return error;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  })();

  it('fails with every malformed row in one error', () => {
    expect(failure).toBeInstanceOf(MalformedDataError);
    expect((failure as MalformedDataError).rejections).toHaveLength(12);
  });

  it.each([
    ['ua_genstaff_petroivaniuk/russia_losses_equipment.json, row 5: tank'],
    ['ua_mod_orc_losses/russian-losses.json, row 4: personnel'],
    ['ua_genstaff_minfin_mirror/russia_losses.csv, row 5: 3 fields, header has 16'],
    [
      'oryx_scarnecchia/derived/totals_by_type_history.csv, row 25: snapshot_commit: not a commit id',
    ],
    ['curated_statements/statements.csv, row 4: metric'],
    [
      'curated_statements/statements.csv, row 5: claimant "Nobody in particular" is not in the registry',
    ],
    [
      'economist_estimates/Soldier_deaths_casualties_in_Ukraine_-_estimates.csv, row 7: date: not D/M/YYYY',
    ],
    ['ohchr_via_reliefweb/main.json, Civilians Killed since 24 Feb 2022 #5: value'],
    ['ru_mod_claims_heroes/destroyed.json, 01.03.2022: date "02.03.2022" does not match its key'],
    ['economist_estimates/meta-estimate-deaths.csv, row 3: estimate'],
    ['gaza_techforpalestine/casualties_daily.json, row 3: killed_cum'],
    ['gaza_techforpalestine/west_bank_daily.json, row 2: flash_source'],
  ])('names the file and row: %s', (line) => {
    expect(String((failure as Error).message)).toContain(`- ${line}`);
  });
});

describe('encodeBundle', () => {
  const source = { dataset: 'd', file: 'f' };
  const point = (date: string, value: number) => ({
    date,
    value,
    qualifier: 'exact' as const,
    url: `https://x.org/${date}`,
    source,
  });
  const series = (metric: SeriesDraft['metric']): SeriesDraft => ({
    claimantId: 'oryx',
    side: 'russia',
    metric,
    method: 'visually-confirmed',
    periodStart: '2022-02-24',
    points: [point('2022-03-01', 1), point('2022-03-02', 2)],
  });
  const statement = (row: number): StatementDraft => ({
    claimantId: 'nato',
    side: 'russia',
    metric: 'tanks',
    method: 'intelligence-estimate',
    qualifier: 'about',
    date: '2022-03-05',
    periodStart: '2022-02-24',
    value: row,
    url: 'https://x.org/s',
    source,
    row,
  });

  it('does not depend on the order of its input', () => {
    const a = encodeBundle(
      'c',
      [series('tanks'), series('aircraft')],
      [statement(1), statement(2)],
    );
    const b = encodeBundle(
      'c',
      [series('aircraft'), series('tanks')],
      [statement(2), statement(1)],
    );
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});

describe.skipIf(!existsSync(SHARED))('buildClaims on ../shared/data', () => {
  const out = buildClaims(SHARED);
  const committed = (file: string) => readFileSync(path.join(DATA_OUT, file), 'utf8');

  it('reproduces the committed bundle, manifest and report byte for byte', () => {
    expect(out.json).toBe(committed('claims.json'));
    expect(out.manifestJson).toBe(committed('claims-manifest.json'));
    expect(out.report).toBe(committed('claims-report.md'));
  });

  // A second full build: ~2 s alone, over vitest's 5 s default on a loaded machine.
  it('is deterministic on the real data too', { timeout: 60_000 }, () => {
    expect(buildClaims(SHARED).json).toBe(out.json);
  });
});

describe('urlPrefix', () => {
  it.each([
    ['https://mod.gov.ua/news/bojovi-vtrati', 'https://mod.gov.ua/news/'],
    ['https://www.uawire.org:443/zelensky-reveals', 'https://www.uawire.org:443/'],
    ['https://reliefweb.int/node/3838922', 'https://reliefweb.int/node/'],
    ['https://ualosses.org/', 'https://ualosses.org/'],
    ['https://x.org/a/', 'https://x.org/'],
  ])('%s -> %s', (url, prefix) => {
    expect(urlPrefix(url)).toBe(prefix);
    expect(url.startsWith(prefix)).toBe(true);
  });
});
