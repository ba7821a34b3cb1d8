import type { CorpusCase } from './types';

const none = (date: string, text: string, note?: string): CorpusCase => ({
  date,
  text,
  figures: [],
  ...(note ? { note } : {}),
});

/** Negatives that need the context: vague words, missiles fired, mixed sentences, pronouns. */
export const CONTEXT_NEGATIVES: CorpusCase[] = [
  none('2022-04-19', 'The talks lasted 12 hours and 30 minutes.'),
  none('2022-04-19', 'One of the soldiers said the unit had lost three.'),
  none('2022-04-19', 'There were a few thousand of us. There are about four hundred left now.'),
  none('2022-03-01', 'Thousands of people protested in Moscow against the war.'),
  none('2022-02-25', 'Hundreds of tanks were seen on the road to Kyiv.'),
  none('2022-02-20', 'Tens of thousands of troops have been deployed to the border.'),
  none('2022-04-19', 'A third of Ukrainians say they have lost a relative.'),
  none('2022-04-19', 'Half of the tanks were new.'),
  none('2023-12-01', 'In 2023 alone, Russia spent 10 billion dollars on drones.'),
  none('2022-04-19', 'The Titanic sank in 1912 with 1,500 people killed.'),
  none(
    '2022-04-19',
    'Russian forces fired 20 missiles and launched 50 drones overnight; most were shot down.',
  ),
  none('2022-04-19', 'The airline lost 3 aircraft in the 1990s.'),
  none(
    '2022-04-19',
    'Ukraine lost 20% of its territory, while Russia moved 200 tanks to the front.',
  ),
  none(
    '2022-04-19',
    'Russia has deployed 150,000 troops near the border, and Ukraine received 31 Abrams tanks.',
  ),
  none('2022-04-19', 'In the first half of 2022, the company lost 40% of its revenue.'),
  none('2022-04-19', 'The war has displaced 12 million people.'),
  none('2022-04-19', 'Ukraine needs 500 tanks to launch a counteroffensive, its commander said.'),
  none(
    '2022-04-19',
    'Russia could lose 1,000 tanks if it attacks, analysts warn.',
    'A hypothesis, not a reported loss.',
  ),
  none(
    '2022-04-19',
    'The 3 soldiers who were killed were buried on Friday.',
    'A definite reference to three men, not a tally.',
  ),
  none('2022-04-19', 'Russian conscripts aged 18 to 27 were called up.'),
  none('2022-04-19', 'The shells travel 30 kilometres; 5 were fired at the town.'),
  none('2022-04-19', 'Russia sent 31 tanks to the front and lost the battle.'),
  none('2023-03-01', 'Twenty soldiers in Bakhmut killed the commander of the unit.'),
  none('2023-03-01', 'Russia has 3,000 tanks in storage that were built in the 1970s.'),
  {
    date: '2022-04-19',
    text: 'Russia has 1,500 tanks in storage, while Ukraine lost 400 tanks in the offensive.',
    figures: [{ text: '400 tanks', metric: 'tanks', side: 'ukraine', value: 400 }],
  },
  {
    date: '2022-04-19',
    text: 'Russia fired 40 missiles at Kyiv on Monday, killing 3 people.',
    note: 'People killed in a missile strike are a loss figure; the missiles fired are not.',
    figures: [
      {
        text: '3 people',
        metric: 'civilians_killed',
        side: 'ukraine',
        value: 3,
        asOf: '2022-04-18',
        period: { start: '2022-04-18', end: '2022-04-18' },
      },
    ],
  },
  {
    date: '2022-10-11',
    text: 'At least 19 people were killed in Russian missile strikes on Kyiv and other cities.',
    figures: [
      {
        text: 'At least 19 people',
        metric: 'civilians_killed',
        side: 'ukraine',
        value: 19,
        qualifier: 'more-than',
      },
    ],
  },
  {
    date: '2023-02-17',
    text: 'The 2022 invasion killed thousands of Ukrainian civilians.',
    figures: [
      {
        text: 'thousands of Ukrainian civilians',
        metric: 'civilians_killed',
        side: 'ukraine',
        value: null,
        approx: { magnitude: 1000 },
        qualifier: 'about',
      },
    ],
  },
];
