import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromDayNumber } from '../../src/claims/dates';
import { loadClaimsDb } from '../../src/claims/load';
import { claimantById } from '../../src/core/claimants';
import { buildClaims } from './build';
import type { Manifest } from './manifest';

const here = path.dirname(fileURLToPath(import.meta.url));
const DATA_OUT = path.resolve(here, '../../src/data');
const bundleText = readFileSync(path.join(DATA_OUT, 'claims.json'), 'utf8');
const manifestText = readFileSync(path.join(DATA_OUT, 'claims-manifest.json'), 'utf8');
const manifest = JSON.parse(manifestText) as Manifest;
const db = loadClaimsDb(JSON.parse(bundleText));

const claimDates = [
  ...db.series.flatMap((s) => s.days.map(fromDayNumber)),
  ...db.statements.map((st) => st.date),
].sort();
const claimCount = claimDates.length;

describe('the committed manifest (src/data/claims-manifest.json)', () => {
  it('describes the committed bundle: bytes, hash and counts', () => {
    const sha256 = createHash('sha256').update(bundleText).digest('hex');
    expect(manifest.format).toBe('crosscount-claims-manifest');
    expect(manifest.bundle).toMatchObject({
      file: 'src/data/claims.json',
      format: 'crosscount-claims',
      formatVersion: 3,
      bytes: Buffer.byteLength(bundleText),
      sha256,
      claims: claimCount,
      series: db.series.length,
      statements: db.statements.length,
    });
    expect(manifest.version).toBe(`${manifest.buildDate}.${sha256.slice(0, 12)}`);
  });

  it("is dated by the newest claim, not by the build's clock", () => {
    expect(manifest.buildDate).toBe(claimDates[claimDates.length - 1]);
    expect(manifest.buildDateRule).toMatch(/newest as-of date/);
  });

  it('lists every dataset with its publisher, licence, link, coverage and claims', () => {
    expect(manifest.datasets.map((d) => d.id)).toEqual([
      'ua_genstaff_petroivaniuk',
      'ua_mod_orc_losses',
      'ua_genstaff_minfin_mirror',
      'oryx_scarnecchia',
      'ohchr_via_reliefweb',
      'ru_mod_claims_heroes',
      'economist_estimates',
      'gaza_techforpalestine',
      'curated_statements',
    ]);
    for (const d of manifest.datasets) {
      expect(d.title.length, d.id).toBeGreaterThan(10);
      expect(d.publisher.length, d.id).toBeGreaterThan(3);
      expect(d.licence.length, d.id).toBeGreaterThan(2);
      if (d.id !== 'curated_statements') {
        expect(d.link, d.id).toMatch(/^https:\/\/github\.com\//);
      }
      expect(d.claims, d.id).toBeGreaterThan(0);
      expect(d.from, d.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(d.from <= d.to, d.id).toBe(true);
    }
    expect(manifest.datasets.reduce((n, d) => n + d.claims, 0)).toBe(claimCount);
    expect(manifest.datasets.find((d) => d.id === 'oryx_scarnecchia')).toMatchObject({
      licence: 'CC BY 4.0',
      link: 'https://github.com/scarnecchia/oryx_data',
      from: '2022-03-28',
      to: '2025-07-19',
    });
  });

  it('counts claims per claimant and metric', () => {
    expect(manifest.claimants.reduce((n, c) => n + c.claims, 0)).toBe(claimCount);
    for (const c of manifest.claimants) {
      expect(claimantById(c.id)?.name, c.id).toBe(c.name);
      const byMetric = Object.values(c.byMetric).reduce((n, k) => n + k, 0);
      expect(byMetric, c.id).toBe(c.claims);
    }
    const gs = manifest.claimants.find((c) => c.id === 'ua-general-staff');
    const gsTanks = db.series.find(
      (s) => s.claimantId === 'ua-general-staff' && s.metric === 'tanks',
    );
    expect(gs?.byMetric.tanks).toBe(gsTanks?.days.length);
  });

  it('lists the corrections applied, each with its reason', () => {
    expect(manifest.corrections).toHaveLength(6);
    expect(manifest.corrections).toContainEqual({
      dataset: 'economist_estimates',
      file: 'Soldier_deaths_casualties_in_Ukraine_-_estimates.csv',
      ref: 'row 101 (NATO officials (via WP))',
      change: 'date 2022-04-23 -> 2022-03-23',
      reason: expect.stringContaining('NATO reported the estimate on 23 March 2022'),
    });
    for (const c of manifest.corrections) expect(c.reason.length).toBeGreaterThan(20);
  });

  it('stays small enough for the options page to import', () => {
    expect(Buffer.byteLength(manifestText)).toBeLessThan(32_000);
  });
});

describe('the manifest of a build', () => {
  afterEach(() => vi.useRealTimers());

  it('does not change with the clock', () => {
    const fixtures = path.join(here, 'fixtures/data');
    vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z') });
    const later = buildClaims(fixtures).manifestJson;
    vi.useRealTimers();
    expect(buildClaims(fixtures).manifestJson).toBe(later);
    // The newest fixture claim: Lebanon's Ministry of Public Health on 2026-03-06.
    expect(JSON.parse(later).buildDate).toBe('2026-03-06');
  });
});
