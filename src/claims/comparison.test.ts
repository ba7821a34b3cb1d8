import { describe, expect, it } from 'vitest';
import claimsJson from '../data/claims.json';
import { ComparisonSchema } from '../messaging/schemas';
import { loadClaimsIndex } from './claims-index';
import { match } from './match';
import type { Estimate, MatchQuery } from './types';

// Every flag with its reason, the next claim, stale figures and period figures, on the committed
// bundle (the seed article's figures and their neighbours).
const index = loadClaimsIndex(claimsJson);

type Query = Partial<MatchQuery> & Pick<MatchQuery, 'metric' | 'side' | 'asOf'>;

function estimateOf(q: Query, claimantId: string): Estimate {
  const result = match(index, { unit: 'count', value: null, qualifier: 'exact', ...q });
  const found = result.estimates.find((e) => e.claimantId === claimantId);
  if (!found) throw new Error(`no estimate by ${claimantId}`);
  return found;
}

const TANKS = { metric: 'tanks', side: 'russia' } as const;

describe('flags and their reasons', () => {
  it('matches: the cited claimant said the same that day', () => {
    const gs = estimateOf(
      { ...TANKS, asOf: '2022-04-18', value: 790, claimant: 'ua-general-staff' },
      'ua-general-staff',
    );
    expect(gs.flags).toEqual(['matches']);
    expect(gs.reasons).toEqual({ matches: 'The General Staff said 790 on 18 Apr 2022' });
  });

  it("matches whatever the hedge: the article's 20,600 and the General Staff's 'about 20,600'", () => {
    const gs = estimateOf(
      { metric: 'personnel_casualties', side: 'russia', asOf: '2022-04-18', value: 20600 },
      'ua-general-staff',
    );
    expect(gs.flags).toEqual(['matches']);
    expect(gs.reasons?.matches).toBe('The General Staff said about 20,600 on 18 Apr 2022');
  });

  it('digits-swapped: 3,285 wounded against the Russian MoD 3,825', () => {
    const ruMod = estimateOf(
      { metric: 'personnel_wounded', side: 'russia', asOf: '2022-03-25', value: 3285 },
      'ru-mod',
    );
    expect(ruMod.flags).toEqual(['digits-swapped']);
    expect(ruMod.reasons?.['digits-swapped']).toBe(
      '3,285 has the digits of 3,825: the Russian MoD said 3,825 on 25 Mar 2022',
    );
  });

  it('rounded: "more than 20,000" is 20,600 rounded down', () => {
    const gs = estimateOf(
      {
        metric: 'personnel_casualties',
        side: 'russia',
        asOf: '2022-04-18',
        value: 20000,
        qualifier: 'more-than',
      },
      'ua-general-staff',
    );
    expect(gs.flags).toEqual(['rounded']);
    expect(gs.reasons?.rounded).toBe(
      'The article\'s "more than 20,000" is 20,600 rounded down: the General Staff said about 20,600 on 18 Apr 2022',
    );
  });

  it('differs, with the figures of both', () => {
    const gs = estimateOf({ ...TANKS, asOf: '2022-04-18', value: 700 }, 'ua-general-staff');
    expect(gs.flags).toEqual(['differs']);
    expect(gs.reasons?.differs).toBe(
      'The General Staff said 790 on 18 Apr 2022; the article says 700',
    );
  });

  it('metric-mismatch: the article says killed, the General Staff counts killed and wounded', () => {
    const gs = estimateOf(
      { metric: 'personnel_killed', side: 'russia', asOf: '2022-04-18', value: 20600 },
      'ua-general-staff',
    );
    expect(gs).toMatchObject({ metric: 'personnel_casualties', value: 20600 });
    expect(gs.flags).toEqual(['matches', 'metric-mismatch']);
    expect(gs.reasons?.['metric-mismatch']).toBe(
      "The General Staff's figure counts killed and wounded together, not killed alone",
    );
  });

  it("metric-equivalence: the Russian MoD's combined figure next to Ukrainian tanks", () => {
    const ruMod = estimateOf(
      { metric: 'tanks', side: 'ukraine', asOf: '2022-04-18', value: 500 },
      'ru-mod',
    );
    expect(ruMod).toMatchObject({ metric: 'tanks_and_armored_vehicles', value: 2337 });
    expect(ruMod.flags).toEqual(['differs', 'metric-equivalence']);
    expect(ruMod.reasons?.['metric-equivalence']).toBe(
      "The Russian MoD's figure counts tanks and other armoured vehicles as one figure",
    );
  });

  it('metric-equivalence: Oryx tanks and armoured vehicles added up for the Russian MoD figure', () => {
    const oryx = estimateOf(
      { metric: 'tanks_and_armored_vehicles', side: 'ukraine', asOf: '2022-07-20', value: 2337 },
      'oryx',
    );
    expect(oryx).toMatchObject({ metric: 'tanks_and_armored_vehicles', value: 206 + 324 });
    expect(oryx.flags).toEqual(['differs', 'lower-bound', 'metric-equivalence']);
    expect(oryx.reasons?.['metric-equivalence']).toBe(
      "Oryx's tanks (206, 20 Jul 2022) and armoured combat vehicles (324, 20 Jul 2022) added up: it counts them apart",
    );
    expect(oryx.reasons?.['lower-bound']).toBe("2,337 is 4.4× Oryx's visually confirmed count");
  });
});

