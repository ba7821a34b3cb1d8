import type { IsoDate } from '../core/vocabulary';

/**
 * Day numbers (days since 1970-01-01, UTC) make "latest on or before" lookups plain integer
 * comparisons. The conversions are plain arithmetic (H. Hinnant's days_from_civil and
 * civil_from_days) rather than Date objects: the matcher converts several dates per comparison
 * and must answer 1,000 comparisons in a few milliseconds.
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** The number written at [start, end) of `text` in decimal digits, or -1. */
function digitsAt(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    n = n * 10 + code;
  }
  return n;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Day number of an ISO calendar date, or NaN when the string is not a real `YYYY-MM-DD` date. */
export function toDayNumber(iso: IsoDate): number {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return Number.NaN;
  const [year, month, day] = [digitsAt(iso, 0, 4), digitsAt(iso, 5, 7), digitsAt(iso, 8, 10)];
  if (year < 0 || month < 1 || month > 12 || day < 1) return Number.NaN;
  const length = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  if (day > length) return Number.NaN;
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
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
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** True for a real calendar date in `YYYY-MM-DD` form. */
export function isIsoDate(value: string): boolean {
  return !Number.isNaN(toDayNumber(value));
}
