import type { CorpusCase } from './types';

/** Percentages and fractions of a force: "70% of their personnel", "a third of its tanks". */
export const SHARES: CorpusCase[] = [
  {
    date: '2022-04-19',
    text: 'Russian units operating in Ukraine have lost 70% of their personnel.',
    figures: [
      {
        text: '70% of their personnel',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 70,
        unit: 'percent',
      },
    ],
  },
  {
    date: '2022-06-01',
    text: 'Russia has lost a third of its tanks, British intelligence estimates.',
    figures: [
      {
        text: 'a third of its tanks',
        metric: 'tanks',
        side: 'russia',
        value: 33.3,
        unit: 'percent',
      },
    ],
  },
  {
    date: '2023-04-19',
    text: "About half of Russia's tanks have been destroyed, Western officials believe.",
    figures: [
      {
        text: "About half of Russia's tanks",
        metric: 'tanks',
        side: 'russia',
        value: 50,
        unit: 'percent',
        qualifier: 'about',
        claimant: 'western-intelligence',
      },
    ],
  },
  {
    date: '2023-04-19',
    text: 'Some 40% of Russian combat aircraft have been shot down or damaged.',
    figures: [
      {
        text: 'Some 40% of Russian combat aircraft',
        metric: 'aircraft',
        side: 'russia',
        value: 40,
        unit: 'percent',
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2023-03-01',
    text: 'The brigade lost 30 per cent of its men in the fighting around Bakhmut.',
    figures: [
      {
        text: '30 per cent of its men',
        metric: 'personnel_casualties',
        side: 'unknown',
        value: 30,
        unit: 'percent',
      },
    ],
  },
  {
    date: '2022-06-01',
    text: "A quarter of Ukraine's artillery systems have been destroyed, Russia claimed.",
    figures: [
      {
        text: "A quarter of Ukraine's artillery systems",
        metric: 'artillery',
        side: 'ukraine',
        value: 25,
        unit: 'percent',
      },
    ],
  },
  {
    date: '2023-09-01',
    text: 'Ukraine says two-thirds of the Russian helicopters sent to the front have been destroyed.',
    todo: 'a participle clause ("sent to the front") between the noun and its loss verb',
    figures: [
      {
        text: 'two-thirds of the Russian helicopters',
        metric: 'helicopters',
        side: 'russia',
        value: 66.7,
        unit: 'percent',
      },
    ],
  },
];
