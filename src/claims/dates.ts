import type { IsoDate } from '../core/vocabulary';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Day number (days since 1970-01-01, UTC) of an ISO calendar date, or NaN when the string is not
 * a real date. Day numbers make "latest on or before" lookups plain integer comparisons.
 */
export function toDayNumber(iso: IsoDate): number {
  const parts = ISO_DATE.exec(iso);
  if (!parts) return Number.NaN;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2022-02-30 over to March; a round trip catches it.
  return fromDayNumber(ms / MS_PER_DAY) === iso ? ms / MS_PER_DAY : Number.NaN;
}

/** ISO calendar date of a day number. */
export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** True for a real calendar date in `YYYY-MM-DD` form. */
export function isIsoDate(value: string): boolean {
  return !Number.isNaN(toDayNumber(value));
}
