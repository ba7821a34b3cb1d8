import type { CorpusCase } from './types';

/** The rest of the first held-out batch (see heldout.ts). */
export const HELD_OUT_1B: CorpusCase[] = [
  {
    date: '2022-04-19',
    text: 'The company’s shares lost 40% of their value after Russia invaded Ukraine.',
    figures: [],
  },
  {
    date: '2023-03-08',
    text: 'Wagner has lost about 30,000 men in Bakhmut, according to Ukrainian estimates.',
    figures: [
      {
        text: 'about 30,000 men',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 30000,
        qualifier: 'about',
        claimant: 'Ukrainian estimates',
      },
    ],
  },
  {
    date: '2023-11-20',
    text: 'Kyiv says 1,000 Russian soldiers are being killed or wounded every day around Avdiivka.',
    figures: [
      {
        text: '1,000 Russian soldiers',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 1000,
        period: { start: '2023-11-20', end: '2023-11-20' },
      },
    ],
  },
  {
    date: '2022-03-09',
    text: 'A Russian airstrike on a maternity hospital in Mariupol killed three people, including a child.',
    figures: [{ text: 'three people', metric: 'civilians_killed', side: 'ukraine', value: 3 }],
  },
  {
    date: '2024-02-17',
    text: 'Ukraine withdrew from Avdiivka on Saturday after months of fighting.',
    figures: [],
  },
  {
    date: '2023-07-20',
    text: 'The UN says at least 9,287 civilians have been killed and 16,384 injured since February 2022.',
    figures: [
      {
        text: 'at least 9,287 civilians',
        metric: 'civilians_killed',
        side: 'unknown',
        value: 9287,
        qualifier: 'more-than',
      },
      { text: '16,384 injured', metric: 'civilians_injured', side: 'unknown', value: 16384 },
    ],
  },
  {
    date: '2022-11-09',
    text: 'Russia’s defence ministry said more than 9,000 Ukrainian servicemen had been killed in the past month.',
    figures: [
      {
        text: 'more than 9,000 Ukrainian servicemen',
        metric: 'personnel_killed',
        side: 'ukraine',
        value: 9000,
        qualifier: 'more-than',
        claimant: 'ru-mod',
        period: { start: '2022-10-10', end: '2022-11-09' },
      },
    ],
  },
  {
    date: '2023-01-14',
    text: 'The Dnipro strike left 46 people dead, among them six children.',
    figures: [{ text: '46 people', metric: 'civilians_killed', side: 'ukraine', value: 46 }],
  },
  {
    date: '2022-04-19',
    text: 'The team lost 3 of its last 4 games.',
    figures: [],
  },
  {
    date: '2022-07-04',
    text: 'In the battle for Sievierodonetsk, Ukraine lost up to 100 soldiers a day.',
    figures: [
      {
        text: 'up to 100 soldiers',
        metric: 'personnel_casualties',
        side: 'ukraine',
        value: 100,
        qualifier: 'up-to',
        period: { start: '2022-07-04', end: '2022-07-04' },
      },
    ],
  },
  {
    date: '2022-03-28',
    text: 'Ukrainian officials say Russian forces have killed at least 5,000 people in Mariupol.',
    figures: [
      {
        text: 'at least 5,000 people',
        metric: 'civilians_killed',
        side: 'ukraine',
        value: 5000,
        qualifier: 'more-than',
      },
    ],
  },
  {
    date: '2024-03-20',
    text: 'Ukraine has destroyed or damaged about 25 Russian ships, a third of the Black Sea fleet.',
    figures: [
      {
        text: 'about 25 Russian ships',
        metric: 'ships',
        side: 'russia',
        value: 25,
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2023-12-01',
    text: 'More than 10 million Ukrainians have been displaced since the war began.',
    figures: [],
  },
  {
    date: '2023-08-01',
    text: 'Ukraine says its forces killed 420 Russian soldiers and destroyed 11 tanks over the past day.',
    figures: [
      {
        text: '420 Russian soldiers',
        metric: 'personnel_killed',
        side: 'russia',
        value: 420,
        period: { start: '2023-08-01', end: '2023-08-01' },
      },
      {
        text: '11 tanks',
        metric: 'tanks',
        side: 'russia',
        value: 11,
        period: { start: '2023-08-01', end: '2023-08-01' },
      },
    ],
  },
];