describe('floors by method', () => {
  it('lower-bound: how far above the floor the article is, as a ratio', () => {
    const oryx = estimateOf({ ...TANKS, asOf: '2022-04-18', value: 790 }, 'oryx');
    expect(oryx.flags).toEqual(['differs', 'lower-bound']);
    expect(oryx.reasons?.['lower-bound']).toBe("790 is 1.5× Oryx's visually confirmed count");
  });

  it('below-floor: an equipment claim lower than Oryx has confirmed', () => {
    const oryx = estimateOf({ ...TANKS, asOf: '2022-04-18', value: 450 }, 'oryx');
    expect(oryx.flags).toEqual(['differs', 'lower-bound', 'below-floor']);
    expect(oryx.reasons?.['below-floor']).toBe("Below Oryx's 519 visually confirmed (18 Apr 2022)");
    expect(oryx.reasons?.['lower-bound']).toBe(
      'Oryx counts only losses seen in photos or videos: a floor, not an estimate',
    );
  });

  it('below-floor for civilians under the UN-verified count', () => {
    const ohchr = estimateOf(
      { metric: 'civilians_killed', side: 'ukraine', asOf: '2022-04-18', value: 1800 },
      'ohchr',
    );
    expect(ohchr.flags).toEqual(['differs', 'lower-bound', 'below-floor']);
    expect(ohchr.reasons?.['below-floor']).toBe("Below OHCHR's 2,104 verified (18 Apr 2022)");
  });

  it.each([
    ['a "more than" figure', { value: 450, qualifier: 'more-than' as const }],
    ['the floor itself, rounded', { value: 500 }],
    ['the floor cited as the source', { value: 510, claimant: 'oryx' }],
  ])('no below-floor for %s', (_name, extra) => {
    const oryx = estimateOf({ ...TANKS, asOf: '2022-04-18', ...extra }, 'oryx');
    expect(oryx.flags).not.toContain('below-floor');
  });
});

describe('the next claim and stale figures', () => {
  it("gives each claimant's next figure after the as-of date", () => {
    const gs = estimateOf({ ...TANKS, asOf: '2022-04-18', value: 790 }, 'ua-general-staff');
    expect(gs.next).toEqual({ date: '2022-04-19', value: 802 });
    const nato = estimateOf(
      { metric: 'personnel_killed', side: 'russia', asOf: '2022-03-25', value: 7000 },
      'nato',
    );
    expect(nato).toMatchObject({ date: '2022-03-23', low: 7000, high: 15000 });
    expect((nato.next?.date ?? '') > '2022-03-25').toBe(true);
  });

  it('stale: the article quotes an older figure of the cited claimant', () => {
    const gs = estimateOf(
      { ...TANKS, asOf: '2022-04-19', value: 790, claimant: 'ua-general-staff' },
      'ua-general-staff',
    );
    expect(gs).toMatchObject({ value: 802, date: '2022-04-19' });
    expect(gs.flags).toEqual(['differs', 'stale']);
    expect(gs.reasons?.stale).toBe(
      'By 19 Apr 2022 the General Staff had published 802 (19 Apr 2022); the article quotes its figure of 18 Apr 2022',
    );
  });

  it('no stale quote when the figure is not the cited claimant’s', () => {
    const gs = estimateOf({ ...TANKS, asOf: '2022-04-19', value: 790 }, 'ua-general-staff');
    expect(gs.flags).toEqual(['differs']);
  });

  it('latest-known: past the end of our data, the newest figure we have, marked as older', () => {
    // The Russian MoD's briefings in our data end on 6 Jul 2022, the dataset's own last day.
    const ruMod = estimateOf(
      { metric: 'tanks_and_armored_vehicles', side: 'ukraine', asOf: '2022-07-20', value: 3915 },
      'ru-mod',
    );
    expect(ruMod).toMatchObject({ date: '2022-07-06', value: 3915 });
    expect(ruMod.flags).toEqual(['matches', 'latest-known']);
    expect(ruMod.reasons?.['latest-known']).toBe(
      "The newest figure in Crosscount's data: the Russian MoD said 3,915 on 6 Jul 2022, 14 days before the article's date",
    );
  });

  it('Oryx carries its count forward between changes; after its last one our data has ended', () => {
    const within = estimateOf({ ...TANKS, asOf: '2022-04-19', value: 519 }, 'oryx');
    expect(within.flags).toEqual(['matches', 'lower-bound']);
    const after = estimateOf({ ...TANKS, asOf: '2025-08-01', value: 4074 }, 'oryx');
    expect(after).toMatchObject({ date: '2025-07-19', value: 4074 });
    expect(after.flags).toEqual(['matches', 'latest-known', 'lower-bound']);
  });
});

