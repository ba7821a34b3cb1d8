import type { Flag } from '../claims/types';
import type { Area, Method, Metric, Qualifier, Side } from '../core/vocabulary';
import type { I18n, MessageKey, Translate } from './i18n';

/**
 * The vocabulary and numbers as a reader sees them, in the UI language. Message keys follow the
 * vocabulary: `metric_tanks`, `side_russia`, `method_party_claim`, `flag_digits_swapped`.
 */
const key = (prefix: string, id: string) => `${prefix}_${id.replace(/-/g, '_')}` as MessageKey;

export const metricLabel = (t: Translate, metric: Metric) => t(key('metric', metric));
export const sideLabel = (t: Translate, side: Side) => t(key('side', side));
export const areaLabel = (t: Translate, area: Area) => t(key('area', area));

/** "Russian losses", or with an area "Palestinian losses in Gaza". */
export function placeLabel(t: Translate, side: Side, area?: Area): string {
  return area ? t('sideInArea', [sideLabel(t, side), areaLabel(t, area)]) : sideLabel(t, side);
}
export const methodLabel = (t: Translate, method: Method) => t(key('method', method));
export const methodExplanation = (t: Translate, method: Method) => t(key('methodExplain', method));
export const flagLabel = (t: Translate, flag: Flag) => t(key('flag', flag));
export const flagExplanation = (t: Translate, flag: Flag) => t(key('flagExplain', flag));

const QUALIFIER_KEYS: Record<Qualifier, MessageKey | null> = {
  exact: null,
  about: 'qualifierAbout',
  'more-than': 'qualifierMoreThan',
  'up-to': 'qualifierUpTo',
};

/** 20,600 in English, 20 600 in Ukrainian. */
export function formatNumber(locale: string, value: number): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** "about 20,600", "30,000–40,000", "70%" in the UI language. */
export function formatFigure(
  { t, locale }: I18n,
  figure: {
    value: number | null;
    low?: number;
    high?: number;
    qualifier: Qualifier;
    unit?: 'count' | 'percent';
  },
): string {
  const amount =
    figure.value !== null
      ? formatNumber(locale, figure.value)
      : `${formatNumber(locale, figure.low ?? 0)}–${formatNumber(locale, figure.high ?? 0)}`;
  const withUnit = figure.unit === 'percent' ? `${amount}%` : amount;
  const qualifierKey = QUALIFIER_KEYS[figure.qualifier];
  return qualifierKey ? t(qualifierKey, withUnit) : withUnit;
}

/** "about 490,321 (95% CI 417,284–579,031)": a model's figure with its interval, if it has one. */
export function formatEstimateFigure(
  i18n: I18n,
  estimate: Parameters<typeof formatFigure>[1] & { interval?: { low: number; high: number } },
): string {
  const figure = formatFigure(i18n, estimate);
  if (!estimate.interval) return figure;
  const { low, high } = estimate.interval;
  return i18n.t('figureWithInterval', [
    figure,
    formatNumber(i18n.locale, low),
    formatNumber(i18n.locale, high),
  ]);
}

/** "18 Apr 2022" from "2022-04-18", in the UI language. */
export function formatDate(locale: string, isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/**
 * A counted message in the UI language's plural form: `base_one`, `base_few`, `base_many` or
 * `base_other` (Intl.PluralRules), with the formatted count as $1 and `more` as $2, $3….
 */
export function countMessage(
  { t, locale }: I18n,
  base: string,
  count: number,
  ...more: string[]
): string {
  return t(`${base}_${pluralForm(locale, count)}` as MessageKey, [
    formatNumber(locale, count),
    ...more,
  ]);
}

/**
 * The plural category of `count` in the UI language, among the forms our messages carry:
 * English needs one and other, Ukrainian and Russian one, few and many (1, 2–4, 5–20 …).
 */
export function pluralForm(locale: string, count: number): 'one' | 'few' | 'many' | 'other' {
  const category = new Intl.PluralRules(locale).select(count);
  return category === 'one' || category === 'few' || category === 'many' ? category : 'other';
}
