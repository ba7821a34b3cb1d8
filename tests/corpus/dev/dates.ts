import type { CorpusCase } from './types';

/** As-of dates: explicit dates, day words resolved against the page date, earlier sentences. */
export const DATES: CorpusCase[] = [
  {
    date: '2022-04-19',
    text: 'As of April 18, Russia had lost 790 tanks.',
    figures: [
      { text: '790 tanks', metric: 'tanks', side: 'russia', value: 790, asOf: '2022-04-18' },
    ],
  },
  {
    date: '2022-04-19',
    text: 'On Monday the General Staff said Russia had lost 20,600 troops.',
    figures: [
      {
        text: '20,600 troops',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 20600,
        claimant: 'ua-general-staff',
        asOf: '2022-04-18',
      },
    ],
  },
  {
    date: '2022-04-19',
    text: 'Yesterday the ministry said Russia had lost 790 tanks.',
    figures: [
      { text: '790 tanks', metric: 'tanks', side: 'russia', value: 790, asOf: '2022-04-18' },
    ],
  },
  {
    date: '2022-04-19',
    text: 'The General Staff said last week that Russia had lost 680 tanks.',
    note: '"last week" dates the statement here, so it is the as-of date (the Sunday ending it), not a period.',
    figures: [
      {
        text: '680 tanks',
        metric: 'tanks',
        side: 'russia',
        value: 680,
        claimant: 'ua-general-staff',
        asOf: '2022-04-17',
      },
    ],
  },
  {
    date: '2022-04-19',
    text: "Russia's tally from March 25 said 1,351 soldiers had been killed.",
    figures: [
      {
        text: '1,351 soldiers',
        metric: 'personnel_killed',
        side: 'russia',
        value: 1351,
        asOf: '2022-03-25',
      },
    ],
  },
  {
    date: '2022-04-19',
    text: 'On 24 March, NATO said up to 15,000 Russian soldiers had been killed.',
    figures: [
      {
        text: 'up to 15,000 Russian soldiers',
        metric: 'personnel_killed',
        side: 'russia',
        value: 15000,
        qualifier: 'up-to',
        claimant: 'nato',
        asOf: '2022-03-24',
      },
    ],
  },
  {
    date: '2022-04-19',
    text: 'Around 20,600 Russian personnel have been lost between the start of the invasion of Ukraine on February 24 and Monday, the General Staff said.',
    figures: [
      {
        text: 'Around 20,600 Russian personnel',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 20600,
        qualifier: 'about',
        claimant: 'ua-general-staff',
        asOf: '2022-04-18',
      },
    ],
  },
  {
    date: '2022-04-19',
    text: 'The General Staff published its latest report on Monday. It said Russia had lost 790 tanks.',
    figures: [
      {
        text: '790 tanks',
        metric: 'tanks',
        side: 'russia',
        value: 790,
        claimant: 'ua-general-staff',
        asOf: '2022-04-18',
      },
    ],
  },
  {
    date: '2022-04-19',
    text: 'On Tuesday, Ukraine said Russia had lost 800 tanks.',
    figures: [{ text: '800 tanks', metric: 'tanks', side: 'russia', value: 800 }],
  },
  {
    date: '2022-04-19',
    text: 'As of 2022-03-25, Russia had lost 1,351 soldiers.',
    figures: [
      {
        text: '1,351 soldiers',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 1351,
        asOf: '2022-03-25',
      },
    ],
  },
  {
    date: '2022-04-19',
    text: "March 25, 2022: Russia's defence ministry said 1,351 Russian troops had been killed.",
    figures: [
      {
        text: '1,351 Russian troops',
        metric: 'personnel_killed',
        side: 'russia',
        value: 1351,
        claimant: 'ru-mod',
        asOf: '2022-03-25',
      },
    ],
  },
  {
    date: '2022-03-01',
    text: 'Ukraine said on Sunday that 5,300 Russian troops had been killed.',
    figures: [
      {
        text: '5,300 Russian troops',
        metric: 'personnel_killed',
        side: 'russia',
        value: 5300,
        asOf: '2022-02-27',
      },
    ],
  },
  {
    date: '2023-01-05',
    text: 'As of December 30, Russia had lost 3,000 tanks, Kyiv said.',
    figures: [
      { text: '3,000 tanks', metric: 'tanks', side: 'russia', value: 3000, asOf: '2022-12-30' },
    ],
  },
  {
    date: '2022-04-19',
    text: 'Russia lost 120 soldiers on Tuesday alone, Ukraine said.',
    figures: [
      {
        text: '120 soldiers',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 120,
        period: { start: '2022-04-19', end: '2022-04-19' },
      },
    ],
  },
  {
    date: '2022-04-19',
    text: 'The enemy lost 200 personnel yesterday.',
    figures: [
      {
        text: '200 personnel',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 200,
        asOf: '2022-04-18',
        period: { start: '2022-04-18', end: '2022-04-18' },
      },
    ],
  },
  {
    date: '2022-04-19',
    text: 'Russia said on 18 April that 20 Ukrainian drones had been shot down.',
    figures: [
      {
        text: '20 Ukrainian drones',
        metric: 'drones',
        side: 'ukraine',
        value: 20,
        asOf: '2022-04-18',
      },
    ],
  },
];
