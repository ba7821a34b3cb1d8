import { allMatches } from '../core/matches';
import type { IsoDate } from '../core/vocabulary';
import { addDays, isoOf } from './calendar';
import { findDates, lastWeekEnd, MONTH_NAMES, MONTHS } from './dates';
import { caseFree, matchesIn } from './lower-scan';
import { UNITS } from './spelled';
import type { FigurePeriod } from './types';

/**
 * Phrases that make a figure an increment over a period ("in December", "over the past 24
 * hours", "last week", "since March 1") or say it is the whole war's ("since the invasion
 * began"). periods.ts decides which figure a phrase belongs to; this module only finds and
 * resolves them, each with a small regex over one sentence.
 */

/** A period phrase found in the text. */
export interface PeriodPhrase {
  start: number;
  end: number;
  /**
   * The days it names; `null` start for "in recent weeks"; 'whole' for the whole war; a
   * function for phrases counted back from the figure's as-of date ("in the past day").
   */
  period: FigurePeriod | 'whole' | ((asOf: IsoDate) => FigurePeriod);
  /**
   * A day named on its own ("on Sunday", "yesterday"): it makes the figure that day's losses
   * only when the loss verb is a simple past ("destroyed 30 tanks on Sunday"), since with a
   * perfect ("had lost 790 tanks on Monday") it dates a running total.
   */
  weak: boolean;
}

/**
 * War start days: a period from one of them is the whole war, i.e. a cumulative total. By day of
 * the year, since "since February 24" in a 2023 article still means the invasion's first day.
 */
const WAR_START_DAYS = new Set(['02-24', '10-07', '10-08']);
const isWarStart = (date: IsoDate) => date >= '2022' && WAR_START_DAYS.has(date.slice(5));
const WAR_START_MONTHS = new Set(['2022-02', '2023-10']);
const S = '[ \\u00a0]+';
const COUNT = '(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|few|several)';
const PAST_RE = new RegExp(
  `\\b(?:in|over|during|for|within)${S}the${S}(?:past|last|previous)${S}(?:${COUNT}${S})?(days?|hours|weeks?|months?|years?)\\b`,
  'giu',
);
const ONE_DAY_RE = new RegExp(
  `\\b(?:overnight|in${S}(?:a${S}single|one|a)${S}day|on${S}a${S}single${S}day|in${S}24${S}hours|(?:a|per|each|every)${S}day(?!${S}(?:after|before|later|earlier|of|or)\\b)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)${S}alone)\\b`,
  'giu',
);
const MONTH_RE = new RegExp(
  `\\b([Ii]n|[Dd]uring|[Tt]hroughout|[Ss]ince)${S}(?:the${S}month${S}of${S})?(${MONTH_NAMES})(?:,?${S}(\\d{4}))?(?![ \\u00a0]*\\d)`,
  'gu',
);
const YEAR_RE = new RegExp(
  `\\b([Ii]n|[Dd]uring|[Tt]hroughout|[Ss]ince)${S}((?:19|20)\\d{2})\\b(?![-–/.]\\d)`,
  'gu',
);
const RELATIVE_RE = new RegExp(`\\b(this|last|previous)${S}(week|month|year)\\b`, 'giu');
const SINCE_RE = new RegExp(
  `\\bsince${S}(?:(?:the${S}(?:start|beginning|outbreak|onset)${S}of${S})?(?:the${S}|russia's${S})?(?:full-scale${S}|large-scale${S})?(war|invasion|conflict|hostilities)|the${S}(?:start|beginning)${S}of${S}(?:the|this)${S}(year)|(?:the${S}(?:start${S}of${S}the${S})?)?(counteroffensive|counter-offensive|offensive|assault))\\b`,
  'giu',
);
const RECENT_RE = new RegExp(`\\bin${S}recent${S}(?:days|weeks|months)\\b`, 'giu');
/**
 * The case-insensitive phrases, scanned over the lower-cased sentence (lower-scan.ts), each only
 * in a sentence with one of the words all its matches hold (lower-scan.test.ts checks them):
 * most sentences with a figure hold none of these phrases, and their seven regexes cost a tenth
 * of the detector on the seed article.
 */
