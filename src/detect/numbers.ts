/**
 * Number tokens: "790", "20,600", "4 000", "20.6k", "1.2 million", "70%", "four hundred",
 * "a dozen", and ranges "30,000–40,000" / "7,000 to 15,000". One global regex finds where a token
 * starts; small sticky regexes extend it (scale word, percent sign, range). Nothing here decides
 * whether the number is a loss figure: that needs the words around it.
 */

/** A number found in the text, with the span it covers. */
export interface NumberToken {
  start: number;
  end: number;
  /** The value, or the low end of a range. */
  value: number;
  /** The high end of a range ("30,000–40,000"); undefined for a single value. */
  high?: number;
  percent: boolean;
  /** Digits only, no separator, decimal or scale: the shape of a year ("2022"). */
  plain: boolean;
  /** Spelled out in words ("four hundred"). */
  spelled: boolean;
}

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = {
  dozen: 12,
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
};
const NUMBER_WORDS = [...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES)];
const WORD_ALTS = NUMBER_WORDS.sort((a, b) => b.length - a.length).join('|');

// Thousands groups repeat a fixed 4-character unit, so the repetition cannot backtrack
// ambiguously; the word alternative is anchored on non-letters.
const TOKEN_RE = new RegExp(
  String.raw`(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?!\d)|\d+)(\.\d+)?|(?<![\p{L}\p{N}])(${WORD_ALTS})(?![\p{L}\p{N}])`,
  'giu',
);
const SCALE_RE = /(?:k|[ \u00a0]?(thousand|million|billion|mln|bn))(?![\p{L}\p{N}])/iuy;
const PERCENT_RE = /[ \u00a0]?(?:%|per ?cent(?![\p{L}]))/iuy;
const WORD_NEXT_RE = new RegExp(
  String.raw`(?:[ \u00a0-]|[ \u00a0]and[ \u00a0])(${WORD_ALTS})(?![\p{L}\p{N}])`,
  'iuy',
);
const RANGE_RE = /(?:[ \u00a0]?[–—-][ \u00a0]?|[ \u00a0]to[ \u00a0])(?=\d)/uy;
const BETWEEN_AND_RE = /[ \u00a0]and[ \u00a0](?=\d)/uy;
const SCALE_VALUES: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  million: 1e6,
  mln: 1e6,
  billion: 1e9,
  bn: 1e9,
};

/** Every number token of `text`, in order. Linear in the length of the text. */
export function* scanNumbers(text: string): Generator<NumberToken> {
  let pos = 0;
  for (;;) {
    // Reset before every exec: the consumer runs between yields and the regex is shared.
    TOKEN_RE.lastIndex = pos;
    const m = TOKEN_RE.exec(text);
    if (!m) return;
    const token = m[3] ? spelledAt(text, m.index, m[3]) : digitsAt(text, m);
    const ranged = token && !token.spelled ? extendRange(text, token) : token;
    pos = ranged ? ranged.end : m.index + m[0].length;
    if (ranged) yield ranged;
  }
}

/** Parses one digit token (with its scale and percent sign) from a TOKEN_RE match. */
function digitsAt(text: string, m: RegExpExecArray): NumberToken | undefined {
  const digits = m[1] ?? '';
  // A leading zero marks a date part or a code ("04" in 2022-04-19), never a count.
  if (digits.length > 1 && digits.startsWith('0')) return undefined;
  let value = Number(digits.replace(/\D/g, '') + (m[2] ?? ''));
  let end = m.index + m[0].length;
  SCALE_RE.lastIndex = end;
  const scale = SCALE_RE.exec(text);
  if (scale) {
    value *= SCALE_VALUES[(scale[1] ?? 'k').toLowerCase()] ?? 1;
    end += scale[0].length;
  }
  PERCENT_RE.lastIndex = end;
  const percent = PERCENT_RE.exec(text);
  if (percent) end += percent[0].length;
  // "3.5 tanks" is not a count; a decimal needs a scale word or a percent sign.
  if (m[2] && !scale && !percent) return undefined;
  const plain = !scale && !percent && !m[2] && /^\d+$/.test(digits);
  return { start: m.index, end, value, percent: !!percent, plain, spelled: false };
}

