import type { IsoDate } from '../../core/vocabulary';
import { wordTable } from '../../core/word-table';
import { addDays, isoOf, weekdayOf } from '../calendar';
import type { FigurePeriod } from '../types';
import { MONTHS } from './dates';

/**
 * Period phrases of Ukrainian and Russian reports: the figures of a sentence count one period's
 * losses, not a running total. "за минулу добу", "за сутки", "цієї ночі", "за день" (one day),
 * "учора"/"вчера" (the day before the page), "за тиждень"/"за неделю" (seven days), "за три
 * тижні", "у серпні"/"в декабре"/"за лютий" (that month). "з початку"/"всего" phrases mark a
 * running total and win when they stand nearer before the figure.
 */

const MONTH_STEMS: [RegExp, number][] = [
  [/^(?:січ|январ)/, 1],
  [/^(?:лют|феврал)/, 2],
  [/^(?:берез|март|марте)/, 3],
  [/^(?:квіт|апрел)/, 4],
  [/^(?:трав|мае|май)/, 5],
  [/^(?:черв|июн)/, 6],
  [/^(?:лип|июл)/, 7],
  [/^(?:серп|август)/, 8],
  [/^(?:верес|сентябр)/, 9],
  [/^(?:жовт|октябр)/, 10],
  [/^(?:листопад|ноябр)/, 11],
  [/^(?:груд|декабр)/, 12],
];

// "у серпні", "в декабре", "за лютий", "за январь": a month's figure (not "18 квітня": a date).
const MONTH_RE =
  /(?:^|[^\p{L}\d] ?)(?:у|в|за) (січні|лютому|березні|квітні|травні|червні|липні|серпні|вересні|жовтні|листопаді|грудні|січень|лютий|березень|квітень|травень|червень|липень|серпень|вересень|жовтень|листопад|грудень|январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре|январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)(?! \d)/u;
const ONE_DAY =
  /(?:за|протягом|впродовж|в течение|на протяжении) (?:минулу |останню |попередню |прошедшие |последние |минувшие )?(?:добу|доби|сутки|суток)|минулої доби|минувших суток|прошедших суток|ціє[їі] ночі|минулої ночі|за ніч|вночі|за ночь|этой ночью|прошлой ночью|ночью|в ночь на|за день|за минулий день|за прошедший день|щодня|щоденно|кожного дня|кожен день|щодоби|каждый день|ежедневно|ежесуточно|в день|на день/u;
const YESTERDAY = /(?:^|[^\p{L}])(?:учора|вчора|вчера)(?![\p{L}])/u;
const WEEKS =
  /за (?:минулий |останній |последнюю |прошедшую |минулий |прошлую )?(?:(один|два|дві|три|чотири|две|четыре|\d) )?(?:тиждень|тижні|тижнів|неделю|недели|недель)/u;
const SINCE_START =
  /(?:з|від|с|со) (?:початку|начала)|(?:загальн\S*|общ\S*) (?:бойов\S* |боев\S* )?(?:втрат|потер)|всего/u;

/** "с начала года", "з початку року": from 1 January of the page's year. */
const SINCE_YEAR_START =
  /(?:з|с|від|от) (?:початку|начала) (?:цього |этого |поточного |текущего )?(?:року|года)/u;
/** "с 16 мая", "з 6 серпня", "с декабря": from that day (or the month's first day). */
const SINCE_DATE =
  /(?:^|[^\p{L}])(?:з|с|від|от|начиная с|починаючи з) (?:(\d{1,2}) )?(січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?! \d{4})/u;
