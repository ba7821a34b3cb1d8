import { describe, expect, it } from 'vitest';
import { addDays, isoOf } from './calendar';
import { findDates, isPeriodStart, resolveWeekday } from './dates';

const PAGE = '2022-04-19'; // a Tuesday

const datesIn = (text: string, pageDate = PAGE) =>
  findDates(text, 0, text.length, pageDate).map((d) => [text.slice(d.start, d.end), d.date]);

describe('findDates', () => {
  it.each([
    ['on Monday', [['Monday', '2022-04-18']]],
    ['from March 25 claimed', [['March 25', '2022-03-25']]],
    [
      'on February 24 and Monday',
      [
        ['February 24', '2022-02-24'],
        ['Monday', '2022-04-18'],
      ],
    ],
    ['on 18 April', [['18 April', '2022-04-18']]],
    ['the 23rd of March', [['23rd of March', '2022-03-23']]],
    ['on 23 March 2022,', [['23 March 2022', '2022-03-23']]],
    ['on March 23, 2022.', [['March 23, 2022', '2022-03-23']]],
    ['Sept. 5', [['Sept. 5', '2021-09-05']]],
    ['as of 2022-03-25', [['2022-03-25', '2022-03-25']]],
    ['yesterday', [['yesterday', '2022-04-18']]],
    ['Today', [['Today', '2022-04-19']]],
    // After the page date: cannot date a reported figure.
    ['on 2023-01-01', [['2023-01-01', null]]],
    ['February 30', [['February 30', null]]],
  ])('%s', (text, expected) => {
    expect(datesIn(text)).toEqual(expected);
  });

  it.each(['it may be 40,000', 'the march 20 miles', 'in spring 2022', 'at 10:30', 'in March'])(
    'finds no date in "%s"',
    (text) => {
      expect(datesIn(text)).toEqual([]);
    },
  );

  it('reads a day and month in the latest year not after the page date', () => {
    expect(datesIn('December 30', '2022-01-05')).toEqual([['December 30', '2021-12-30']]);
  });
});

describe('resolveWeekday', () => {
  it.each([
    ['Monday', '2022-04-18'],
    ['Sunday', '2022-04-17'],
    ['Wednesday', '2022-04-13'],
    // The page's own weekday is the page date itself.
    ['Tuesday', '2022-04-19'],
  ])('%s on a Tuesday page -> %s', (name, date) => {
    expect(resolveWeekday(name, PAGE)).toBe(date);
  });
});

describe('isPeriodStart', () => {
  it.each([
    ['lost between the start of the invasion of Ukraine on ', ' and Monday', true],
    [' and ', ', the ministry said', false],
    ['losses since ', ' have', true],
    ['figures from ', ' to March 30', true],
    ['tally from ', ' claimed', false],
    ['as of ', ', Russia', false],
  ])('%j DATE %j -> %s', (prefix, suffix, expected) => {
    expect(isPeriodStart(prefix, suffix)).toBe(expected);
  });
});

describe('calendar helpers', () => {
  it('validates dates and adds days across months', () => {
    expect(isoOf(2022, 2, 29)).toBeNull();
    expect(isoOf(2024, 2, 29)).toBe('2024-02-29');
    expect(addDays('2022-03-01', -1)).toBe('2022-02-28');
  });
});
