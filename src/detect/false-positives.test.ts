import { describe, expect, it } from 'vitest';
import { detectFigures } from './index';

// Every highlight is a claim made to the reader: these numbers sit next to loss words, war words
// or both, and none of them is a war-loss figure.
const detect = (text: string) => detectFigures(text, { pageDate: '2022-04-19' });

describe('detectFigures: false positives', () => {
  it.each([
    'Stock markets close 2.3% higher after 3 days of losses',
    'Top 10 recipes for spring 2022',
    'There were a few thousand of us. There are about four hundred left now.',
    'Around 20,600 Russian personnel were lost between February 24 and March 25.'.replace(
      /20,600 Russian personnel were lost /,
      '',
    ),
    'The invasion began on February 24, 2022 and the tally dates from March 25.',
    'In 2022 soldiers were killed in record numbers.',
    'The US sent 31 Abrams tanks to Ukraine.',
    'Germany will deliver 14 tanks to Ukraine next year.',
    'The army has 3,000 tanks.',
    '10,000 troops were deployed to the border.',
    'Two men were killed in a shooting in Chicago.',
    '20 people were killed in the crash.',
    'He was killed at 20.',
    'The team suffered 3 losses this season.',
    'Shakhtar Donetsk suffered 10 losses and had 3 injured players.',
    'Russian forces fired 20 missiles and launched 50 drones overnight; most were shot down.',
    'The airline lost 3 aircraft in the 1990s.',
    'Russia lost 20% of its GDP and $5 billion in reserves.',
    'Ukraine has lost access to 20% of its territory.',
    'The F-16 jets and 155-mm shells arrived; a 3-day visit, 24/7 coverage at 10:30.',
    'The 5th Guards Tank Army lost ground.',
    'Russia lost 2-1 to Spain in 2018.',
    'Comments (12) · 5 min read · Photo 3 of 10 · Page 2',
    'The storm destroyed 200 tanks and 30 boats.',
    'Sudanese security services killed more than 10 civilians in Darfur.',
    'He lost 20 pounds and one of the soldiers lost his boots.',
    'Ukraine lost 20% of its territory, while Russia moved 200 tanks to the front.',
    'Russia has deployed 150,000 troops near the border, and Ukraine received 31 Abrams tanks.',
    'Russia could lose 1,000 tanks if it attacks, analysts warn.',
  ])('%s', (text) => {
    expect(detect(text).map((m) => m.text)).toEqual([]);
  });
});
