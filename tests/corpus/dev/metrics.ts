import type { CorpusCase } from './types';

/** The wordings of each metric: people killed, wounded, captured, missing; casualties; deaths. */
export const METRICS: CorpusCase[] = [
  {
    date: '2022-04-19',
    text: 'The General Staff said 1,200 Russian servicemen had been killed in action.',
    figures: [
      {
        text: '1,200 Russian servicemen',
        metric: 'personnel_killed',
        side: 'russia',
        value: 1200,
        claimant: 'ua-general-staff',
      },
    ],
  },
  {
    date: '2022-03-26',
    text: "Russia's defence ministry said 1,351 Russian soldiers had died.",
    figures: [
      {
        text: '1,351 Russian soldiers',
        metric: 'personnel_killed',
        side: 'russia',
        value: 1351,
        claimant: 'ru-mod',
      },
    ],
  },
  {
    date: '2023-04-19',
    text: 'Ukraine says 5,000 Russian fighters have been killed near Bakhmut.',
    figures: [
      { text: '5,000 Russian fighters', metric: 'personnel_killed', side: 'russia', value: 5000 },
    ],
  },
  {
    date: '2022-04-19',
    text: 'Some 12,000 Russian troops were wounded, the ministry said.',
    figures: [
      {
        text: 'Some 12,000 Russian troops',
        metric: 'personnel_wounded',
        side: 'russia',
        value: 12000,
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2022-09-20',
    text: 'Kyiv said 3,000 enemy soldiers were injured in the counteroffensive.',
    figures: [
      {
        text: '3,000 enemy soldiers',
        metric: 'personnel_wounded',
        side: 'russia',
        value: 3000,
      },
    ],
  },
  {
    date: '2022-06-01',
    text: 'At least 700 Ukrainian soldiers are missing in action, officials said.',
    figures: [
      {
        text: 'At least 700 Ukrainian soldiers',
        metric: 'personnel_missing',
        side: 'ukraine',
        value: 700,
        qualifier: 'more-than',
      },
    ],
  },
  {
    date: '2023-06-01',
    text: 'More than 15,000 Ukrainian servicemen have gone missing since the invasion, Kyiv says.',
    figures: [
      {
        text: 'More than 15,000 Ukrainian servicemen',
        metric: 'personnel_missing',
        side: 'ukraine',
        value: 15000,
        qualifier: 'more-than',
      },
    ],
  },
  {
    date: '2022-09-01',
    text: 'Russia holds 2,500 Ukrainian POWs.',
    figures: [
      {
        text: '2,500 Ukrainian POWs',
        metric: 'personnel_captured',
        side: 'ukraine',
        value: 2500,
      },
    ],
  },
  {
    date: '2022-09-01',
    text: 'Ukraine is holding more than 1,000 Russian prisoners of war.',
    figures: [
      {
        text: 'more than 1,000 Russian prisoners of war',
        metric: 'personnel_captured',
        side: 'russia',
        value: 1000,
        qualifier: 'more-than',
      },
    ],
  },
  {
    date: '2022-06-01',
    text: 'About 4,000 Ukrainian soldiers have been taken prisoner, Moscow says.',
    figures: [
      {
        text: 'About 4,000 Ukrainian soldiers',
        metric: 'personnel_captured',
        side: 'ukraine',
        value: 4000,
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2022-11-10',
    text: 'Russian forces have suffered 100,000 casualties, the Pentagon estimates.',
    figures: [
      {
        text: '100,000 casualties',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 100000,
        claimant: 'us-dod',
      },
    ],
  },
  {
    date: '2022-12-01',
    text: 'Ukrainian losses stood at 13,000 dead, Kyiv said.',
    figures: [{ text: '13,000 dead', metric: 'personnel_killed', side: 'ukraine', value: 13000 }],
  },
  {
    date: '2022-11-10',
    text: 'The war has left 100,000 Russian troops dead or wounded.',
    figures: [
      {
        text: '100,000 Russian troops',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 100000,
      },
    ],
  },
  {
    date: '2023-08-20',
    text: 'Russia has suffered 220,000 military casualties, US intelligence says.',
    figures: [
      {
        text: '220,000 military casualties',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 220000,
        claimant: 'us-intelligence',
      },
    ],
  },
  {
    date: '2023-04-19',
    text: 'Mediazona has confirmed 25,000 Russian military deaths by name.',
    figures: [
      {
        text: '25,000 Russian military deaths',
        metric: 'personnel_killed',
        side: 'russia',
        value: 25000,
        claimant: 'mediazona-meduza',
      },
    ],
  },
  {
    date: '2022-04-19',
    text: 'Around 200 Russian paratroopers died in the battle for Hostomel airport.',
    figures: [
      {
        text: 'Around 200 Russian paratroopers',
        metric: 'personnel_killed',
        side: 'russia',
        value: 200,
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2023-05-25',
    text: 'Wagner lost 20,000 mercenaries in Bakhmut, Prigozhin said.',
    figures: [
      {
        text: '20,000 mercenaries',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 20000,
      },
    ],
  },
  {
    date: '2023-08-01',
    text: 'Russia says Ukraine has lost more than 26,000 soldiers in its counteroffensive.',
    figures: [
      {
        text: 'more than 26,000 soldiers',
        metric: 'personnel_casualties',
        side: 'ukraine',
        value: 26000,
        qualifier: 'more-than',
      },
    ],
  },
  {
    date: '2022-03-26',
    text: 'The ministry listed Russian losses as 1,351 killed, 3,825 wounded and 80 missing.',
    figures: [
      { text: '1,351 killed', metric: 'personnel_killed', side: 'russia', value: 1351 },
      { text: '3,825 wounded', metric: 'personnel_wounded', side: 'russia', value: 3825 },
      { text: '80 missing', metric: 'personnel_missing', side: 'russia', value: 80 },
    ],
  },
  {
    date: '2024-02-26',
    text: "Ukraine's losses amounted to 31,000 soldiers killed, Zelensky said.",
    figures: [
      {
        text: '31,000 soldiers',
        metric: 'personnel_killed',
        side: 'ukraine',
        value: 31000,
        claimant: 'ua-president',
      },
    ],
  },
  {
    date: '2022-04-19',
    text: "Russia's last official tally from March 25 claimed it had lost 1,351 men in the conflict, while another 3,285 were wounded.",
    figures: [
      {
        text: '1,351 men',
        metric: 'personnel_killed',
        side: 'russia',
        value: 1351,
        claimant: 'ru-mod',
        asOf: '2022-03-25',
      },
      {
        text: '3,285 were wounded',
        metric: 'personnel_wounded',
        side: 'russia',
        value: 3285,
        claimant: 'ru-mod',
        asOf: '2022-03-25',
      },
    ],
  },
  {
    date: '2022-05-01',
    text: 'Russia claimed 3,000 Ukrainian soldiers killed and 500 taken prisoner.',
    figures: [
      {
        text: '3,000 Ukrainian soldiers',
        metric: 'personnel_killed',
        side: 'ukraine',
        value: 3000,
      },
      { text: '500 taken prisoner', metric: 'personnel_captured', side: 'ukraine', value: 500 },
    ],
  },
  {
    date: '2022-04-19',
    text: 'Russian strikes killed 40 in Kharkiv.',
    note: 'No noun, yet real copy writes tolls this way ("Troops Kill 8 In West Bank Raid"): the people of the place struck (docs/DETECTION.md).',
    figures: [
      {
        text: '40',
        metric: 'civilians_killed',
        side: 'ukraine',
        value: 40,
      },
    ],
  },
];
