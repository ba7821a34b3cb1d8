import type { ClaimsBundle } from '../schema';

/**
 * A hand-written bundle for unit tests of the loader and the matcher rules. Days: the series
 * starts 2022-03-01 with points on 03-01, 03-02, 03-03 and 03-10 (values 100, 110, 120, 150).
 */
export function smallBundle(): ClaimsBundle {
  return {
    format: 'crosscount-claims',
    version: 1,
    conflict: 'russia-ukraine',
    sources: [
      ['ua_genstaff_petroivaniuk', 'russia_losses_equipment.json'],
      ['ua_mod_orc_losses', 'russian-losses.json'],
      ['curated_statements', 'statements.csv'],
    ],
    prefixes: ['https://example.org/'],
    urls: [
      [0, 'gs/1'],
      [0, 'gs/2'],
      [0, 'gs/3'],
      [0, 'gs/10'],
      [0, 'statement'],
    ],
    series: [
      {
        c: 'ua-general-staff',
        s: 'russia',
        m: 'tanks',
        me: 'party-claim',
        q: 'exact',
        src: 0,
        ps: '2022-02-24',
        d0: '2022-03-01',
        d: [0, 1, 3, 9, 0, 1],
        v: [100, 10, 10, 30],
        u: [0, 1, 4],
        sx: [[3, 1]],
      },
    ],
    statements: [
      statement('2022-03-05', 'nato', 200, '2022-02-24', 1),
      statement('2022-03-08', 'nato', 5, '2022-03-07', 2),
      statement('2022-01-01', 'uk-mod', 50, '2022-02-24', 3),
    ],
  };
}

function statement(d: string, c: string, v: number, ps: string, r: number) {
  return {
    c,
    s: 'russia',
    m: 'tanks',
    me: 'intelligence-estimate',
    q: 'about',
    d,
    ps,
    v,
    u: 4,
    src: 2,
    r,
  } as const;
}
