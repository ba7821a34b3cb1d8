import { describe, expect, it } from 'vitest';
import claimsJson from '../data/claims.json';
import { bundleProblem } from './bundle-check';
import { ClaimsBundleSchema } from './schema';
import { smallBundle } from './testing/small-bundle';

/**
 * The fast check must accept exactly what the zod schema accepts: run both over a bundle with
 * every optional field, over every single-point corruption of it, and over corrupted copies of the
 * committed bundle.
 */

type Path = (string | number)[];

/** A small version 3 bundle that uses every field the format has. */
function fullBundle(): unknown {
  const b = smallBundle();
  const [series] = b.series;
  const [first, second] = b.statements;
  return {
    ...b,
    version: 3,
    series: [
      { ...series, qx: [[1, 'about']], cl: [90, 10, 10, 30], ch: [110, 10, 10, 30] },
      { ...series, s: 'palestine', ar: 'gaza', cf: 'gaza-west-bank-lebanon' },
    ],
    statements: [
      { ...first, lo: 150, hi: 250, cf: 'russia-ukraine' },
      { ...second, v: undefined, lo: 1, hi: 9 },
      { ...first, s: 'palestine', ar: 'west-bank' },
    ],
  };
}

/** Every path into the value, arrays cut to their first three items. */
function paths(value: unknown, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (Array.isArray(value)) {
    for (const [i, item] of value.slice(0, 3).entries()) out.push(...paths(item, [...at, i]));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) out.push(...paths(item, [...at, key]));
  }
  return out;
}

const REPLACEMENTS: unknown[] = [
  undefined,
  null,
  '',
  'x',
  'gaza',
  'about',
  '2022-02-24',
  'http://example.org/',
  -1,
  0,
  1.5,
  2 ** 60,
  1_000_001,
  [],
  [1, 2],
  [0, 0, 2_000_000],
  {},
  true,
];

/** A deep copy with the value at `path` replaced (undefined: key removed) or a key added. */
function mutate(
  root: unknown,
  path: Path,
  replace: (parent: unknown, key: string | number) => void,
) {
  const copy = structuredClone(root);
  let parent: unknown = copy;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
  replace(parent, path[path.length - 1] as string | number);
  return copy;
}

function corruptions(root: unknown): unknown[] {
  const out: unknown[] = [];
  for (const path of paths(root)) {
    if (path.length === 0) continue;
    for (const value of REPLACEMENTS) {
      out.push(
        mutate(root, path, (parent, key) => {
          const p = parent as Record<string | number, unknown>;
          if (value === undefined && !Array.isArray(p)) delete p[key];
          else p[key] = value;
        }),
      );
    }
    out.push(
      mutate(root, path, (parent, key) => {
        const item = (parent as Record<string | number, unknown>)[key];
        if (Array.isArray(item)) item.push('extra');
        else if (typeof item === 'object' && item !== null) Object.assign(item, { extra: 1 });
      }),
    );
  }
  return out;
}

const agree = (bundle: unknown) =>
  (bundleProblem(bundle) === undefined) === ClaimsBundleSchema.safeParse(bundle).success;

describe('bundleProblem', () => {
  it('accepts the committed bundle and a bundle that uses every field', () => {
    expect(bundleProblem(claimsJson)).toBeUndefined();
    expect(bundleProblem(fullBundle())).toBeUndefined();
    expect(ClaimsBundleSchema.safeParse(fullBundle()).success).toBe(true);
  });

  it('agrees with the schema on every single-point corruption of a full bundle', () => {
    const cases = corruptions(fullBundle());
    expect(cases.length).toBeGreaterThan(2_000);
    const disagreements = cases.filter((c) => !agree(c));
    expect(disagreements.map((c) => JSON.stringify(c).slice(0, 200))).toEqual([]);
    // Most corruptions are refused: the check is not vacuous.
    expect(cases.filter((c) => bundleProblem(c) !== undefined).length).toBeGreaterThan(1_500);
  });

  it('agrees with the schema on corrupted copies of the committed bundle', () => {
    const root = claimsJson as { series: unknown[]; statements: unknown[] };
    // The records of each kind and place in the bundle, corrupted one point at a time.
    const small = {
      ...root,
      series: [root.series[0], root.series.at(-1)],
      statements: [root.statements[0]],
    };
    const cases = corruptions(small).filter((_, i) => i % 20 === 0);
    for (const c of cases) expect(agree(c)).toBe(true);
    // Each case copies the committed bundle: about 2 s alone, over vitest's default 5 s on a
    // loaded 2-core CI machine. A bound on a stuck test, not a timing assertion.
  }, 60_000);
});
