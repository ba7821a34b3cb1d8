import { describe, expect, it } from 'vitest';
import claimsJson from '../data/claims.json';
import { loadClaimsIndex } from './claims-index';
import { match } from './match';
import type { Estimate, MatchQuery } from './types';

// The committed bundle: the extension build and CI must not need ../shared/data.
const index = loadClaimsIndex(claimsJson);

function query(partial: Partial<MatchQuery> & Pick<MatchQuery, 'metric' | 'side' | 'asOf'>) {
  return match(index, { unit: 'count', value: null, qualifier: 'exact', ...partial });
}

function byClaimant(estimates: readonly Estimate[], id: string): Estimate[] {
  return estimates.filter((e) => e.claimantId === id);
}

describe('match on the bundled database (seed article, 2022-04-18)', () => {
  const tanks = query({
    metric: 'tanks',
    side: 'russia',
    asOf: '2022-04-18',
    value: 790,
    claimant: 'ua-general-staff',
  });

  it('finds the General Staff figure the article cites, with its MoD page', () => {
    const [gs] = tanks.estimates;
    expect(gs).toMatchObject({
      claimantId: 'ua-general-staff',
      value: 790,
      date: '2022-04-18',
      cited: true,
      flags: ['matches'],
      dataset: 'ua_genstaff_petroivaniuk',
    });
    expect(gs?.sourceUrl).toMatch(/^https:\/\/(www\.)?mil\.gov\.ua\/news\/2022\/04\/18\//);
  });

  it('names the cited claimant for the page, and only a claimant the registry knows', () => {
    expect(tanks.citedName).toBe('General Staff of Ukraine');
    const percent = { metric: 'personnel_casualties', side: 'russia', asOf: '2023-01-01' } as const;
    expect(query({ ...percent, unit: 'percent', value: 70, claimant: 'uk-mod' }).citedName).toBe(
      'UK Ministry of Defence',
    );
    expect(query({ ...percent, claimant: 'a source' })).not.toHaveProperty('citedName');
    expect(query(percent)).not.toHaveProperty('citedName');
  });

  it('shows Oryx as a lower bound on the same date', () => {
    const [oryx] = byClaimant(tanks.estimates, 'oryx');
    expect(oryx).toMatchObject({ value: 519, date: '2022-04-18', method: 'visually-confirmed' });
    expect(oryx?.flags).toEqual(['differs', 'lower-bound']);
    expect(oryx?.sourceUrl).toMatch(/^https:\/\/www\.oryxspioenkop\.com\//);
  });

  it('puts the cited claimant first', () => {
    expect(tanks.estimates.map((e) => e.claimantId)).toEqual(['ua-general-staff', 'oryx']);
  });

  it.each([
    ['armored_vehicles', 2041],
    ['aircraft', 167],
    ['helicopters', 147],
  ] as const)('%s %i matches the General Staff', (metric, value) => {
    const result = query({ metric, side: 'russia', asOf: '2022-04-18', value });
    const [gs] = byClaimant(result.estimates, 'ua-general-staff');
    expect(gs).toMatchObject({ value, date: '2022-04-18', flags: ['matches'] });
  });

  it('matches "around 20,600 personnel" with the GS figure, qualifier about', () => {
    const result = query({
      metric: 'personnel_casualties',
      side: 'russia',
      asOf: '2022-04-18',
      value: 20600,
      qualifier: 'about',
    });
    const [gs] = byClaimant(result.estimates, 'ua-general-staff');
    expect(gs).toMatchObject({ value: 20600, qualifier: 'about', flags: ['matches'] });
  });

  it('flags GS personnel as a different metric when the article says killed', () => {
    const result = query({
      metric: 'personnel_killed',
      side: 'russia',
      asOf: '2022-04-18',
      value: 20600,
    });
    const [gs] = byClaimant(result.estimates, 'ua-general-staff');
    expect(gs).toMatchObject({ metric: 'personnel_casualties', value: 20600 });
    expect(gs?.flags).toEqual(['matches', 'metric-mismatch']);
  });
});

describe('match on the bundled database (25 March 2022)', () => {
  it('flags 3,285 wounded as digits swapped against the Russian MoD 3,825', () => {
    const result = query({
      metric: 'personnel_wounded',
      side: 'russia',
      asOf: '2022-03-25',
      value: 3285,
    });
    const [ruMod] = byClaimant(result.estimates, 'ru-mod');
    expect(ruMod).toMatchObject({ value: 3825, date: '2022-03-25', flags: ['digits-swapped'] });
  });

  it('finds NATO 30,000–40,000 casualties on the corrected date 2022-03-23', () => {
    const result = query({
      metric: 'personnel_casualties',
      side: 'russia',
      asOf: '2022-03-25',
      value: 40000,
      qualifier: 'up-to',
    });
    const [nato] = byClaimant(result.estimates, 'nato');
    expect(nato).toMatchObject({ low: 30000, high: 40000, date: '2022-03-23', flags: ['matches'] });
    expect(nato?.sourceUrl).toMatch(/^https:\/\/www\.washingtonpost\.com\//);
  });

  it('returns nothing for percentages', () => {
    const result = match(index, {
      metric: 'personnel_casualties',
      side: 'russia',
      unit: 'percent',
      value: 70,
      qualifier: 'exact',
      asOf: '2022-04-18',
    });
    expect(result.estimates).toEqual([]);
  });
});

describe('optional datasets', () => {
  it('has OHCHR civilians killed on 2022-04-18 as a lower bound', () => {
    const result = query({
      metric: 'civilians_killed',
      side: 'ukraine',
      asOf: '2022-04-18',
      value: 2104,
    });
    const [ohchr] = byClaimant(result.estimates, 'ohchr');
    expect(ohchr).toMatchObject({ value: 2104, sourceUrl: 'https://reliefweb.int/node/3838922' });
    expect(ohchr?.flags).toEqual(['matches', 'lower-bound']);
  });

  it("has the Russian MoD's combined tanks and armoured vehicles figure for 2022-04-18", () => {
    const result = query({
      metric: 'tanks_and_armored_vehicles',
      side: 'ukraine',
      asOf: '2022-04-18',
      value: 2337,
    });
    const [ruMod] = byClaimant(result.estimates, 'ru-mod');
    expect(ruMod).toMatchObject({ value: 2337, flags: ['matches'] });
  });
});