export const CASE_FREE = {
  past: caseFree(PAST_RE, ['past', 'last', 'previous']),
  oneDay: caseFree(ONE_DAY_RE, ['day', 'overnight', '24']),
  relative: caseFree(RELATIVE_RE, ['week', 'month', 'year']),
  since: caseFree(SINCE_RE, ['since']),
  recent: caseFree(RECENT_RE, ['recent']),
};
/** A reporting verb right before a phrase makes it the date of a statement, not a period. */
const REPORTED_RE =
  /\b(?:said|says|say|reported|reports|announced|claimed|claims|stated|told|added|estimated|wrote|published)[ \u00a0]*(?:on[ \u00a0]*)?$/i;

/** Every period phrase in [from, to), in text order. */
export function findPeriodPhrases(
  text: string,
  from: number,
  to: number,
  pageDate: IsoDate,
): PeriodPhrase[] {
  const slice = text.slice(from, to);
  const found: PeriodPhrase[] = [];
  const add = (m: RegExpExecArray, period: PeriodPhrase['period'] | undefined, weak = false) => {
    const reported = REPORTED_RE.test(slice.slice(Math.max(0, m.index - 20), m.index));
    if (period && !reported) {
      found.push({ start: from + m.index, end: from + m.index + m[0].length, period, weak });
    }
  };
  const { past, oneDay: day, relative, since, recent } = CASE_FREE;
  for (const m of matchesIn(slice, past)) add(m, pastPeriod(m[1], m[2] ?? 'day'));
  for (const m of matchesIn(slice, day)) add(m, oneDay(m[0], pageDate));
  for (const m of allMatches(MONTH_RE, slice)) add(m, monthPeriod(m, pageDate));
  for (const m of allMatches(YEAR_RE, slice)) add(m, yearPeriod(m, pageDate));
  for (const m of matchesIn(slice, relative)) add(m, relativePeriod(m, pageDate));
  for (const m of matchesIn(slice, since)) add(m, sincePeriod(m));
  for (const m of matchesIn(slice, recent)) add(m, (asOf) => ({ start: null, end: asOf }));
  found.push(...datePhrases(text, from, to, pageDate));
  return found.sort((a, b) => a.start - b.start);
}

/** "in the past 24 hours" (one day), "over the past week" (seven days), "past few weeks". */
function pastPeriod(count: string | undefined, unit: string): PeriodPhrase['period'] {
  const word = count?.toLowerCase();
  if (word === 'few' || word === 'several') return (asOf) => ({ start: null, end: asOf });
  const n = word === undefined ? 1 : (UNITS[word] ?? Number(word));
  const u = unit.toLowerCase();
  if (u.startsWith('month') || u.startsWith('year')) {
    const months = u.startsWith('month') ? n : 12 * n;
    return (asOf) => ({ start: addDays(addMonths(asOf, -months), 1), end: asOf });
  }
  const days = u === 'hours' ? Math.max(1, Math.ceil(n / 24)) : u.startsWith('week') ? 7 * n : n;
  return (asOf) => ({ start: addDays(asOf, 1 - days), end: asOf });
}

/** "overnight", "in a single day", "a day" (a rate), "on Tuesday alone". */
function oneDay(phrase: string, pageDate: IsoDate): PeriodPhrase['period'] | undefined {
  if (!/alone$/i.test(phrase)) return (asOf) => ({ start: asOf, end: asOf });
  const day = findDates(phrase, 0, phrase.length, pageDate)[0]?.date;
  return day ? { start: day, end: day } : undefined;
}

/** "in December" (the latest December that began by the page date), "since October". */
function monthPeriod(m: RegExpExecArray, pageDate: IsoDate): PeriodPhrase['period'] | undefined {
  const month = MONTHS[(m[2] ?? '').toLowerCase()] ?? 1;
  let year = m[3] ? Number(m[3]) : Number(pageDate.slice(0, 4));
  if (!m[3] && (isoOf(year, month, 1) ?? '') > pageDate) year--;
  const start = isoOf(year, month, 1);
  if (!start || start > pageDate) return undefined;
  if (/^since$/i.test(m[1] ?? '')) {
    // "since February 2022", "since October" (2023, in Gaza or Lebanon): since the war began.
    if (WAR_START_MONTHS.has(start.slice(0, 7))) return 'whole';
    return (asOf) => ({ start, end: asOf });
  }
  return { start, end: minDate(addDays(addMonths(start, 1), -1), pageDate) };
}

