import type { CorpusCase } from './types';

/** Increments: figures for a month, a week, a day or since a date, not since the war began. */
export const PERIODS: CorpusCase[] = [
  {
    date: '2023-01-05',
    text: 'Russia lost 413 tanks in December, according to Oryx.',
    figures: [
      {
        text: '413 tanks',
        metric: 'tanks',
        side: 'russia',
        value: 413,
        claimant: 'oryx',
        asOf: '2022-12-31',
        period: { start: '2022-12-01', end: '2022-12-31' },
      },
    ],
  },
  {
    date: '2023-03-15',
    text: 'In February, Ukraine said, Russia lost 24,000 troops.',
    figures: [
      {
        text: '24,000 troops',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 24000,
        asOf: '2023-02-28',
        period: { start: '2023-02-01', end: '2023-02-28' },
      },
    ],
  },
  {
    date: '2023-05-02',
    text: "Ukraine's General Staff said Russian forces lost 510 soldiers in the past day.",
    figures: [
      {
        text: '510 soldiers',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 510,
        claimant: 'ua-general-staff',
        period: { start: '2023-05-02', end: '2023-05-02' },
      },
    ],
  },
  {
    date: '2023-03-26',
    text: 'Over the past 24 hours, Ukrainian forces killed 620 Russian soldiers and destroyed 9 tanks, the General Staff said.',
    figures: [
      {
        text: '620 Russian soldiers',
        metric: 'personnel_killed',
        side: 'russia',
        value: 620,
        claimant: 'ua-general-staff',
        period: { start: '2023-03-26', end: '2023-03-26' },
      },
      {
        text: '9 tanks',
        metric: 'tanks',
        side: 'russia',
        value: 9,
        claimant: 'ua-general-staff',
        period: { start: '2023-03-26', end: '2023-03-26' },
      },
    ],
  },
  {
    date: '2023-03-26',
    text: 'The total combat losses of the enemy from 24.02.22 to 26.03.23 were approximately:\npersonnel ‒ about 171,490 (+620) persons were liquidated,\ntanks ‒ 3,604 (+9),\nartillery systems ‒ 2,642 (+5).',
    note: "The General Staff's daily list, one line per metric: totals and the day's increments.",
    figures: [
      {
        text: 'personnel ‒ about 171,490',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 171490,
        qualifier: 'about',
      },
      {
        text: '+620',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 620,
        period: { start: '2023-03-26', end: '2023-03-26' },
      },
      { text: 'tanks ‒ 3,604', metric: 'tanks', side: 'russia', value: 3604 },
      {
        text: '+9',
        metric: 'tanks',
        side: 'russia',
        value: 9,
        period: { start: '2023-03-26', end: '2023-03-26' },
      },
      { text: 'artillery systems ‒ 2,642', metric: 'artillery', side: 'russia', value: 2642 },
      {
        text: '+5',
        metric: 'artillery',
        side: 'russia',
        value: 5,
        period: { start: '2023-03-26', end: '2023-03-26' },
      },
    ],
  },
  {
    date: '2022-04-19',
    text: "Russia has lost 790 tanks (+14) since the start of the invasion, according to Ukraine's Ministry of Defence.",
    figures: [
      {
        text: '790 tanks',
        metric: 'tanks',
        side: 'russia',
        value: 790,
        claimant: 'ua-general-staff',
      },
      {
        text: '+14',
        metric: 'tanks',
        side: 'russia',
        value: 14,
        claimant: 'ua-general-staff',
        period: { start: '2022-04-19', end: '2022-04-19' },
      },
    ],
  },
  {
    date: '2023-03-15',
    text: 'Last week, Russia lost 7,000 troops, the highest weekly toll of the war, Kyiv says.',
    figures: [
      {
        text: '7,000 troops',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 7000,
        asOf: '2023-03-12',
        period: { start: '2023-03-06', end: '2023-03-12' },
      },
    ],
  },
  {
    date: '2023-06-30',
    text: 'Ukraine says Russia has lost 1,000 tanks this year.',
    figures: [
      {
        text: '1,000 tanks',
        metric: 'tanks',
        side: 'russia',
        value: 1000,
        period: { start: '2023-01-01', end: '2023-06-30' },
      },
    ],
  },
  {
    date: '2023-03-15',
    text: 'Russia lost 6,000 soldiers in the past week, British intelligence said.',
    figures: [
      {
        text: '6,000 soldiers',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 6000,
        period: { start: '2023-03-09', end: '2023-03-15' },
      },
    ],
  },
  {
    date: '2023-05-12',
    text: 'Ukraine shot down 17 drones overnight, the air force said.',
    figures: [
      {
        text: '17 drones',
        metric: 'drones',
        side: 'russia',
        value: 17,
        period: { start: '2023-05-12', end: '2023-05-12' },
      },
    ],
  },
  {
    date: '2023-06-10',
    text: 'Russia lost 9,000 soldiers in May, Mediazona estimated.',
    figures: [
      {
        text: '9,000 soldiers',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 9000,
        claimant: 'mediazona-meduza',
        asOf: '2023-05-31',
        period: { start: '2023-05-01', end: '2023-05-31' },
      },
    ],
  },
];
