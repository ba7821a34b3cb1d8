import type { CorpusCase } from './types';

/**
 * Gaza, the West Bank, Israel and Lebanon. Health ministries count everyone killed
 * ("Palestinians", "people") without telling civilians from fighters, so in these wars such a
 * figure is people_killed / people_injured (src/detect/people-metric.ts); "civilians" stays
 * civilians_killed. A Palestinian figure names its area (Gaza or the West Bank) when its
 * sentence, the sentence before or the whole page names only one (src/detect/areas.ts).
 */
export const OTHER_CONFLICTS: CorpusCase[] = [
  {
    date: '2023-12-10',
    text: 'More than 17,700 Palestinians have been killed in Gaza, according to the Gaza health ministry.',
    figures: [
      {
        text: 'More than 17,700 Palestinians',
        metric: 'people_killed',
        side: 'palestine',
        area: 'gaza',
        value: 17700,
        qualifier: 'more-than',
        claimant: 'gaza-moh',
      },
    ],
  },
  {
    date: '2024-02-12',
    text: 'Israeli strikes have killed 67 people in Rafah, health officials said.',
    figures: [
      { text: '67 people', metric: 'people_killed', side: 'palestine', area: 'gaza', value: 67 },
    ],
  },
  {
    date: '2023-12-10',
    text: 'About 1,200 people were killed in the Hamas attack on Israel on October 7.',
    figures: [
      {
        text: 'About 1,200 people',
        metric: 'people_killed',
        side: 'israel',
        value: 1200,
        qualifier: 'about',
        asOf: '2023-10-07',
        period: { start: '2023-10-07', end: '2023-10-07' },
      },
    ],
  },
  {
    date: '2023-12-10',
    text: 'Israel says it has killed about 7,000 Hamas fighters since the start of the war.',
    figures: [
      {
        text: 'about 7,000 Hamas fighters',
        metric: 'personnel_killed',
        side: 'palestine',
        value: 7000,
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2024-06-01',
    text: 'Hezbollah has lost more than 300 fighters, according to an AFP tally.',
    figures: [
      {
        text: 'more than 300 fighters',
        metric: 'personnel_casualties',
        side: 'lebanon',
        value: 300,
        qualifier: 'more-than',
        claimant: 'an AFP tally',
      },
    ],
  },
  {
    date: '2023-12-12',
    text: 'Ten Israeli soldiers were killed in Gaza on Monday, the army said.',
    figures: [
      {
        text: 'Ten Israeli soldiers',
        metric: 'personnel_killed',
        side: 'israel',
        value: 10,
        asOf: '2023-12-11',
        period: { start: '2023-12-11', end: '2023-12-11' },
      },
    ],
  },
  {
    date: '2024-09-30',
    text: 'More than 1,600 people have been killed in Israeli strikes on Lebanon since October, the health ministry said.',
    figures: [
      {
        text: 'More than 1,600 people',
        metric: 'people_killed',
        side: 'lebanon',
        value: 1600,
        qualifier: 'more-than',
      },
    ],
  },
  {
    date: '2024-01-21',
    text: "Gaza's health ministry says 25,000 Palestinians have been killed.",
    figures: [
      {
        text: '25,000 Palestinians',
        metric: 'people_killed',
        side: 'palestine',
        area: 'gaza',
        value: 25000,
        claimant: 'gaza-moh',
      },
    ],
  },
  {
    date: '2024-05-27',
    text: 'Israeli airstrikes killed at least 45 Palestinians in Rafah overnight.',
    figures: [
      {
        text: 'at least 45 Palestinians',
        metric: 'people_killed',
        side: 'palestine',
        area: 'gaza',
        value: 45,
        qualifier: 'more-than',
        period: { start: '2024-05-27', end: '2024-05-27' },
      },
    ],
  },
  {
    date: '2024-01-21',
    text: 'More than 62,000 Palestinians have been wounded in the war, the ministry said.',
    figures: [
      {
        text: 'More than 62,000 Palestinians',
        metric: 'people_injured',
        side: 'palestine',
        value: 62000,
        qualifier: 'more-than',
      },
    ],
  },
  {
    date: '2024-01-21',
    text: 'Over 10,000 children have been killed in Gaza, UNICEF says.',
    figures: [
      {
        text: 'Over 10,000 children',
        metric: 'children_killed',
        side: 'palestine',
        area: 'gaza',
        value: 10000,
        qualifier: 'more-than',
      },
    ],
  },
  {
    date: '2024-10-01',
    text: 'Israel said its troops had killed 440 Hezbollah fighters in southern Lebanon.',
    figures: [
      { text: '440 Hezbollah fighters', metric: 'personnel_killed', side: 'lebanon', value: 440 },
    ],
  },
  {
    date: '2024-01-21',
    text: 'Thousands of Palestinians have been killed in Israeli airstrikes on Khan Younis.',
    figures: [
      {
        text: 'Thousands of Palestinians',
        metric: 'people_killed',
        side: 'palestine',
        area: 'gaza',
        value: null,
        approx: { magnitude: 1000 },
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2024-02-21',
    text: 'The Gaza health ministry says 29,195 Palestinians have been killed.',
    note: 'The ministry counts everyone killed: people_killed, in Gaza (its name is the place).',
    figures: [
      {
        text: '29,195 Palestinians',
        metric: 'people_killed',
        side: 'palestine',
        area: 'gaza',
        value: 29195,
        claimant: 'gaza-moh',
      },
    ],
  },
  {
    date: '2024-02-21',
    text: 'In the West Bank, 393 Palestinians have been killed, while in Gaza the toll has passed 29,000.',
    note: 'Both areas in one sentence: the place right before the figure, not the later "in Gaza".',
    figures: [
      {
        text: '393 Palestinians',
        metric: 'people_killed',
        side: 'palestine',
        area: 'west-bank',
        value: 393,
      },
      {
        text: '29,000',
        metric: 'people_killed',
        side: 'palestine',
        area: 'gaza',
        value: 29000,
        qualifier: 'more-than',
      },
    ],
  },
  {
    date: '2024-02-21',
    text: 'Across Gaza and the West Bank, more than 30,000 Palestinians have been killed.',
    note: 'Both areas at once: the area is left unknown, so the figure is compared with neither.',
    figures: [
      {
        text: 'more than 30,000 Palestinians',
        metric: 'people_killed',
        side: 'palestine',
        value: 30000,
        qualifier: 'more-than',
      },
    ],
  },
  {
    date: '2024-02-21',
    text: 'Israeli forces raided Jenin again. In all, 393 Palestinians have been killed, OCHA says.',
    note: 'No place in its own sentence: the area of the sentence before.',
    figures: [
      {
        text: '393 Palestinians',
        metric: 'people_killed',
        side: 'palestine',
        area: 'west-bank',
        value: 393,
        claimant: 'ocha',
      },
    ],
  },
  {
    date: '2024-02-21',
    text: 'Rafah was struck again overnight.\nThe ministry says 29,195 Palestinians have been killed.',
    note: 'Another paragraph: the page names only Gaza.',
    figures: [
      {
        text: '29,195 Palestinians',
        metric: 'people_killed',
        side: 'palestine',
        area: 'gaza',
        value: 29195,
      },
    ],
  },
  {
    date: '2024-02-21',
    text: 'In Kharkiv, 8 people were killed by Russian shelling.',
    note: 'In Ukraine "people" killed by strikes stay civilians (OHCHR counts civilians).',
    figures: [{ text: '8 people', metric: 'civilians_killed', side: 'ukraine', value: 8 }],
  },
  {
    date: '2024-01-21',
    text: 'Some 240 people were taken hostage in the Hamas attack.',
    note: 'Hostages are not prisoners of war and have no metric.',
    figures: [],
  },
];
