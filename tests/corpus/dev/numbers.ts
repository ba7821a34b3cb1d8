import type { CorpusCase } from './types';

/** How numbers are written: separators, scales, words, ranges, hedges and vague magnitudes. */
export const NUMBERS: CorpusCase[] = [
  {
    date: '2022-04-19',
    text: "Ukraine's General Staff said Russia had lost 20,600 personnel.",
    figures: [
      {
        text: '20,600 personnel',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 20600,
        claimant: 'ua-general-staff',
      },
    ],
  },
  {
    date: '2022-04-19',
    text: 'Russia has lost 4 000 soldiers in Ukraine, Kyiv says.',
    figures: [
      { text: '4 000 soldiers', metric: 'personnel_casualties', side: 'russia', value: 4000 },
    ],
  },
  {
    date: '2022-04-19',
    text: 'The enemy has lost 12\u00a0500 troops since the invasion began.',
    figures: [
      { text: '12\u00a0500 troops', metric: 'personnel_casualties', side: 'russia', value: 12500 },
    ],
  },
  {
    date: '2023-04-19',
    text: 'Russia has lost 1\u202f300 tanks, the General Staff said.',
    figures: [
      {
        text: '1\u202f300 tanks',
        metric: 'tanks',
        side: 'russia',
        value: 1300,
        claimant: 'ua-general-staff',
      },
    ],
  },
  {
    date: '2022-04-19',
    text: 'About 20.6k Russian personnel have been lost.',
    figures: [
      {
        text: 'About 20.6k Russian personnel',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 20600,
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2025-06-01',
    text: 'Russian casualties have passed 1.2 million, according to the UK Ministry of Defence.',
    figures: [
      {
        text: '1.2 million',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 1200000,
        qualifier: 'more-than',
        claimant: 'uk-mod',
      },
    ],
  },
  {
    date: '2023-04-19',
    text: 'Some 40 thousand Russian troops have been killed, Western officials estimate.',
    figures: [
      {
        text: 'Some 40 thousand Russian troops',
        metric: 'personnel_killed',
        side: 'russia',
        value: 40000,
        qualifier: 'about',
        claimant: 'western-intelligence',
      },
    ],
  },
  {
    date: '2022-04-19',
    text: 'Four hundred Russian soldiers were taken prisoner near Kyiv.',
    figures: [
      {
        text: 'Four hundred Russian soldiers',
        metric: 'personnel_captured',
        side: 'russia',
        value: 400,
      },
    ],
  },
  {
    date: '2022-04-19',
    text: 'Thirty-two Ukrainian servicemen were killed in the strike, the army said.',
    figures: [
      {
        text: 'Thirty-two Ukrainian servicemen',
        metric: 'personnel_killed',
        side: 'ukraine',
        value: 32,
      },
    ],
  },
  {
    date: '2022-04-19',
    text: 'A dozen Russian tanks were destroyed near Kharkiv.',
    figures: [{ text: 'A dozen Russian tanks', metric: 'tanks', side: 'russia', value: 12 }],
  },
  {
    date: '2023-07-01',
    text: 'Nearly a quarter of a million Russian soldiers have been killed or wounded, British intelligence says.',
    figures: [
      {
        text: 'Nearly a quarter of a million Russian soldiers',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 250000,
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2024-08-01',
    text: 'Half a million Russian troops have been killed or wounded since the invasion, US officials say.',
    figures: [
      {
        text: 'Half a million Russian troops',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 500000,
        claimant: 'us-officials',
      },
    ],
  },
  {
    date: '2022-06-01',
    text: 'Two thousand five hundred Ukrainian soldiers have been captured, Russia claims.',
    figures: [
      {
        text: 'Two thousand five hundred Ukrainian soldiers',
        metric: 'personnel_captured',
        side: 'ukraine',
        value: 2500,
      },
    ],
  },
  {
    date: '2022-03-20',
    text: 'One hundred and twenty civilians have died in Mariupol, the city council said.',
    figures: [
      {
        text: 'One hundred and twenty civilians',
        metric: 'civilians_killed',
        side: 'ukraine',
        value: 120,
      },
    ],
  },
  {
    date: '2022-04-19',
    text: 'Russia has lost 7,000-15,000 troops, according to NATO.',
    figures: [
      {
        text: '7,000-15,000 troops',
        metric: 'personnel_casualties',
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
    text: 'Ukrainian officials put Russian deaths at 18,000 to 21,000.',
    figures: [
      {
        text: '18,000 to 21,000',
        metric: 'personnel_killed',
        side: 'russia',
        value: null,
        low: 18000,
        high: 21000,
      },
    ],
  },
  {
    date: '2022-04-19',
    text: 'Russian losses are estimated at between 30,000 and 40,000 men.',
    figures: [
      {
        text: '30,000 and 40,000 men',
        metric: 'personnel_casualties',
        side: 'russia',
        value: null,
        low: 30000,
        high: 40000,
      },
    ],
  },
  {
    date: '2022-05-20',
    text: 'Roughly 1,500 Ukrainian troops have been killed in Mariupol, officials said.',
    figures: [
      {
        text: 'Roughly 1,500 Ukrainian troops',
        metric: 'personnel_killed',
        side: 'ukraine',
        value: 1500,
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2022-05-20',
    text: 'An estimated 5,000 civilians have been killed in Mariupol.',
    figures: [
      {
        text: 'An estimated 5,000 civilians',
        metric: 'civilians_killed',
        side: 'ukraine',
        value: 5000,
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2023-04-19',
    text: 'Nearly 300 Russian aircraft have been shot down.',
    figures: [
      {
        text: 'Nearly 300 Russian aircraft',
        metric: 'aircraft',
        side: 'russia',
        value: 300,
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2023-04-19',
    text: 'Almost 3,000 Russian tanks have been destroyed, Kyiv says.',
    figures: [
      {
        text: 'Almost 3,000 Russian tanks',
        metric: 'tanks',
        side: 'russia',
        value: 3000,
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2022-05-18',
    text: 'More than 1,000 Ukrainian soldiers have surrendered in Mariupol, Russia said.',
    figures: [
      {
        text: 'More than 1,000 Ukrainian soldiers',
        metric: 'personnel_captured',
        side: 'ukraine',
        value: 1000,
        qualifier: 'more-than',
      },
    ],
  },
  {
    date: '2023-04-19',
    text: 'Over 200 Russian helicopters have been lost.',
    figures: [
      {
        text: 'Over 200 Russian helicopters',
        metric: 'helicopters',
        side: 'russia',
        value: 200,
        qualifier: 'more-than',
      },
    ],
  },
];