/** "in 2023", "during 2023"; "since 2014" runs to the figure's date. */
function yearPeriod(m: RegExpExecArray, pageDate: IsoDate): PeriodPhrase['period'] | undefined {
  const year = Number(m[2]);
  const start = `${year}-01-01`;
  if (start > pageDate) return undefined;
  if (/^since$/i.test(m[1] ?? '')) return (asOf) => ({ start, end: asOf });
  return { start, end: minDate(`${year}-12-31`, pageDate) };
}

/** "this week" (from Monday), "last week" (Monday to Sunday), "last month", "this year". */
function relativePeriod(m: RegExpExecArray, pageDate: IsoDate): PeriodPhrase['period'] {
  const which = (m[1] ?? '').toLowerCase();
  const unit = (m[2] ?? '').toLowerCase();
  if (unit === 'week') {
    const lastSunday = lastWeekEnd(pageDate);
    if (which === 'this') return { start: addDays(lastSunday, 1), end: pageDate };
    return { start: addDays(lastSunday, -6), end: lastSunday };
  }
  const first = unit === 'month' ? `${pageDate.slice(0, 7)}-01` : `${pageDate.slice(0, 4)}-01-01`;
  if (which === 'this') return { start: first, end: pageDate };
  const start = unit === 'month' ? addMonths(first, -1) : addMonths(first, -12);
  return { start, end: addDays(first, -1) };
}

/** "since the invasion" (the whole war), "since the start of the year", "since the offensive". */
function sincePeriod(m: RegExpExecArray): PeriodPhrase['period'] {
  if (m[1]) return 'whole';
  if (m[2]) return (asOf) => ({ start: `${asOf.slice(0, 4)}-01-01`, end: asOf });
  return (asOf) => ({ start: null, end: asOf });
}

/**
 * Dates that bound a period ("since March 1", "between March 1 and March 31", "from 24.02.22
 * to 26.03.23") or name a day on their own ("on Sunday", "yesterday": weak, see PeriodPhrase).
 */
function datePhrases(text: string, from: number, to: number, pageDate: IsoDate): PeriodPhrase[] {
  const dates = findDates(text, from, to, pageDate);
  const found: PeriodPhrase[] = [];
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    if (!d?.date) continue;
    const before = text.slice(Math.max(from, d.start - 24), d.start);
    const next = dates[i + 1];
    const between = next?.date ? text.slice(d.end, next.start) : '';
    // "between the start of the invasion of Ukraine on February 24 and Monday": the opening
    // word may stand a few words before the date.
    const lead = text.slice(Math.max(from, dates[i - 1]?.end ?? from, d.start - 70), d.start);
    const opens = /\b(?:between|from)\b/i.test(lead);
    if (
      next?.date &&
      opens &&
      /^[ \u00a0]*(?:and|to|until|till|through|[–—-])[ \u00a0]*$/i.test(between)
    ) {
      const period = isWarStart(d.date) ? 'whole' : { start: d.date, end: next.date };
      found.push({ start: d.start, end: next.end, period, weak: false });
      i++;
    } else if (/\bsince[ \u00a0]+$/i.test(before)) {
      const start = d.date;
      const period = isWarStart(start) ? 'whole' : (asOf: IsoDate) => ({ start, end: asOf });
      found.push({ start: d.start, end: d.end, period, weak: false });
    } else if (isDayOnItsOwn(text, d.start, before)) {
      const day = d.date;
      found.push({ start: d.start, end: d.end, period: { start: day, end: day }, weak: true });
    }
  }
  return found;
}

/** "on Sunday", "yesterday", "Sunday": a day named on its own, not a bound or a statement's. */
function isDayOnItsOwn(text: string, start: number, before: string): boolean {
  if (REPORTED_RE.test(before)) return false;
  if (
    /\b(?:as[ \u00a0]+of|by|until|till|through|to|and|from|between|since|of|in)[ \u00a0]+$/i.test(
      before,
    )
  )
    return false;
  return (
    /\bon[ \u00a0]+$/i.test(before) ||
    /^(?:[Yy]esterday|[Tt]oday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/.test(
      text.slice(start, start + 10),
    )
  );
}

function addMonths(date: IsoDate, months: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString().slice(0, 10);
}

function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}