describe('period figures', () => {
  it('"(+17)": the General Staff\'s tanks rose by 17 on 18 Apr 2022', () => {
    const gs = estimateOf(
      { ...TANKS, asOf: '2022-04-18', value: 17, increment: true, claimant: 'ua-general-staff' },
      'ua-general-staff',
    );
    expect(gs).toMatchObject({ value: 17, date: '2022-04-18', periodStart: '2022-04-18' });
    expect(gs.flags).toEqual(['matches', 'period']);
    expect(gs.reasons).toEqual({
      matches: "The General Staff's total rose by 17 from 17 Apr 2022 to 18 Apr 2022",
      period:
        "The General Staff's running total went from 773 on 17 Apr 2022 to 790 on 18 Apr 2022: +17",
    });
    expect(gs.next).toBeUndefined();
  });

  it('"413 tanks in December": each claimant\'s increase over the month', () => {
    const q = {
      ...TANKS,
      asOf: '2023-01-02',
      value: 413,
      period: { start: '2022-12-01', end: '2022-12-31' },
    };
    const gs = estimateOf(q, 'ua-general-staff');
    expect(gs).toMatchObject({ value: 3029 - 2914, date: '2022-12-31', periodStart: '2022-12-01' });
    expect(gs.flags).toEqual(['differs', 'period']);
    const oryx = estimateOf(q, 'oryx');
    expect(oryx).toMatchObject({ value: 1594 - 1523, periodStart: '2022-12-01' });
    expect(oryx.flags).toEqual(['differs', 'period', 'lower-bound']);
  });

  it("a statement for the same period: the Russian MoD's losses of the counter-offensive", () => {
    const ruMod = estimateOf(
      {
        metric: 'personnel_casualties',
        side: 'ukraine',
        asOf: '2023-10-30',
        value: 90000,
        period: { start: '2023-06-04', end: '2023-10-30' },
      },
      'ru-mod',
    );
    expect(ruMod).toMatchObject({ value: 90000, qualifier: 'more-than' });
    expect(ruMod.flags).toEqual(['matches', 'period']);
    expect(ruMod.reasons?.period).toBe(
      'The Russian MoD counted more than 90,000 from 4 Jun 2023 to 30 Oct 2023',
    );
  });

  it('finds nothing for a period that ends before it starts', () => {
    const result = match(index, {
      ...TANKS,
      unit: 'count',
      value: 1,
      qualifier: 'exact',
      asOf: '2022-12-31',
      period: { start: '2022-12-31', end: '2022-12-01' },
    });
    expect(result.estimates).toEqual([]);
  });
});

describe('reasons', () => {
  it('gives every flag of every estimate a reason within the message limit', () => {
    const queries: Query[] = [
      { ...TANKS, asOf: '2022-04-19', value: 790, claimant: 'ua-general-staff' },
      { metric: 'personnel_killed', side: 'russia', asOf: '2023-06-01', value: 50000 },
      { metric: 'personnel_casualties', side: 'ukraine', asOf: '2024-12-20', value: 500000 },
      { metric: 'civilians_killed', side: 'ukraine', asOf: '2023-02-01', value: 7000 },
      { metric: 'tanks', side: 'ukraine', asOf: '2022-06-01', value: 100, increment: true },
    ];
    for (const q of queries) {
      const result = match(index, { unit: 'count', value: null, qualifier: 'exact', ...q });
      expect(result.estimates.length).toBeGreaterThan(0);
      // What crosses the message boundary keeps the new fields (next, reasons, period).
      const crossed = ComparisonSchema.parse(result);
      const kept = ({ query, estimates }: typeof result) => ({
        query,
        estimates: estimates.map(({ flags, reasons, next, periodStart }) => ({
          flags,
          reasons,
          next,
          periodStart,
        })),
      });
      expect(kept(crossed)).toEqual(kept(result));
      for (const e of result.estimates) {
        expect(Object.keys(e.reasons ?? {}).sort()).toEqual([...e.flags].sort());
        for (const reason of Object.values(e.reasons ?? {}))
          expect(reason.length).toBeLessThan(300);
      }
    }
  });
});
