import { describe, expect, it } from 'vitest';
import claimsJson from '../data/claims.json';
import { ClaimsDbError, loadClaimsDb } from './load';
import { smallBundle } from './testing/small-bundle';

describe('loadClaimsDb', () => {
  it('decodes series runs, deltas, urls and per-point sources', () => {
    const db = loadClaimsDb(smallBundle());
    const [series] = db.series;
    expect(series?.values).toEqual([100, 110, 120, 150]);
    expect(series?.urlIndex).toEqual([0, 1, 2, 3]);
    expect(db.urls[3]).toBe('https://example.org/gs/10');
    expect(series?.sourceAt.get(3)).toEqual({
      dataset: 'ua_mod_orc_losses',
      file: 'russian-losses.json',
    });
    expect(db.statements[0]).toMatchObject({ claimantId: 'nato', value: 200, row: 1 });
  });

  it('loads the committed bundle', () => {
    const db = loadClaimsDb(claimsJson);
    expect(db.series.length).toBeGreaterThan(20);
    expect(db.statements.length).toBeGreaterThan(100);
  });

  it.each<[string, (b: ReturnType<typeof smallBundle>) => unknown, RegExp]>([
    ['not an object', () => 'claims', /Invalid claims database: \(root\)/],
    ['wrong format version', (b) => ({ ...b, version: 4 }), /version/],
    [
      'an area in a version 2 bundle',
      (b) => ({ ...b, version: 2, series: [{ ...b.series[0], ar: 'gaza' }] }),
      /need format version 3/,
    ],
    [
      'a Palestinian series without an area',
      (b) => ({ ...b, version: 3, series: [{ ...b.series[0], s: 'palestine' }] }),
      /series\.0: side palestine needs an area \(gaza, west-bank\)/,
    ],
    [
      'an area on a side counted as a whole',
      (b) => ({ ...b, version: 3, statements: [{ ...b.statements[0], ar: 'west-bank' }] }),
      /statements\.0: side russia is not counted per area/,
    ],
    [
      'an unknown area',
      (b) => ({ ...b, version: 3, series: [{ ...b.series[0], s: 'palestine', ar: 'sinai' }] }),
      /series\.0\.ar/,
    ],
    [
      'an interval that misses its value',
      (b) => ({
        ...b,
        version: 3,
        series: [{ ...b.series[0], cl: [90, 10, 10, 40], ch: [105, 0, 0, 0] }],
      }),
      /series\.0: a value outside its interval/,
    ],
    [
      'an interval with too few bounds',
      (b) => ({ ...b, version: 3, series: [{ ...b.series[0], cl: [90], ch: [105, 10, 10, 40] }] }),
      /series\.0: 4 values, 1 and 4 bounds/,
    ],
    [
      'a per-record conflict in a version 1 bundle',
      (b) => ({ ...b, version: 1, series: [{ ...b.series[0], cf: 'gaza-west-bank-lebanon' }] }),
      /need format version 2/,
    ],
    [
      'an unknown metric',
      (b) => ({ ...b, series: [{ ...b.series[0], m: 'tank' }] }),
      /series\.0\.m/,
    ],
    [
      'a truncated values array',
      (b) => ({ ...b, series: [{ ...b.series[0], v: [100] }] }),
      /4 dates, 1 values/,
    ],
    ['a dangling url index', (b) => ({ ...b, urls: b.urls.slice(0, 2) }), /url index out of range/],
    ['an http link', (b) => ({ ...b, prefixes: ['http://example.org/'] }), /prefixes\.0/],
    [
      'an unknown claimant',
      (b) => ({ ...b, statements: [{ ...b.statements[0], c: 'nobody' }] }),
      /unknown claimant "nobody"/,
    ],
    [
      'a statement without a figure',
      (b) => ({ ...b, statements: [{ ...b.statements[0], v: undefined }] }),
      /value or both low and high/,
    ],
    [
      'an impossible date',
      (b) => ({ ...b, series: [{ ...b.series[0], d0: '2022-02-30' }] }),
      /d0 is not a calendar date/,
    ],
    ['an unexpected key', (b) => ({ ...b, extra: true }), /extra/i],
    [
      'a run too long to expand',
      (b) => ({ ...b, series: [{ ...b.series[0], d: [0, 1, 5_000_000] }] }),
      /1000000 points at most/,
    ],
    [
      'a value that is not an integer',
      (b) => ({ ...b, series: [{ ...b.series[0], v: [100, 10, 10, 0.5] }] }),
      /expected an array of integers/,
    ],
    ['a malformed link table', (b) => ({ ...b, urls: [[0, 7]] }), /prefix index, text/],
  ])('rejects %s with a clear error', (_name, corrupt, message) => {
    const run = () => loadClaimsDb(corrupt(smallBundle()));
    expect(run).toThrow(ClaimsDbError);
    expect(run).toThrow(message);
  });

  it("gives version 1 records the bundle's conflict and version 2 records their own cf", () => {
    const v1 = loadClaimsDb(smallBundle());
    expect(v1.series[0]?.conflict).toBe('russia-ukraine');
    expect(v1.statements[0]?.conflict).toBe('russia-ukraine');
    const b = smallBundle();
    const v2 = loadClaimsDb({
      ...b,
      version: 2,
      series: [{ ...b.series[0], cf: 'gaza-west-bank-lebanon' }],
    });
    expect(v2.conflict).toBe('russia-ukraine');
    expect(v2.series[0]?.conflict).toBe('gaza-west-bank-lebanon');
    expect(v2.statements[0]?.conflict).toBe('russia-ukraine');
  });

  it('decodes areas and intervals (version 3)', () => {
    const b = smallBundle();
    const db = loadClaimsDb({
      ...b,
      version: 3,
      series: [
        { ...b.series[0], s: 'palestine', ar: 'gaza', cl: [90, 10, 10, 20], ch: [130, 10, 10, 40] },
      ],
    });
    expect(db.series[0]?.area).toBe('gaza');
    expect(db.series[0]?.interval).toEqual({
      low: [90, 100, 110, 130],
      high: [130, 140, 150, 190],
    });
    expect(db.statements[0]?.area).toBeUndefined();
  });

  it('reads the second conflict from the committed bundle', () => {
    const db = loadClaimsDb(claimsJson);
    const gaza = db.series.filter((s) => s.conflict === 'gaza-west-bank-lebanon');
    expect(new Set(gaza.map((s) => s.side))).toEqual(new Set(['palestine', 'lebanon']));
    const areas = (claimant: string) =>
      new Set(
        gaza.filter((s) => s.claimantId === claimant && s.side === 'palestine').map((s) => s.area),
      );
    expect(areas('gaza-moh')).toEqual(new Set(['gaza']));
    expect(areas('gaza-gmo')).toEqual(new Set(['gaza']));
    expect(areas('ocha')).toEqual(new Set(['west-bank']));
    const meta = db.series.filter((s) => s.claimantId === 'economist-meta');
    expect(meta.length).toBe(2);
    for (const s of meta) expect(s.interval?.low.length, s.metric).toBe(s.values.length);
    expect(
      db.series.filter((s) => s.side === 'russia').every((s) => s.conflict === db.conflict),
    ).toBe(true);
  });

  it('rejects a corrupted copy of the committed bundle', () => {
    const corrupted = JSON.parse(JSON.stringify(claimsJson));
    corrupted.series[0].d = [0, 1];
    expect(() => loadClaimsDb(corrupted)).toThrow(/series\.0\.d: runs must be/);
  });
});
