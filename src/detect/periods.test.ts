import { describe, expect, it } from 'vitest';
import { detectFigures } from './index';
import { findPeriodPhrases } from './period-phrases';

const periodOf = (text: string, pageDate = '2023-03-15') =>
  detectFigures(text, { pageDate }).map((m) => [m.text, m.period ?? null, m.asOf]);

describe('findPeriodPhrases', () => {
  const resolve = (phrase: string, pageDate = '2023-03-15', asOf = pageDate) => {
    const found = findPeriodPhrases(phrase, 0, phrase.length, pageDate)[0];
    if (!found) return undefined;
    return typeof found.period === 'function' ? found.period(asOf) : found.period;
  };

  it.each([
    ['in the past day', { start: '2023-03-15', end: '2023-03-15' }],
    ['over the past 24 hours', { start: '2023-03-15', end: '2023-03-15' }],
    ['in the last 48 hours', { start: '2023-03-14', end: '2023-03-15' }],
    ['over the past week', { start: '2023-03-09', end: '2023-03-15' }],
    ['in the past three months', { start: '2022-12-16', end: '2023-03-15' }],
    ['in the past few weeks', { start: null, end: '2023-03-15' }],
    ['in recent days', { start: null, end: '2023-03-15' }],
    ['overnight', { start: '2023-03-15', end: '2023-03-15' }],
    ['a day', { start: '2023-03-15', end: '2023-03-15' }],
    ['on Monday alone', { start: '2023-03-13', end: '2023-03-13' }],
    ['in December', { start: '2022-12-01', end: '2022-12-31' }],
    ['in March', { start: '2023-03-01', end: '2023-03-15' }],
    ['during February 2022', { start: '2022-02-01', end: '2022-02-28' }],
    ['in 2022', { start: '2022-01-01', end: '2022-12-31' }],
    ['last week', { start: '2023-03-06', end: '2023-03-12' }],
    ['this week', { start: '2023-03-13', end: '2023-03-15' }],
    ['last month', { start: '2023-02-01', end: '2023-02-28' }],
    ['this year', { start: '2023-01-01', end: '2023-03-15' }],
    ['since September 1', { start: '2022-09-01', end: '2023-03-15' }],
    ['since the start of the year', { start: '2023-01-01', end: '2023-03-15' }],
    ['since the counteroffensive began', { start: null, end: '2023-03-15' }],
    ['between March 1 and March 10', { start: '2023-03-01', end: '2023-03-10' }],
    ['from 01.02.23 to 28.02.23', { start: '2023-02-01', end: '2023-02-28' }],
    ['on Sunday', { start: '2023-03-12', end: '2023-03-12' }],
  ])('%s', (phrase, period) => {
    expect(resolve(phrase)).toEqual(period);
  });

  it.each([
    'since the invasion began',
    'since the start of the full-scale war',
    'since February 24',
    'since February 2022',
    'between February 24 and Monday',
  ])('reads "%s" as the whole war', (phrase) => {
    expect(resolve(phrase)).toBe('whole');
  });

  it.each(['said last week', 'as of Monday', 'in March 25', 'the third day', 'a day after'])(
    'finds no period in "%s"',
    (phrase) => {
      expect(resolve(phrase)).toBeUndefined();
    },
  );
});

describe('assigning periods to figures', () => {
  it('gives a list the phrase that closes it', () => {
    expect(
      periodOf(
        'Russia lost 413 tanks, 600 armoured vehicles and 50 aircraft in December.',
        '2023-01-05',
      ),
    ).toEqual([
      ['413 tanks', { start: '2022-12-01', end: '2022-12-31' }, '2022-12-31'],
      ['600 armoured vehicles', { start: '2022-12-01', end: '2022-12-31' }, '2022-12-31'],
      ['50 aircraft', { start: '2022-12-01', end: '2022-12-31' }, '2022-12-31'],
    ]);
  });

  it('keeps a running total cumulative next to a day’s increase', () => {
    expect(periodOf('Russia has lost 790 tanks (+14) since the start of the invasion.')).toEqual([
      ['790 tanks', null, '2023-03-15'],
      ['+14', { start: '2023-03-15', end: '2023-03-15' }, '2023-03-15'],
    ]);
  });

  it('dates an event by a day named on its own, but not a running total', () => {
    expect(periodOf('Ukrainian forces destroyed 30 Russian tanks on Sunday.')).toEqual([
      ['30 Russian tanks', { start: '2023-03-12', end: '2023-03-12' }, '2023-03-12'],
    ]);
    expect(periodOf('On Sunday, Kyiv said Russia had lost 3,000 tanks.')).toEqual([
      ['3,000 tanks', null, '2023-03-12'],
    ]);
  });

  it('reads a statement’s date as its date, not a period', () => {
    expect(periodOf('The General Staff said last week that Russia had lost 680 tanks.')).toEqual([
      ['680 tanks', null, '2023-03-12'],
    ]);
  });

  it('shares an opening phrase with every clause, but not across a subordinate clause', () => {
    expect(
      periodOf(
        'Over the past 24 hours, Ukraine killed 620 Russian soldiers and destroyed 9 tanks.',
      ),
    ).toEqual([
      ['620 Russian soldiers', { start: '2023-03-15', end: '2023-03-15' }, '2023-03-15'],
      ['9 tanks', { start: '2023-03-15', end: '2023-03-15' }, '2023-03-15'],
    ]);
    expect(periodOf('Russia took the town last week after losing 4,000 troops.')).toEqual([
      ['4,000 troops', null, '2023-03-12'],
    ]);
  });
});
