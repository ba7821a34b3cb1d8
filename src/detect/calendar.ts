import {
  civilFromDays,
  daysFromCivil,
  isCalendarDay,
  isoParts,
  isoText,
} from '../core/day-numbers';
import type { IsoDate } from '../core/vocabulary';

/**
 * Calendar arithmetic on ISO dates for the detector: by day numbers (src/core/day-numbers.ts) for
 * the years a text writes (1000–9999), through `Date` for anything else. A `Date` parsed from a
 * string and written back with toISOString cost about a microsecond a call, and the detector makes
 * several for every date and period it reads: a tenth of its time on the seed article (issue 16).
 * The answers are those of the `Date` forms, kept below as the reference and for other years
 * (calendar.test.ts holds the two to each other).
 */

const FIRST_YEAR = 1000;
const LAST_YEAR = 9999;

/** The ISO date for a year, month and day, or null when the day does not exist. */
export function isoOf(year: number, month: number, day: number): IsoDate | null {
  if (!isHandled(year) || !Number.isInteger(month) || !Number.isInteger(day))
    return isoOfByDate(year, month, day);
  return isCalendarDay(year, month, day) ? isoText(year, month, day) : null;
}

/** `date` shifted by `days` calendar days. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const parts = partsOf(date);
  if (!parts || !Number.isInteger(days)) return addDaysByDate(date, days);
  const shifted = civilFromDays(daysFromCivil(...parts) + days);
  return isHandled(shifted[0]) ? isoText(...shifted) : addDaysByDate(date, days);
}

/** The weekday of an ISO date, 0 for Sunday to 6 for Saturday, as `Date.getUTCDay` gives it. */
export function weekdayOf(date: IsoDate): number {
  const parts = partsOf(date);
  if (!parts) return new Date(`${date}T00:00:00Z`).getUTCDay();
  // 1970-01-01, day 0, was a Thursday.
  return (((daysFromCivil(...parts) + 4) % 7) + 7) % 7;
}

const isHandled = (year: number): boolean =>
  Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;

/**
 * The year, month and day of an ISO date `Date` reads, in the years handled by hand. Like `Date`,
 * it takes any day from 1 to 31 in any month: the days past the month's end run on into the next.
 */
function partsOf(date: IsoDate): [number, number, number] | undefined {
  const parts = isoParts(date);
  if (!parts) return undefined;
  const [year, month, day] = parts;
  return isHandled(year) && month >= 1 && month <= 12 && day >= 1 && day <= 31 ? parts : undefined;
}

/** The reference forms, through `Date`. */
export function isoOfByDate(year: number, month: number, day: number): IsoDate | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return null;
  }
  return d.toISOString().slice(0, 10);
}

export function addDaysByDate(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
