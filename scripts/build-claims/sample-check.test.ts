import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fromDayNumber } from '../../src/claims/dates';
import type { ClaimsDb } from '../../src/claims/db-types';
import { loadClaimsDb } from '../../src/claims/load';
import { type ClaimToCheck, type RawFigure, RawLookup } from './raw-lookup';

/**
 * The committed bundle against the raw files: 250 claims drawn with a fixed seed (up to 15 from
 * every source file, the rest at random), each compared with the figure read straight from
 * ../shared/data by RawLookup. Catches a wrong figure anywhere between reading and decoding.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const SHARED = path.resolve(here, '../../../shared/data');
const BUNDLE = path.resolve(here, '../../src/data/claims.json');
const SEED = 20_220_224;
const SAMPLE_SIZE = 250;
const PER_FILE = 15;

interface Claim extends ClaimToCheck {
  figure: RawFigure;
}

/** Mulberry32: a small seeded generator, so the sample is the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function allClaims(db: ClaimsDb): Claim[] {
  const points = db.series.flatMap((s) =>
    s.days.map((day, i) => {
      const source = s.sourceAt.get(i) ?? s.source;
      const [metric, side, date] = [s.metric, s.side, fromDayNumber(day)];
      return { ...source, metric, side, date, figure: { value: s.values[i] ?? null } };
    }),
  );
  const statements = db.statements.map((st) => {
    const figure: RawFigure = { value: st.value };
    if (st.low !== undefined && st.high !== undefined) {
      figure.low = st.low;
      figure.high = st.high;
    }
    return { ...st.source, metric: st.metric, side: st.side, date: st.date, row: st.row, figure };
  });
  return [...points, ...statements];
}

/** Up to PER_FILE claims of every source file, then random others up to SAMPLE_SIZE. */
function sample(claims: readonly Claim[]): Claim[] {
  const order = shuffled(claims, seededRandom(SEED));
  const perFile = new Map<string, number>();
  const chosen = new Set<Claim>();
  for (const claim of order) {
    const key = `${claim.dataset}/${claim.file}`;
    if ((perFile.get(key) ?? 0) < PER_FILE) {
      perFile.set(key, (perFile.get(key) ?? 0) + 1);
      chosen.add(claim);
    }
  }
  for (const claim of order) if (chosen.size < SAMPLE_SIZE) chosen.add(claim);
  return [...chosen];
}

describe.skipIf(!existsSync(SHARED))('the bundle against the raw files (sampled)', () => {
  const db = loadClaimsDb(JSON.parse(readFileSync(BUNDLE, 'utf8')));
  const everything = allClaims(db);
  const claims = sample(everything);
  const raw = new RawLookup(SHARED);
  const fileOf = (c: Claim) => `${c.dataset}/${c.file}`;

  it(`draws ${SAMPLE_SIZE} claims from every source file`, () => {
    expect(claims).toHaveLength(SAMPLE_SIZE);
    const files = [...new Set(claims.map(fileOf))].sort();
    expect(files).toEqual([...new Set(everything.map(fileOf))].sort());
    expect(files).toHaveLength(14);
  });

  it('includes ranges from the statement files', () => {
    expect(claims.some((c) => c.figure.low !== undefined && c.figure.high !== undefined)).toBe(
      true,
    );
  });

  it('finds every sampled figure in its raw file', () => {
    const wrong = claims.flatMap((claim) => {
      const where = `${claim.dataset}/${claim.file} ${claim.metric} ${claim.side} ${claim.date}${claim.row ? ` row ${claim.row}` : ''}`;
      try {
        const expected = raw.figure(claim);
        return JSON.stringify(expected) === JSON.stringify(claim.figure)
          ? []
          : [`${where}: bundle ${JSON.stringify(claim.figure)}, raw ${JSON.stringify(expected)}`];
      } catch (error) {
        return [`${where}: ${error instanceof Error ? error.message : String(error)}`];
      }
    });
    expect(wrong).toEqual([]);
  });
});

if (!existsSync(SHARED)) {
  console.warn(`sample-check: ${SHARED} is absent; the sampled check of the bundle is skipped.`);
}
