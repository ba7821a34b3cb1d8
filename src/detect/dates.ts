import { isCachedFor } from '../core/same-text';
import type { IsoDate } from '../core/vocabulary';
import { wordTable } from '../core/word-table';
import { addDays, isoOf, weekdayOf } from './calendar';
import { NOT_AFTER_WORD_EXACT } from './word-edge';

/**
 * Date expressions and their resolution against the page's date. Recognised: ISO dates
 * ("2022-03-25"), "March 25", "March 25, 2022", "25 March", "on 18 April", "24.02.22", weekday
 * names, "today", "yesterday" and "last week" (its last day, the Sunday). Month and weekday names must be capitalised: "may" and "march" are
 * common words, but "May 5" in running text is a date.
 *
 * Resolution rules (the page's date is the reference):
 * - a day and month without a year is the latest such date not after the page date, so an article
 *   of 2022-01-05 reads "December 30" as 2021-12-30;
 * - a weekday is the most recent such day strictly before the page date, or the page date itself
 *   when it falls on that weekday: a Tuesday article's "Monday" is the day before, and its
 *   "Tuesday" is the same day (a news report says "today" or names the current day, and the
 *   General Staff's daily figures are dated the day they are published);
 * - a date after the page date cannot be an as-of date of a reported figure and resolves to null.
 */

/** Month numbers by English name and abbreviation, lower case. */
export const MONTHS: Record<string, number> = wordTable({
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
});
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The months' names as written, an alternation for the regexes here and in period-phrases.ts. */
export const MONTH_NAMES =
  'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH = `(${MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?:,?[ \\u00a0](\\d{4}))?';
// Alternatives, each without nested repetition: ISO | Month Day [Year] | Day [of] Month [Year] |
// weekday | today/yesterday.
const DATE_RE = new RegExp(
  [
    '(\\d{4})-(\\d{2})-(\\d{2})',
    `${MONTH}[ \\u00a0]${DAY}(?!\\d)${YEAR}`,
    `${DAY}[ \\u00a0](?:of[ \\u00a0])?${MONTH}${YEAR}`,
    '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)',
    '([Tt]oday|[Yy]esterday)',
    // The General Staff's "24.02.22" and European "18.04.2022": day first.
    '(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})',
    '([Ll]ast[ \\u00a0]week)',
  ]
    .map((alt) => `${NOT_AFTER_WORD_EXACT}${alt}(?![\\p{L}\\p{N}])`)
    .join('|'),
  'gu',
);

/** A date expression found in the text. */
export interface DateMention {
  start: number;
  end: number;
  /** The resolved date, or null when it is invalid or after the page date. */
  date: IsoDate | null;
}

/**
 * The dates found in the last text asked about, by range. A figure's sentence is read for its
 * as-of date (as-of.ts) and again, most often over the same range, for its period phrases
 * (period-phrases.ts): a third of the calls on the seed article asked again. Bounded, so that a
 * long text read whole does not keep every sentence's dates once it is read.
 */
let known: { text: string; pageDate: IsoDate; byRange: Map<string, DateMention[]> } | undefined;
const KNOWN_RANGES = 4_096;

/** Every date expression between `from` and `to`, resolved against `pageDate`. */
export function findDates(
  text: string,
  from: number,
  to: number,
  pageDate: IsoDate,
): readonly DateMention[] {
  if (!isCachedFor(known, text) || known.pageDate !== pageDate)
    known = { text, pageDate, byRange: new Map() };
  if (known.byRange.size >= KNOWN_RANGES) known.byRange.clear();
  const range = `${from}:${to}`;
  let found = known.byRange.get(range);
  if (found) return found;
  found = [];
  const slice = text.slice(from, to);
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(slice); m !== null; m = DATE_RE.exec(slice)) {
    const date = resolveMatch(m, pageDate);
    found.push({ start: from + m.index, end: from + m.index + m[0].length, date });
  }
  known.byRange.set(range, found);
  return found;
}

/** Resolves one DATE_RE match; the groups follow the order of the alternatives. */
function resolveMatch(m: RegExpExecArray, pageDate: IsoDate): IsoDate | null {
  if (m[1]) return notAfter(isoOf(Number(m[1]), Number(m[2]), Number(m[3])), pageDate);
  if (m[4]) return dayMonth(Number(m[5]), m[4], m[6], pageDate);
  if (m[8]) return dayMonth(Number(m[7]), m[8], m[9], pageDate);
  if (m[10]) return resolveWeekday(m[10], pageDate);
  if (m[11]?.toLowerCase() === 'today') return pageDate;
  if (m[11]) return addDays(pageDate, -1);
  if (m[12]) return dotted(Number(m[12]), Number(m[13]), m[14] ?? '', pageDate);
  return m[15] ? lastWeekEnd(pageDate) : null;
}

function dotted(day: number, month: number, year: string, pageDate: IsoDate): IsoDate | null {
  const full = year.length === 2 ? 2000 + Number(year) : Number(year);
  return notAfter(isoOf(full, month, day), pageDate);
}

/** The Sunday that ends the Monday-to-Sunday week before the page date's week. */
export function lastWeekEnd(pageDate: IsoDate): IsoDate {
  const isoWeekday = weekdayOf(pageDate) || 7;
  return addDays(pageDate, -isoWeekday);
}

function dayMonth(day: number, monthName: string, year: string | undefined, pageDate: IsoDate) {
  const month = MONTHS[monthName.toLowerCase()];
  if (!month) return null;
  if (year) return notAfter(isoOf(Number(year), month, day), pageDate);
  const pageYear = Number(pageDate.slice(0, 4));
  const sameYear = isoOf(pageYear, month, day);
  if (sameYear === null || sameYear <= pageDate) return sameYear;
  return isoOf(pageYear - 1, month, day);
}

/** The weekday `name` on or before the page date (see the module comment). */
export function resolveWeekday(name: string, pageDate: IsoDate): IsoDate {
  const target = WEEKDAYS.indexOf(name.toLowerCase());
  const pageDay = weekdayOf(pageDate);
  const back = (pageDay - target + 7) % 7;
  return addDays(pageDate, -back);
}

function notAfter(date: IsoDate | null, pageDate: IsoDate): IsoDate | null {
  return date !== null && date <= pageDate ? date : null;
}

/**
 * Whether a date opens a period rather than dating a figure: "since February 24", "between the
 * start of the invasion on February 24 and Monday", "from March 1 to March 5". `prefix` is the
 * sentence text before the date, already cut just after any earlier date of the sentence: a
 * start marker before an earlier date belongs to that date, so the "Monday" that closes "between
 * … February 24 and Monday" is not a period start. `suffix` is the text after the date.
 */
export function isPeriodStart(prefix: string, suffix: string): boolean {
  const tail = prefix.slice(-70);
  if (
    /\b(?:since|between|start|started|starting|began|begun|beginning|onset|outbreak)\b/i.test(tail)
  ) {
    return true;
  }
  const fromBefore = /\bfrom[ \u00a0]$/i.test(tail.slice(-6));
  return (
    fromBefore && /^[ \u00a0]?(?:to|until|till|through|[–—-])[ \u00a0]/i.test(suffix.slice(0, 12))
  );
}
