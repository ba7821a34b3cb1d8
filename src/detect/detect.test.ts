import { describe, expect, it } from 'vitest';
import { detectFigures, type FigureMention } from './index';

const PAGE = '2022-04-19';
const detect = (text: string) => detectFigures(text, { pageDate: PAGE });
const brief = (m: FigureMention) => ({
  text: m.text,
  metric: m.metric,
  ...(m.alsoMetric ? { alsoMetric: m.alsoMetric } : {}),
  side: m.side,
  value: m.value ?? [m.low, m.high],
  qualifier: m.qualifier,
  ...(m.claimant ? { claimant: m.claimant } : {}),
  asOf: m.asOf,
});

/** Spans slice back to their text, in order, without overlap. */
function expectValidSpans(text: string, mentions: FigureMention[]): void {
  let end = 0;
  for (const m of mentions) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.start).toBeGreaterThanOrEqual(end);
    end = m.end;
  }
}

describe('detectFigures: what a figure counts', () => {
  it.each([
    [
      "Ukraine's General Staff said Russia had lost 15,000 troops as of March 20.",
      {
        text: '15,000 troops',
        metric: 'personnel_casualties',
        alsoMetric: 'personnel_killed',
        side: 'russia',
        value: 15000,
        qualifier: 'exact',
        claimant: 'ua-general-staff',
        asOf: '2022-03-20',
      },
    ],
    [
      'Ukrainian forces destroyed 30 Russian tanks on Sunday.',
      {
        text: '30 Russian tanks',
        metric: 'tanks',
        side: 'russia',
        value: 30,
        qualifier: 'exact',
        asOf: '2022-04-17',
      },
    ],
    [
      'Russian forces shot down 5 helicopters, the Russian Ministry of Defence said.',
      {
        text: '5 helicopters',
        metric: 'helicopters',
        side: 'ukraine',
        value: 5,
        qualifier: 'exact',
        claimant: 'ru-mod',
        asOf: PAGE,
      },
    ],
    [
      'More than 1,000 civilians have been killed since the invasion began, the UN human rights office said.',
      {
        text: 'More than 1,000 civilians',
        metric: 'civilians_killed',
        side: 'ukraine',
        value: 1000,
        qualifier: 'more-than',
        claimant: 'ohchr',
        asOf: PAGE,
      },
    ],
    [
      'Between 7,000 and 15,000 Russian soldiers have been killed, NATO officials said.',
      {
        text: '7,000 and 15,000 Russian soldiers',
        metric: 'personnel_killed',
        side: 'russia',
        value: [7000, 15000],
        qualifier: 'exact',
        claimant: 'nato',
        asOf: PAGE,
      },
    ],
    [
      'NATO estimates 30,000–40,000 Russian casualties.',
      {
        text: '30,000–40,000 Russian casualties',
        metric: 'personnel_casualties',
        side: 'russia',
        value: [30000, 40000],
        qualifier: 'exact',
        claimant: 'nato',
        asOf: PAGE,
      },
    ],
    [
      'About 20.6k Russian personnel have been lost.',
      {
        text: 'About 20.6k Russian personnel',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 20600,
        qualifier: 'about',
        asOf: PAGE,
      },
    ],
    [
      'Russian losses reached 1.2 million, Kyiv says.',
      {
        text: '1.2 million',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 1200000,
        qualifier: 'exact',
        asOf: PAGE,
      },
    ],
    [
      'Some 40 thousand troops were killed in the war.',
      {
        text: 'Some 40 thousand troops',
        metric: 'personnel_killed',
        side: 'unknown',
        value: 40000,
        qualifier: 'about',
        asOf: PAGE,
      },
    ],
    [
      'A dozen Russian tanks were destroyed near Kharkiv.',
      {
        text: 'A dozen Russian tanks',
        metric: 'tanks',
        side: 'russia',
        value: 12,
        qualifier: 'exact',
        asOf: PAGE,
      },
    ],
    [
      'Russia lost 70% of its tanks, the analysts said.',
      {
        text: '70% of its tanks',
        metric: 'tanks',
        side: 'russia',
        value: 70,
        qualifier: 'exact',
        asOf: PAGE,
      },
    ],
    [
      'Ukraine said on 18 April that 20 Russian drones had been shot down.',
      {
        text: '20 Russian drones',
        metric: 'drones',
        side: 'russia',
        value: 20,
        qualifier: 'exact',
        asOf: '2022-04-18',
      },
    ],
    [
      'As of 2022-03-25, Russia had lost 1,351 soldiers.',
      {
        text: '1,351 soldiers',
        metric: 'personnel_casualties',
        alsoMetric: 'personnel_killed',
        side: 'russia',
        value: 1351,
        qualifier: 'exact',
        asOf: '2022-03-25',
      },
    ],
    [
      'The enemy lost 200 personnel yesterday.',
      {
        text: '200 personnel',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 200,
        qualifier: 'exact',
        asOf: '2022-04-18',
      },
    ],
    [
      "Moscow's forces lost 500 men in the battle for Bakhmut.",
      {
        text: '500 men',
        metric: 'personnel_casualties',
        alsoMetric: 'personnel_killed',
        side: 'russia',
        value: 500,
        qualifier: 'exact',
        asOf: PAGE,
      },
    ],
    [
      'In total 14,000 Ukrainian servicemen were killed or wounded, officials said.',
      {
        text: '14,000 Ukrainian servicemen',
        metric: 'personnel_casualties',
        side: 'ukraine',
        value: 14000,
        qualifier: 'exact',
        asOf: PAGE,
      },
    ],
    [
      'Oryx has confirmed the loss of 519 Russian tanks.',
      {
        text: '519 Russian tanks',
        metric: 'tanks',
        side: 'russia',
        value: 519,
        qualifier: 'exact',
        claimant: 'oryx',
        asOf: PAGE,
      },
    ],
    [
      'Four hundred Russian soldiers were taken prisoner.',
      {
        text: 'Four hundred Russian soldiers',
        metric: 'personnel_captured',
        side: 'russia',
        value: 400,
        qualifier: 'exact',
        asOf: PAGE,
      },
    ],
    [
      'Russia has lost 4\u00a0000 armoured vehicles.',
      {
        text: '4\u00a0000 armoured vehicles',
        metric: 'armored_vehicles',
        side: 'russia',
        value: 4000,
        qualifier: 'exact',
        asOf: PAGE,
      },
    ],
  ])('%s', (text, expected) => {
    const mentions = detect(text);
    expectValidSpans(text, mentions);
    expect(mentions.map(brief)).toEqual([expected]);
  });

  it('needs the loss word to head the list a count of equipment stands in', () => {
    expect(
      detect('Russia has lost 3,000 tanks, leaving it with 1,500 tanks in storage.').map(
        (m) => m.text,
      ),
    ).toEqual(['3,000 tanks']);
    expect(detect('Russia has lost 3,000 tanks and 1,500 trucks.').map((m) => m.text)).toEqual([
      '3,000 tanks',
      '1,500 trucks',
    ]);
    expect(
      detect('In Bakhmut 790 tanks and 167 aircraft were destroyed.').map((m) => m.text),
    ).toEqual(['790 tanks', '167 aircraft']);
  });

  it('lets an elliptic figure borrow the noun and side of the previous one', () => {
    const text = 'Russia claimed 3,000 Ukrainian soldiers killed and 500 taken prisoner.';
    expect(detect(text).map((m) => [m.text, m.metric, m.side])).toEqual([
      ['3,000 Ukrainian soldiers', 'personnel_killed', 'ukraine'],
      ['500 taken prisoner', 'personnel_captured', 'ukraine'],
    ]);
  });

  it('shares the verb and side of a list with "including"', () => {
    const text = 'Russian troops killed 50 civilians, including 10 children, in Bucha.';
    expect(detect(text).map((m) => [m.text, m.metric, m.side])).toEqual([
      ['50 civilians', 'civilians_killed', 'ukraine'],
      ['10 children', 'children_killed', 'ukraine'],
    ]);
  });

  it('attributes a later sentence of the paragraph to the claimant named before', () => {
    const text =
      "Russia's defence ministry said on Sunday it had killed 300 Ukrainian soldiers. The ministry also said 20 aircraft were destroyed.";
    expect(detect(text).map((m) => [m.text, m.side, m.claimant, m.asOf])).toEqual([
      ['300 Ukrainian soldiers', 'ukraine', 'ru-mod', '2022-04-17'],
      ['20 aircraft', 'ukraine', 'ru-mod', '2022-04-17'],
    ]);
  });

  it('rejects a page date that is not a calendar date', () => {
    expect(() => detectFigures('Russia lost 790 tanks.', { pageDate: '2022-02-30' })).toThrow(
      RangeError,
    );
    expect(() => detectFigures('x', { pageDate: 'April 19' })).toThrow(/YYYY-MM-DD/);
  });

  it('reads English quoted on a page in another language, and leaves its Cyrillic alone', () => {
    const text = 'Russia lost 790 tanks.\nРосія втратила 790 танків.';
    const texts = (lang: string) =>
      detectFigures(text, { pageDate: PAGE, lang }).map((m) => m.text);
    expect(texts('en-GB')).toEqual(['790 tanks', '790 танків']);
    expect(texts('fr')).toEqual(['790 tanks']);
    expect(texts('bg')).toEqual(['790 tanks']);
  });
});