/** "за 2023 год", "у 2023 році": that calendar year. */
const YEAR = /(?:^|[^\p{L}])(?:за|у|в) (20\d\d) (?:рік|році|год|году)(?![\p{L}])/u;
/** "в понедельник", "у вівторок": that day of the last week. */
const WEEKDAY =
  /(?:^|[^\p{L}])(?:у|в|во) (понеділок|вівторок|середу|четвер|п'ятницю|суботу|неділю|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?![\p{L}])/u;
const WEEKDAYS: Record<string, number> = wordTable({
  неділю: 0,
  воскресенье: 0,
  понеділок: 1,
  понедельник: 1,
  вівторок: 2,
  вторник: 2,
  середу: 3,
  среду: 3,
  четвер: 4,
  четверг: 4,
  "п'ятницю": 5,
  пятницу: 5,
  суботу: 6,
  субботу: 6,
});
const COUNTS: Record<string, number> = wordTable({
  один: 1,
  два: 2,
  дві: 2,
  две: 2,
  три: 3,
  чотири: 4,
  четыре: 4,
});

export interface PeriodReading {
  period: FigurePeriod;
  /** The date the figure refers to: the period's last day. */
  asOf: IsoDate;
}

/** The period that a sentence's phrases give a figure at offset `at`, if any. */
export function periodIn(
  phrases: readonly PeriodPhrase[],
  at: number,
  asOf: IsoDate,
  pageDate: IsoDate,
): PeriodReading | undefined {
  const phrase = nearestPhrase(phrases, at);
  if (!phrase) return undefined;
  const { kind, m } = phrase;
  if (kind === 'day') return day(asOf);
  if (kind === 'yesterday') return day(addDays(pageDate, -1));
  if (kind === 'weekday') return day(lastWeekday(WEEKDAYS[m[1] ?? ''] ?? 0, pageDate));
  if (kind === 'year-start')
    return { asOf, period: { start: `${pageDate.slice(0, 4)}-01-01`, end: asOf } };
  if (kind === 'since') {
    const start = sinceDate(m, pageDate);
    return start && start < asOf ? { asOf, period: { start, end: asOf } } : undefined;
  }
  if (kind === 'year') {
    const year = m[1] ?? '';
    return year < pageDate.slice(0, 4)
      ? { asOf: `${year}-12-31`, period: { start: `${year}-01-01`, end: `${year}-12-31` } }
      : undefined;
  }
  if (kind === 'weeks') {
    const n = m[1] ? (COUNTS[m[1]] ?? Number(m[1])) : 1;
    return { asOf, period: { start: addDays(asOf, -7 * n + 1), end: asOf } };
  }
  const month = MONTH_STEMS.find(([re]) => re.test(m[1] ?? ''))?.[1];
  return month ? monthPeriod(month, pageDate) : undefined;
}

/** The day a "с 16 мая" / "с декабря" opens: the latest such day on or before the page's date. */
function sinceDate(m: RegExpExecArray, pageDate: IsoDate): IsoDate | undefined {
  const name = m[2] ?? '';
  const month = MONTHS[name];
  if (!month) return undefined;
  const pageYear = Number(pageDate.slice(0, 4));
  const day = m[1] ? Number(m[1]) : 1;
  const date = isoOf(pageYear, month, day);
  if (date && date <= pageDate) return date;
  return isoOf(pageYear - 1, month, day) ?? undefined;
}

/** The latest given weekday before the page's date (a report names a past day). */
function lastWeekday(weekday: number, pageDate: IsoDate): IsoDate {
  const today = weekdayOf(pageDate);
  const back = (today - weekday + 7) % 7 || 7;
  return addDays(pageDate, -back);
}

const day = (date: IsoDate): PeriodReading => ({ asOf: date, period: { start: date, end: date } });

/** The latest such month that began on or before the page's date. */
function monthPeriod(month: number, pageDate: IsoDate): PeriodReading | undefined {
  const pageYear = Number(pageDate.slice(0, 4));
  const year =
    `${pageYear}-${String(month).padStart(2, '0')}-01` <= pageDate ? pageYear : pageYear - 1;
  const start = isoOf(year, month, 1);
  const end =
    start && addDays(isoOf(month === 12 ? year + 1 : year, (month % 12) + 1, 1) ?? start, -1);
  return start && end ? { asOf: end, period: { start, end } } : undefined;
}

type Kind =
  | 'day'
  | 'yesterday'
  | 'weekday'
  | 'weeks'
  | 'month'
  | 'year'
  | 'year-start'
  | 'since'
  | 'total';

/** The period phrase that governs a figure: the nearest before it, else the first after it. */
/** A period phrase found in a sentence. */
export interface PeriodPhrase {
  kind: Kind;
  m: RegExpExecArray;
}

/**
 * The same test as `re`, whose consumed word start `(?:^|[^\p{L}])` (or `[^\p{L}\d] ?`) becomes
 * a lookbehind: it matches a text exactly when `re` does (the character before the word, if any,
 * is the one the prefix consumed, or the optional space after it), and V8 scans it about 4x
 * faster. `re` itself still gives the match, whose offset the figures use.
 */
export function wordStartTest(re: RegExp): RegExp {
  const source = re.source.replace(/^\(\?:\^\|\[\^(\\p\{L\}(?:\\d)?)\](?: \?)?\)/, '(?<![$1])');
  if (source === re.source) throw new Error(`no word start to rewrite in ${re.source}`);
  return new RegExp(source, re.flags);
}

/** The patterns that open with a consumed word start, each with its faster test. */
export const WORD_START_TESTS: ReadonlyMap<RegExp, RegExp> = new Map(
  [YESTERDAY, MONTH_RE, WEEKDAY, SINCE_DATE, YEAR].map((re) => [re, wordStartTest(re)]),
);

/** Every period phrase of a folded sentence (the first of each kind), once per sentence. */
export function periodPhrases(folded: string): PeriodPhrase[] {
  const found: PeriodPhrase[] = [];
  const add = (kind: Kind, re: RegExp) => {
    // Most sentences name no period: the faster test rules a pattern out before it runs.
    if (WORD_START_TESTS.get(re)?.test(folded) === false) return;
    const m = re.exec(folded);
    if (m) found.push({ kind, m });
  };
  add('day', ONE_DAY);
  add('yesterday', YESTERDAY);
  add('weeks', WEEKS);
  add('month', MONTH_RE);
  add('weekday', WEEKDAY);
  add('year-start', SINCE_YEAR_START);
  add('since', SINCE_DATE);
  add('year', YEAR);
  add('total', SINCE_START);
  return found;
}

function nearestPhrase(found: readonly PeriodPhrase[], at: number): PeriodPhrase | undefined {
  if (found.length === 0) return undefined;
  const before = found.filter((f) => f.m.index <= at).sort((a, b) => b.m.index - a.m.index);
  const after = found.filter((f) => f.m.index > at).sort((a, b) => a.m.index - b.m.index);
  const chosen = before[0] ?? after[0];
  return chosen && chosen.kind !== 'total' ? chosen : undefined;
}