/** Parses a spelled-out number starting with `first` at `start`: "four hundred", "a dozen". */
function spelledAt(text: string, start: number, first: string): NumberToken | undefined {
  const parts = [first.toLowerCase()];
  let end = start + first.length;
  for (;;) {
    WORD_NEXT_RE.lastIndex = end;
    const next = WORD_NEXT_RE.exec(text);
    if (!next?.[1] || !continues(parts[parts.length - 1] ?? '', next[1].toLowerCase())) break;
    parts.push(next[1].toLowerCase());
    end += next[0].length;
  }
  let from = start;
  if (parts[0] !== undefined && parts[0] in SCALES) {
    // A bare scale word counts only after "a" ("a dozen", "a thousand"); "a few thousand" or
    // "thousands" are vague and never a figure.
    if (!/(?:^|[^\p{L}])a[ \u00a0]$/iu.test(text.slice(Math.max(0, start - 3), start))) {
      return undefined;
    }
    from = start - 2;
  }
  // A lone "one" is mostly a pronoun ("one of the soldiers", "no one was killed").
  if (parts.length === 1 && parts[0] === 'one') return undefined;
  const value = spelledValue(parts);
  return { start: from, end, value, percent: false, plain: false, spelled: true };
}

/** Whether number word `next` can follow `prev` in one spelled-out number. */
function continues(prev: string, next: string): boolean {
  if (next in SCALES) return true;
  if (prev in SCALES) return true;
  if (prev in TENS) return next in UNITS && (UNITS[next] ?? 10) < 10 && (UNITS[next] ?? 0) > 0;
  return false;
}

/** The value of a sequence of number words, e.g. ["four", "hundred", "twenty"] -> 420. */
export function spelledValue(parts: readonly string[]): number {
  let total = 0;
  let current = 0;
  for (const part of parts) {
    if (part in UNITS) current += UNITS[part] ?? 0;
    else if (part in TENS) current += TENS[part] ?? 0;
    else if (part === 'hundred' || part === 'dozen') current = (current || 1) * (SCALES[part] ?? 1);
    else {
      total += (current || 1) * (SCALES[part] ?? 1);
      current = 0;
    }
  }
  return total + current;
}

/** Joins "30,000–40,000", "7,000 to 15,000" and "between 30 and 40 thousand" into one token. */
function extendRange(text: string, low: NumberToken): NumberToken {
  const between = /between[ \u00a0]$/i.test(text.slice(Math.max(0, low.start - 8), low.start));
  const sep = between ? BETWEEN_AND_RE : RANGE_RE;
  sep.lastIndex = low.end;
  const m = sep.exec(text);
  if (!m) return low;
  TOKEN_RE.lastIndex = low.end + m[0].length;
  const next = TOKEN_RE.exec(text);
  if (!next || next.index !== low.end + m[0].length || next[3]) return low;
  const high = digitsAt(text, next);
  // "20-30%" is a percent range; "20%-30" is not a range at all.
  if (!high || (low.percent && !high.percent)) return low;
  const lowValue = scaleLike(low, high);
  if (!(lowValue < high.value)) return low;
  return {
    ...low,
    value: lowValue,
    high: high.value,
    end: high.end,
    plain: false,
    percent: high.percent,
  };
}

/** "30-40 thousand": the low end borrows the high end's scale when it has none of its own. */
function scaleLike(low: NumberToken, high: NumberToken): number {
  if (low.value >= 1000 || low.percent) return low.value;
  for (const scale of [1e9, 1e6, 1e3]) {
    if (high.value >= scale && low.value * scale < high.value) return low.value * scale;
  }
  return low.value;
}
