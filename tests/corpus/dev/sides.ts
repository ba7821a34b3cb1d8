import type { CorpusCase } from './types';

/** Whose losses: side words, attackers and places, in the sentence or the one before. */
export const SIDES: CorpusCase[] = [
  {
    date: '2022-04-19',
    text: 'Ukrainian forces destroyed 30 Russian tanks on Sunday.',
    figures: [
      {
        text: '30 Russian tanks',
        metric: 'tanks',
        side: 'russia',
        value: 30,
        asOf: '2022-04-17',
        period: { start: '2022-04-17', end: '2022-04-17' },
      },
    ],
  },
  {
    date: '2022-04-19',
    text: 'Russian forces shot down 5 helicopters, the Russian Ministry of Defence said.',
    figures: [
      {
        text: '5 helicopters',
        metric: 'helicopters',
        side: 'ukraine',
        value: 5,
        claimant: 'ru-mod',
      },
    ],
  },
  {
    date: '2023-11-01',
    text: 'The occupiers lost 150 soldiers near Avdiivka.',
    figures: [{ text: '150 soldiers', metric: 'personnel_casualties', side: 'russia', value: 150 }],
  },
  {
    date: '2022-04-19',
    text: "The invaders have lost 19 aircraft, Kyiv's defence ministry said.",
    figures: [{ text: '19 aircraft', metric: 'aircraft', side: 'russia', value: 19 }],
  },
  {
    date: '2023-04-19',
    text: "Moscow's forces lost 500 men in the battle for Bakhmut.",
    figures: [{ text: '500 men', metric: 'personnel_casualties', side: 'russia', value: 500 }],
  },
  {
    date: '2022-06-01',
    text: "Kyiv's army has lost 400 tanks, Russia claims.",
    figures: [{ text: '400 tanks', metric: 'tanks', side: 'ukraine', value: 400 }],
  },
  {
    date: '2022-04-19',
    text: '30 tanks were destroyed by Ukrainian forces near Izium.',
    figures: [{ text: '30 tanks', metric: 'tanks', side: 'russia', value: 30 }],
  },
  {
    date: '2023-02-15',
    text: '12 tanks were lost by Russian units near Vuhledar.',
    figures: [{ text: '12 tanks', metric: 'tanks', side: 'russia', value: 12 }],
  },
  {
    date: '2023-05-02',
    text: 'Russia says Ukraine lost 250 soldiers in the past day.',
    figures: [
      {
        text: '250 soldiers',
        metric: 'personnel_casualties',
        side: 'ukraine',
        value: 250,
        period: { start: '2023-05-02', end: '2023-05-02' },
      },
    ],
  },
  {
    date: '2023-05-02',
    text: 'Ukraine says Russia lost 250 soldiers in the past day.',
    figures: [
      {
        text: '250 soldiers',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 250,
        period: { start: '2023-05-02', end: '2023-05-02' },
      },
    ],
  },
  {
    date: '2022-04-19',
    text: 'Ukrainian authorities said 120 civilians had been killed in Chernihiv.',
    figures: [{ text: '120 civilians', metric: 'civilians_killed', side: 'ukraine', value: 120 }],
  },
  {
    date: '2022-04-19',
    text: 'Russian shelling killed 8 civilians in Kharkiv, regional officials said.',
    figures: [{ text: '8 civilians', metric: 'civilians_killed', side: 'ukraine', value: 8 }],
  },
  {
    date: '2023-12-31',
    text: 'Belgorod officials said 25 civilians were killed in Ukrainian shelling.',
    figures: [{ text: '25 civilians', metric: 'civilians_killed', side: 'russia', value: 25 }],
  },
  {
    date: '2022-04-19',
    text: 'At least 50 soldiers were killed in the attack on the base, officials said.',
    figures: [
      {
        text: 'At least 50 soldiers',
        metric: 'personnel_killed',
        side: 'unknown',
        value: 50,
        qualifier: 'more-than',
      },
    ],
  },
  {
    date: '2022-12-01',
    text: "Russia's losses have reached 90,000 troops, a Ukrainian general said.",
    figures: [
      { text: '90,000 troops', metric: 'personnel_casualties', side: 'russia', value: 90000 },
    ],
  },
  {
    date: '2023-02-10',
    text: 'In one day, Ukrainian forces killed 560 Russian soldiers and destroyed 12 tanks and 9 artillery systems.',
    figures: [
      {
        text: '560 Russian soldiers',
        metric: 'personnel_killed',
        side: 'russia',
        value: 560,
        period: { start: '2023-02-10', end: '2023-02-10' },
      },
      {
        text: '12 tanks',
        metric: 'tanks',
        side: 'russia',
        value: 12,
        period: { start: '2023-02-10', end: '2023-02-10' },
      },
      {
        text: '9 artillery systems',
        metric: 'artillery',
        side: 'russia',
        value: 9,
        period: { start: '2023-02-10', end: '2023-02-10' },
      },
    ],
  },
  {
    date: '2022-04-19',
    text: 'Russian troops killed 50 civilians, including 10 children, in Bucha.',
    figures: [
      { text: '50 civilians', metric: 'civilians_killed', side: 'ukraine', value: 50 },
      { text: '10 children', metric: 'children_killed', side: 'ukraine', value: 10 },
    ],
  },
  {
    date: '2022-04-19',
    text: 'Russian forces fared badly in the battle for Kyiv.\nThey lost 2,000 soldiers there in March alone.',
    note: 'The side comes from the sentence before, across a paragraph break.',
    figures: [
      {
        text: '2,000 soldiers',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 2000,
        asOf: '2022-03-31',
        period: { start: '2022-03-01', end: '2022-03-31' },
      },
    ],
  },
  {
    date: '2022-04-19',
    text: "Russia's defence ministry said on Sunday it had killed 300 Ukrainian soldiers. The ministry also said 20 aircraft were destroyed.",
    figures: [
      {
        text: '300 Ukrainian soldiers',
        metric: 'personnel_killed',
        side: 'ukraine',
        value: 300,
        claimant: 'ru-mod',
        asOf: '2022-04-17',
      },
      {
        text: '20 aircraft',
        metric: 'aircraft',
        side: 'ukraine',
        value: 20,
        claimant: 'ru-mod',
        asOf: '2022-04-17',
      },
    ],
  },
  {
    date: '2024-01-10',
    text: 'Ukrainian drones destroyed 4 Russian air defence systems in Crimea.',
    figures: [
      { text: '4 Russian air defence systems', metric: 'air_defense', side: 'russia', value: 4 },
    ],
  },
];
