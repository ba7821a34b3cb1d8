import type { CorpusCase } from './types';

/**
 * A third batch, written and annotated before the detector was run on it: paragraphs of war
 * reporting full of numbers that are not losses, with a few that are. First run: all 5 figures
 * found, one false figure (the dead of Stalingrad), and one period too many ("captured Avdiivka
 * last week after losing 47,000 troops").
 */
export const HELD_OUT_3: CorpusCase[] = [
  {
    date: '2023-02-02',
    text: 'Eighty years after the Battle of Stalingrad, where more than a million soldiers died, Putin compared the war in Ukraine to the fight against Nazi Germany.',
    figures: [],
  },
  {
    date: '2023-09-14',
    text: 'Russia is thought to have about 1,500 tanks in storage that could be refurbished, and it produces roughly 200 new ones a year.',
    figures: [],
  },
  {
    date: '2024-02-24',
    text: 'Two years and more than 700 days after the invasion, Ukraine needs 1,000 more tanks and 155mm shells by the million, its commander said.',
    figures: [],
  },
  {
    date: '2024-02-20',
    text: 'Russia captured Avdiivka last week after losing about 47,000 troops in the battle, Ukrainian officials said.',
    figures: [
      {
        text: 'about 47,000 troops',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 47000,
        qualifier: 'about',
        asOf: '2024-02-18',
      },
    ],
    note: '"last week" dates the capture, and with it the count, to the week before (its Sunday).',
  },
  {
    date: '2023-12-01',
    text: 'The hospital in Dnipro has treated 300 wounded soldiers since the summer.',
    figures: [],
    note: 'Patients of one hospital, not a tally of the wounded.',
  },
  {
    date: '2022-10-02',
    text: 'Shakhtar Donetsk lost 4-1 at home, their third defeat in 5 matches.',
    figures: [],
  },
  {
    date: '2023-05-09',
    text: 'Some 10,000 troops and 125 military vehicles took part in the Victory Day parade on Red Square.',
    figures: [],
  },
  {
    date: '2023-10-09',
    text: 'The party lost 20 seats in the election, while its coalition partner won 13% of the vote.',
    figures: [],
  },
  {
    date: '2024-08-15',
    text: 'Ukraine says it has captured 100 Russian soldiers in the Kursk region and taken control of 82 settlements.',
    figures: [
      { text: '100 Russian soldiers', metric: 'personnel_captured', side: 'russia', value: 100 },
    ],
  },
  {
    date: '2022-06-03',
    text: 'After 100 days of war, Russia controls about 20 percent of Ukraine’s territory, Zelensky said.',
    figures: [],
  },
  {
    date: '2023-03-20',
    text: 'The ICC issued a warrant for Putin over the deportation of at least 16,000 Ukrainian children.',
    figures: [],
  },
  {
    date: '2022-11-15',
    text: 'Russia launched about 90 missiles at Ukraine on Tuesday, the largest barrage of the war, knocking out power for 7 million people.',
    figures: [],
  },
  {
    date: '2022-04-08',
    text: 'A missile strike on the Kramatorsk railway station killed at least 50 people, including five children, as they tried to flee.',
    figures: [
      {
        text: 'at least 50 people',
        metric: 'civilians_killed',
        side: 'ukraine',
        value: 50,
        qualifier: 'more-than',
      },
      { text: 'five children', metric: 'children_killed', side: 'ukraine', value: 5 },
    ],
  },
  {
    date: '2023-06-30',
    text: 'The Wagner mutiny lasted less than 24 hours; about 8,000 fighters marched towards Moscow.',
    figures: [],
  },
  {
    date: '2023-01-25',
    text: 'Germany will send 14 Leopard 2 tanks, and the US 31 M1 Abrams, to help Ukraine replace the tanks it has lost.',
    figures: [],
  },
  {
    date: '2024-03-01',
    text: 'Navalny died in an Arctic prison at the age of 47, and thousands of mourners attended his funeral in Moscow.',
    figures: [],
  },
  {
    date: '2022-09-16',
    text: 'Investigators exhumed 440 bodies from a mass grave in Izium, most of them civilians.',
    figures: [{ text: '440 bodies', metric: 'civilians_killed', side: 'ukraine', value: 440 }],
    note: 'Bodies found are the dead (docs/DETECTION.md §3, as real copy is annotated).',
  },
  {
    date: '2023-07-01',
    text: 'Russian forces lost 45 tanks in a single day near Avdiivka, the most since the battle began.',
    figures: [
      {
        text: '45 tanks',
        metric: 'tanks',
        side: 'russia',
        value: 45,
        period: { start: '2023-07-01', end: '2023-07-01' },
      },
    ],
  },
];
