import type { Flag } from '../claims/types';
import type { Method, Metric, Qualifier, Side } from '../core/vocabulary';

/** Plain-language names for the vocabulary, as a reader should see them. */
export const METRIC_LABELS: Record<Metric, string> = {
  personnel_killed: 'personnel killed',
  personnel_wounded: 'personnel wounded',
  personnel_casualties: 'personnel killed and wounded',
  personnel_captured: 'personnel captured',
  personnel_missing: 'personnel missing',
  civilians_killed: 'civilians killed',
  civilians_injured: 'civilians injured',
  children_killed: 'children killed',
  tanks: 'tanks',
  armored_vehicles: 'armoured combat vehicles',
  tanks_and_armored_vehicles: 'tanks and other armoured vehicles',
  artillery: 'artillery systems',
  mlrs: 'multiple rocket launchers',
  air_defense: 'air-defence systems',
  aircraft: 'aircraft',
  helicopters: 'helicopters',
  drones: 'drones',
  ships: 'ships and boats',
  submarines: 'submarines',
  vehicles: 'vehicles and fuel tanks',
  missiles: 'cruise missiles',
  special_equipment: 'special equipment',
  other: 'other losses',
};

export const SIDE_LABELS: Record<Side, string> = {
  russia: 'Russian losses',
  ukraine: 'Ukrainian losses',
  palestine: 'Palestinian losses',
  israel: 'Israeli losses',
  lebanon: 'Lebanese losses',
  unknown: 'side not stated',
};

export const METHOD_LABELS: Record<Method, string> = {
  'party-claim': 'party claim',
  'visually-confirmed': 'visually confirmed',
  'named-dead': 'named dead',
  'intelligence-estimate': 'intelligence estimate',
  'un-verified': 'UN-verified',
  'statistical-model': 'statistical model',
  'health-ministry': 'health ministry count',
};

export const METHOD_EXPLANATIONS: Record<Method, string> = {
  'party-claim': 'A figure announced by a party to the conflict; not independently verified.',
  'visually-confirmed': 'Only losses with photo or video evidence are counted: a lower bound.',
  'named-dead': 'Counts individuals identified by name: a lower bound.',
  'intelligence-estimate': 'An estimate by a government or alliance, usually without its method.',
  'un-verified': 'Individually verified by the UN; the UN says the real figure is higher.',
  'statistical-model': 'A model estimate with an uncertainty interval.',
  'health-ministry': 'A count by a health ministry of the affected side.',
};

/** Flag chips: a short label and the explanation shown on hover or focus. */
export const FLAG_LABELS: Record<Flag, { label: string; explanation: string }> = {
  matches: { label: 'same', explanation: 'The same figure as the article.' },
  'digits-swapped': {
    label: 'digits swapped',
    explanation: 'Same digits in another order: the article may have mistyped this figure.',
  },
  rounded: { label: 'rounded', explanation: 'The article’s figure is this one, rounded.' },
  differs: { label: 'differs', explanation: 'A different figure from the article’s.' },
  'lower-bound': {
    label: 'lower bound',
    explanation: 'By its method this count can only be lower than the real losses.',
  },
  'metric-equivalence': {
    label: 'counts something else',
    explanation: 'This estimate counts a related but different thing (e.g. killed and wounded).',
  },
  'metric-mismatch': {
    label: 'different measure',
    explanation:
      'The article names a narrower measure than this source counts (e.g. killed, where the source counts killed and wounded).',
  },
  stale: {
    label: 'out of date',
    explanation:
      'An older figure than the latest one available on the article’s date, or a source that has not updated for longer than usual.',
  },
  'below-floor': {
    label: 'below the confirmed floor',
    explanation:
      'The article’s figure is lower than a count that can only undercount (e.g. Oryx’s visually confirmed losses).',
  },
  period: {
    label: 'same period',
    explanation:
      'This source’s increase over the article’s period, computed from its running totals.',
  },
};

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  about: 'about ',
  'more-than': 'more than ',
  'up-to': 'up to ',
};

const numberFormat = new Intl.NumberFormat('en-GB');

/** "about 20,600", "30,000–40,000", "70%". */
export function formatFigure(figure: {
  value: number | null;
  low?: number;
  high?: number;
  qualifier: Qualifier;
  unit?: 'count' | 'percent';
}): string {
  const suffix = figure.unit === 'percent' ? '%' : '';
  const amount =
    figure.value !== null
      ? numberFormat.format(figure.value)
      : `${numberFormat.format(figure.low ?? 0)}–${numberFormat.format(figure.high ?? 0)}`;
  return `${QUALIFIER_WORDS[figure.qualifier]}${amount}${suffix}`;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "18 Apr 2022" from "2022-04-18". */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
}

/** The link if it is a well-formed https: URL, else null (never render other schemes). */
export function safeHttpsUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
