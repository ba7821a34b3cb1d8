import {
  civilFromDays,
  daysFromCivil,
  isCalendarDay,
  isoParts,
  isoText,
} from '../core/day-numbers';
import type { IsoDate } from '../core/vocabulary';

/**
 * Day numbers (days since 1970-01-01, UTC, src/core/day-numbers.ts) make "latest on or before"
 * lookups plain integer comparisons: the matcher converts several dates per comparison and must
 * answer 1,000 comparisons in a few milliseconds.
 */

/** Day number of an ISO calendar date, or NaN when the string is not a real `YYYY-MM-DD` date. */
export function toDayNumber(iso: IsoDate): number {
  const parts = isoParts(iso);
  if (!parts) return Number.NaN;
  const [year, month, day] = parts;
  return isCalendarDay(year, month, day) ? daysFromCivil(year, month, day) : Number.NaN;
}

// Every estimate and every next claim names its day; the same few thousand days (those of the
// wars) come up again and again, so their texts are kept. Bounded by the number of distinct days.
const ISO_DAYS = new Map<number, IsoDate>();
const ISO_DAYS_MAX = 50_000;

/** ISO calendar date of a day number. */
export function fromDayNumber(day: number): IsoDate {
  let iso = ISO_DAYS.get(day);
  if (iso === undefined) {
    iso = isoOfDay(day);
    if (ISO_DAYS.size >= ISO_DAYS_MAX) ISO_DAYS.clear();
    ISO_DAYS.set(day, iso);
  }
  return iso;
}

function isoOfDay(day: number): IsoDate {
  if (!Number.isInteger(day)) return 'Invalid Date';
  return isoText(...civilFromDays(day));
}

/** True for a real calendar date in `YYYY-MM-DD` form. */
export function isIsoDate(value: string): boolean {
  return !Number.isNaN(toDayNumber(value));
}
