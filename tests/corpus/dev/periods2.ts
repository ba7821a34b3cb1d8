import type { CorpusCase } from './types';

/** More increments: since a date, over the past month, rates per day (see periods.ts). */
export const PERIODS_2: CorpusCase[] = [
  {
    date: '2022-11-15',
    text: 'Russian forces have lost 1,000 armoured vehicles since September 1.',
    figures: [
      {
        text: '1,000 armoured vehicles',
        metric: 'armored_vehicles',
        side: 'russia',
        value: 1000,
        period: { start: '2022-09-01', end: '2022-11-15' },
      },
    ],
  },
  {
    date: '2024-02-20',
    text: 'In recent weeks, Russia has lost hundreds of tanks around Avdiivka.',
    figures: [
      {
        text: 'hundreds of tanks',
        metric: 'tanks',
        side: 'russia',
        value: null,
        approx: { magnitude: 100 },
        qualifier: 'about',
        period: { start: null, end: '2024-02-20' },
      },
    ],
  },
  {
    date: '2024-01-10',
    text: 'During 2023, Russia lost 1,500 tanks, according to Oryx.',
    figures: [
      {
        text: '1,500 tanks',
        metric: 'tanks',
        side: 'russia',
        value: 1500,
        claimant: 'oryx',
        asOf: '2023-12-31',
        period: { start: '2023-01-01', end: '2023-12-31' },
      },
    ],
  },
  {
    date: '2023-02-10',
    text: 'Ukraine said it had killed 1,030 Russian soldiers in a single day.',
    figures: [
      {
        text: '1,030 Russian soldiers',
        metric: 'personnel_killed',
        side: 'russia',
        value: 1030,
        period: { start: '2023-02-10', end: '2023-02-10' },
      },
    ],
  },
  {
    date: '2022-05-15',
    text: 'Russian forces have lost 40 aircraft over the past month, officials said.',
    figures: [
      {
        text: '40 aircraft',
        metric: 'aircraft',
        side: 'russia',
        value: 40,
        period: { start: '2022-04-16', end: '2022-05-15' },
      },
    ],
  },
  {
    date: '2023-02-10',
    text: 'Russia lost 5,000 men last month, Kyiv claimed.',
    figures: [
      {
        text: '5,000 men',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 5000,
        asOf: '2023-01-31',
        period: { start: '2023-01-01', end: '2023-01-31' },
      },
    ],
  },
  {
    date: '2023-04-05',
    text: 'Between March 1 and March 31, the General Staff said, Russia lost 300 tanks.',
    figures: [
      {
        text: '300 tanks',
        metric: 'tanks',
        side: 'russia',
        value: 300,
        claimant: 'ua-general-staff',
        asOf: '2023-03-31',
        period: { start: '2023-03-01', end: '2023-03-31' },
      },
    ],
  },
  {
    date: '2023-03-02',
    text: 'Since Monday, Russian forces have lost 1,200 troops near Bakhmut.',
    figures: [
      {
        text: '1,200 troops',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 1200,
        period: { start: '2023-02-27', end: '2023-03-02' },
      },
    ],
  },
  {
    date: '2024-01-10',
    text: 'Last year Russia lost 1,500 tanks, according to Oryx.',
    figures: [
      {
        text: '1,500 tanks',
        metric: 'tanks',
        side: 'russia',
        value: 1500,
        claimant: 'oryx',
        asOf: '2023-12-31',
        period: { start: '2023-01-01', end: '2023-12-31' },
      },
    ],
  },
  {
    date: '2022-06-10',
    text: 'Ukraine is losing up to 200 soldiers a day in the Donbas, Zelensky said.',
    figures: [
      {
        text: 'up to 200 soldiers',
        metric: 'personnel_casualties',
        side: 'ukraine',
        value: 200,
        qualifier: 'up-to',
        claimant: 'ua-president',
        period: { start: '2022-06-10', end: '2022-06-10' },
      },
    ],
  },
];
