import type { CorpusCase } from './types';

/** Hedges and vague magnitudes ("thousands of", "a few thousand"); shares are in shares.ts. */
export const MAGNITUDES: CorpusCase[] = [
  {
    date: '2022-05-18',
    text: 'Fewer than 100 Ukrainian servicemen were captured, according to the SBU.',
    figures: [
      {
        text: 'Fewer than 100 Ukrainian servicemen',
        metric: 'personnel_captured',
        side: 'ukraine',
        value: 100,
        qualifier: 'up-to',
        claimant: 'ua-sbu',
      },
    ],
  },
  {
    date: '2023-04-19',
    text: "Russia's forces have lost no fewer than 2,000 tanks.",
    figures: [
      {
        text: 'no fewer than 2,000 tanks',
        metric: 'tanks',
        side: 'russia',
        value: 2000,
        qualifier: 'more-than',
      },
    ],
  },
  {
    date: '2023-04-19',
    text: 'In excess of 500 Russian artillery systems have been destroyed.',
    figures: [
      {
        text: 'In excess of 500 Russian artillery systems',
        metric: 'artillery',
        side: 'russia',
        value: 500,
        qualifier: 'more-than',
      },
    ],
  },
  {
    date: '2022-04-10',
    text: 'At least 50 civilians were killed in the missile strike on Kramatorsk station.',
    figures: [
      {
        text: 'At least 50 civilians',
        metric: 'civilians_killed',
        side: 'ukraine',
        value: 50,
        qualifier: 'more-than',
      },
    ],
  },
  {
    date: '2022-05-05',
    text: 'Up to 600 people may have died in the strike on the Mariupol drama theatre.',
    figures: [
      {
        text: 'Up to 600 people',
        metric: 'civilians_killed',
        side: 'ukraine',
        value: 600,
        qualifier: 'up-to',
      },
    ],
  },
  {
    date: '2023-04-19',
    text: 'As many as 10,000 Russian soldiers may have been killed in the Bakhmut fighting.',
    figures: [
      {
        text: 'As many as 10,000 Russian soldiers',
        metric: 'personnel_killed',
        side: 'russia',
        value: 10000,
        qualifier: 'up-to',
      },
    ],
  },
  {
    date: '2023-04-19',
    text: 'The General Staff put Russian personnel losses at 203.1 thousand.',
    figures: [
      {
        text: '203.1 thousand',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 203100,
        claimant: 'ua-general-staff',
      },
    ],
  },
  {
    date: '2023-04-19',
    text: 'Thousands of Russian soldiers have been killed in the battle for Bakhmut.',
    figures: [
      {
        text: 'Thousands of Russian soldiers',
        metric: 'personnel_killed',
        side: 'russia',
        value: null,
        approx: { magnitude: 1000 },
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2022-08-20',
    text: 'Tens of thousands of Ukrainian troops have been killed or wounded, US officials say.',
    figures: [
      {
        text: 'Tens of thousands of Ukrainian troops',
        metric: 'personnel_casualties',
        side: 'ukraine',
        value: null,
        approx: { magnitude: 10000 },
        qualifier: 'about',
        claimant: 'us-officials',
      },
    ],
  },
  {
    date: '2022-05-20',
    text: 'Hundreds of civilians have been killed in Mariupol.',
    figures: [
      {
        text: 'Hundreds of civilians',
        metric: 'civilians_killed',
        side: 'ukraine',
        value: null,
        approx: { magnitude: 100 },
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2022-09-20',
    text: 'A few thousand Russian troops were captured in the Kharkiv counteroffensive.',
    figures: [
      {
        text: 'A few thousand Russian troops',
        metric: 'personnel_captured',
        side: 'russia',
        value: null,
        approx: { magnitude: 1000 },
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2023-02-15',
    text: 'Dozens of Russian tanks were destroyed near Vuhledar.',
    figures: [
      {
        text: 'Dozens of Russian tanks',
        metric: 'tanks',
        side: 'russia',
        value: null,
        approx: { magnitude: 10 },
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2023-08-20',
    text: 'Hundreds of thousands of Russian soldiers have been killed or wounded since the invasion.',
    figures: [
      {
        text: 'Hundreds of thousands of Russian soldiers',
        metric: 'personnel_casualties',
        side: 'russia',
        value: null,
        approx: { magnitude: 100000 },
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2022-05-20',
    text: 'Several hundred Ukrainian soldiers surrendered at the Azovstal plant.',
    figures: [
      {
        text: 'Several hundred Ukrainian soldiers',
        metric: 'personnel_captured',
        side: 'ukraine',
        value: null,
        approx: { magnitude: 100 },
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2022-04-10',
    text: 'At least hundreds of civilians were killed in Bucha.',
    figures: [
      {
        text: 'At least hundreds of civilians',
        metric: 'civilians_killed',
        side: 'ukraine',
        value: null,
        approx: { magnitude: 100 },
        qualifier: 'more-than',
      },
    ],
  },
  {
    date: '2022-07-01',
    text: 'Russian casualties now number in the tens of thousands.',
    figures: [
      {
        text: 'tens of thousands',
        metric: 'personnel_casualties',
        side: 'russia',
        value: null,
        approx: { magnitude: 10000 },
        qualifier: 'about',
      },
    ],
  },
];
