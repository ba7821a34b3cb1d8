import type { CorpusCase } from './types';

/** Who says so: registry aliases, "according to", "X said", and raw phrases. */
export const CLAIMANTS: CorpusCase[] = [
  {
    date: '2022-06-01',
    text: "According to Ukraine's Ministry of Defence, Russia has lost 1,400 tanks.",
    figures: [
      {
        text: '1,400 tanks',
        metric: 'tanks',
        side: 'russia',
        value: 1400,
        claimant: 'ua-general-staff',
      },
    ],
  },
  {
    date: '2023-03-01',
    text: 'The General Staff said Russian forces had lost 304 aircraft.',
    figures: [
      {
        text: '304 aircraft',
        metric: 'aircraft',
        side: 'russia',
        value: 304,
        claimant: 'ua-general-staff',
      },
    ],
  },
  {
    date: '2022-04-19',
    text: 'The SBU said 1,500 Russian soldiers had surrendered.',
    figures: [
      {
        text: '1,500 Russian soldiers',
        metric: 'personnel_captured',
        side: 'russia',
        value: 1500,
        claimant: 'ua-sbu',
      },
    ],
  },
  {
    date: '2022-03-23',
    text: 'NATO officials estimate that 7,000 to 15,000 Russian soldiers have been killed.',
    figures: [
      {
        text: '7,000 to 15,000 Russian soldiers',
        metric: 'personnel_killed',
        side: 'russia',
        value: null,
        low: 7000,
        high: 15000,
        claimant: 'nato',
      },
    ],
  },
  {
    date: '2022-04-19',
    text: 'The number of Russian casualties could be as high as 40,000, according to NATO officials.',
    figures: [
      {
        text: 'as high as 40,000',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 40000,
        qualifier: 'up-to',
        claimant: 'nato',
      },
    ],
  },
  {
    date: '2022-06-01',
    text: 'The UN human rights monitoring mission has verified 4,200 civilian deaths in Ukraine.',
    figures: [
      {
        text: '4,200 civilian deaths',
        metric: 'civilians_killed',
        side: 'ukraine',
        value: 4200,
        claimant: 'ohchr',
      },
    ],
  },
  {
    date: '2023-02-17',
    text: 'The UK Ministry of Defence estimates that 40,000 to 60,000 Russian soldiers have been killed.',
    figures: [
      {
        text: '40,000 to 60,000 Russian soldiers',
        metric: 'personnel_killed',
        side: 'russia',
        value: null,
        low: 40000,
        high: 60000,
        claimant: 'uk-mod',
      },
    ],
  },
  {
    date: '2023-04-10',
    text: 'The Pentagon believes Russia has suffered 200,000 casualties.',
    figures: [
      {
        text: '200,000 casualties',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 200000,
        claimant: 'us-dod',
      },
    ],
  },
  {
    date: '2024-02-23',
    text: 'Mediazona and Meduza estimate that 75,000 Russian soldiers have died.',
    figures: [
      {
        text: '75,000 Russian soldiers',
        metric: 'personnel_killed',
        side: 'russia',
        value: 75000,
        claimant: 'mediazona-meduza',
      },
    ],
  },
  {
    date: '2022-07-10',
    text: 'According to Russian state media, 600 Ukrainian soldiers were killed in the strike.',
    figures: [
      {
        text: '600 Ukrainian soldiers',
        metric: 'personnel_killed',
        side: 'ukraine',
        value: 600,
        claimant: 'Russian state media',
      },
    ],
  },
  {
    date: '2024-02-26',
    text: 'Zelensky said 31,000 Ukrainian soldiers had been killed.',
    figures: [
      {
        text: '31,000 Ukrainian soldiers',
        metric: 'personnel_killed',
        side: 'ukraine',
        value: 31000,
        claimant: 'ua-president',
      },
    ],
  },
  {
    date: '2023-06-01',
    text: "Ukraine's prosecutor general's office said 485 children had been killed.",
    figures: [
      {
        text: '485 children',
        metric: 'children_killed',
        side: 'ukraine',
        value: 485,
        claimant: 'ua-prosecutor-general',
      },
    ],
  },
  {
    date: '2023-02-17',
    text: "Western intelligence agencies put Ukraine's military dead at 70,000.",
    figures: [
      {
        text: '70,000',
        metric: 'personnel_killed',
        side: 'ukraine',
        value: 70000,
        claimant: 'western-intelligence',
      },
    ],
  },
  {
    date: '2023-02-17',
    text: 'The British Defence Ministry said Russian forces had probably suffered 175,000 casualties.',
    figures: [
      {
        text: '175,000 casualties',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 175000,
        claimant: 'uk-mod',
      },
    ],
  },
  {
    date: '2024-01-10',
    text: 'According to the CIA, Russia has suffered 315,000 casualties.',
    figures: [
      {
        text: '315,000 casualties',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 315000,
        claimant: 'cia',
      },
    ],
  },
  {
    date: '2022-04-19',
    text: "Ukraine's Ministry of Defence said Russia had lost 20,600 personnel.\nThe ministry added that 790 tanks had been destroyed.",
    note: '"The ministry" refers back to the ministry named before it.',
    figures: [
      {
        text: '20,600 personnel',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 20600,
        claimant: 'ua-general-staff',
      },
      {
        text: '790 tanks',
        metric: 'tanks',
        side: 'russia',
        value: 790,
        claimant: 'ua-general-staff',
      },
    ],
  },
];
