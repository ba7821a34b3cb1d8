import { allMatches } from '../../core/matches';
import type { IsoDate } from '../../core/vocabulary';
import { wordTable } from '../../core/word-table';
import { isoOf } from '../calendar';

/**
 * Dates in Ukrainian and Russian text: "18 квітня", "станом на 18 квітня 2022 року",
 * "на 18 апреля 2022 года", "18.04.2022", "з 24.02.22 по 18.04.22". A date opened by "з", "с",
 * "від", "от" or "після" starts a period and is not the date a figure refers to.
 */

/** Months in the genitive ("18 квітня", "с 16 мая"), Ukrainian and Russian. */
export const MONTHS: Record<string, number> = wordTable({
  січня: 1,
  лютого: 2,
  березня: 3,
  квітня: 4,
  травня: 5,
  червня: 6,
  липня: 7,
  серпня: 8,
  вересня: 9,
  жовтня: 10,
  листопада: 11,
  грудня: 12,
  января: 1,
  февраля: 2,
  марта: 3,
  апреля: 4,
  мая: 5,
  июня: 6,
  июля: 7,
  августа: 8,
  сентября: 9,
  октября: 10,
  ноября: 11,
  декабря: 12,
});

// The word before a date (its opener) is read separately: an optional leading word in the
// pattern would make every letter a place to try a match.
const WORD_DATE = /(?<!\d)(\d{1,2}) (\p{L}+)(?: (\d{4}))?/gu;
const DOT_DATE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d)/gu;
const WORD_BEFORE = /(\p{L}+ )$/u;
/** "к концу 2023 года", "на кінець 2023 року": the year's last day. */
const YEAR_END = /(?:до кінця|к концу|на конец|на кінець|наприкінці) (20\d\d) (?:року|года)/u;
const OPENS_PERIOD = /^(?:з|із|зі|с|со|від|от|після|после|since) $/;

/** The last date the folded sentence names that is not a period's start, resolved to ISO. */
export function dateIn(folded: string, pageDate: IsoDate): IsoDate | undefined {
  let found: { at: number; date: IsoDate } | undefined;
  const consider = (at: number, date: IsoDate | null, opener: string | undefined) => {
    if (!date || (opener && OPENS_PERIOD.test(opener))) return;
    if (!found || at > found.at) found = { at, date };
  };
  const opener = (at: number) => WORD_BEFORE.exec(folded.slice(Math.max(0, at - 16), at))?.[1];
  for (const m of allMatches(WORD_DATE, folded)) {
    const month = MONTHS[m[2] ?? ''];
    if (!month) continue;
    const date = resolve(Number(m[1]), month, m[3] ? Number(m[3]) : undefined, pageDate);
    consider(m.index, date, opener(m.index));
  }
  for (const m of allMatches(DOT_DATE, folded)) {
    const year = Number(m[3]);
    const date = resolve(Number(m[1]), Number(m[2]), year < 100 ? 2000 + year : year, pageDate);
    consider(m.index, date, opener(m.index));
  }
  const yearEnd = YEAR_END.exec(folded);
  if (yearEnd) consider(yearEnd.index, `${yearEnd[1]}-12-31`, undefined);
  return found?.date;
}

/** A day and month without a year is the latest such day on or before the page's date. */
function resolve(
  day: number,
  month: number,
  year: number | undefined,
  pageDate: IsoDate,
): IsoDate | null {
  const pageYear = Number(pageDate.slice(0, 4));
  const date = isoOf(year ?? pageYear, month, day);
  if (year !== undefined || !date || date <= pageDate) return date;
  return isoOf(pageYear - 1, month, day);
}
