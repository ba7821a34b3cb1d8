import type { Qualifier } from '../core/vocabulary';

/**
 * Plain-text formatting for the reasons attached to flags ("General Staff said 790 on
 * 18 Apr 2022"). Hand-rolled rather than Intl: the matcher formats a few numbers and dates per
 * estimate, and must answer 1,000 comparisons in a few milliseconds.
 */

const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** "20,600" from 20600; "-3" from -3. */
export function formatCount(n: number): string {
  if (n < 0) return `-${formatCount(-n)}`;
  // Whole numbers by arithmetic (no slicing of digit strings): a few per estimate, 1,000s a page.
  if (n < 1000 || !Number.isSafeInteger(n)) return groupDigits(String(n));
  const rest = n % 1000;
  const pad = rest < 10 ? '00' : rest < 100 ? '0' : '';
  return `${formatCount((n - rest) / 1000)},${pad}${rest}`;
}

/** Commas every three digits of a digit string (numbers beyond the safe integers). */
function groupDigits(digits: string): string {
  if (digits.length <= 3) return digits;
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) {
    const part = digits.slice(Math.max(0, end - 3), end);
    out = out ? `${part},${out}` : part;
  }
  return out;
}

/** "18 Apr 2022" from "2022-04-18". */
export function formatDay(iso: string): string {
  const month = MONTHS[Number(iso.slice(5, 7)) - 1];
  return month ? `${Number(iso.slice(8, 10))} ${month} ${iso.slice(0, 4)}` : iso;
}

const QUALIFIER_WORDS: Readonly<Record<Qualifier, string>> = {
  exact: '',
  about: 'about ',
  'more-than': 'more than ',
  'up-to': 'up to ',
};

/** "about 20,600", "30,000–40,000", "more than 20,000". */
export function formatFigure(figure: {
  value: number | null;
  low?: number | undefined;
  high?: number | undefined;
  qualifier: Qualifier;
}): string {
  const amount =
    figure.value !== null
      ? formatCount(figure.value)
      : `${formatCount(figure.low ?? 0)}–${formatCount(figure.high ?? 0)}`;
  return QUALIFIER_WORDS[figure.qualifier] + amount;
}

/** "Oryx's", "UALosses'". */
export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/** Upper-cases the first letter: names like "the General Staff" open sentences too. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
