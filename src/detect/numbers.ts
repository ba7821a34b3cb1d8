import { wordTable } from '../core/word-table';
import { caseSensitive, lowerAligned } from './lower-scan';
import { NUMBER_WORDS, wordTokenAt } from './spelled';
import { isAsciiWordChar, startsWord, trie, WORD_START } from './word-trie';

/**
 * Number tokens: "790", "20,600", "4 000", "20.6k", "1.2 million", "70%", ranges "30,000–40,000"
 * / "7,000 to 15,000", and numbers in words (spelled.ts: "four hundred", "a dozen", "thousands",
 * "a third"). One global regex finds where a token starts; small sticky regexes extend it (scale
 * word, percent sign, range). Nothing here decides whether the number is a loss figure: that
 * needs the words around it.
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
  /** A vague magnitude ("tens of thousands"): `value` is the magnitude (10,000), not a count. */
  approx?: boolean;
  /** A fraction in words ("a third"): `percent` is set and `value` is the share (33.3). */
  fraction?: boolean;
}

// Thousands groups repeat a fixed 4-character unit, so the repetition cannot backtrack
// ambiguously. The number words (group 3, a trie: longest first) are entered at a word start,
// one character consumed before them (word-trie.ts): a letter or digit past ASCII there is turned
// away in code (scanNumbersWith).
export const TOKEN_RE = new RegExp(
  String.raw`(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?!\d)|\d+)(\.\d+)?|${WORD_START}(${trie(NUMBER_WORDS)})(?![\p{L}\p{N}])`,
  'giu',
);
/** The same, for the lower-cased page (lower-scan.ts). */
const TOKEN_LOWER = caseSensitive(TOKEN_RE);
const SCALE_RE = /(?:k|[ \u00a0]?(thousand|million|billion|mln|bn))(?![\p{L}\p{N}])/iuy;
const PERCENT_RE = /[ \u00a0]?(?:%|per ?cent(?![\p{L}]))/iuy;
const RANGE_RE = /(?:[ \u00a0]?[–—-][ \u00a0]?|[ \u00a0]to[ \u00a0])(?=\d)/uy;
const BETWEEN_AND_RE = /[ \u00a0]and[ \u00a0](?=\d)/uy;
const SCALE_VALUES: Record<string, number> = wordTable({
  k: 1e3,
  thousand: 1e3,
  million: 1e6,
  mln: 1e6,
  billion: 1e9,
  bn: 1e9,
});

/** Every number token of `text`, in order. Linear in the length of the text. */
export function scanNumbers(text: string): Generator<NumberToken> {
  const lower = lowerAligned(text);
  return lower === undefined
    ? scanNumbersWith(text, TOKEN_RE, text)
    : scanNumbersWith(text, TOKEN_LOWER, lower);
}

/**
 * scanNumbers with `re` (TOKEN_RE's groups) run over `scanned` (`text` or its lower case): its
 * number words may come with the character before them (TOKEN_RE) or without (a lookbehind).
 */
export function* scanNumbersWith(
  text: string,
  re: RegExp,
  scanned: string,
): Generator<NumberToken> {
  let pos = 0;
  for (;;) {
    // Reset before every exec: the consumer runs between yields and the regex is shared. From
    // the character before `pos` when it may be the one before a number word ("70%two"): no
    // other match starts there (no ASCII letter or digit).
    re.lastIndex = pos > 0 && !isAsciiWordChar(scanned.charCodeAt(pos - 1)) ? pos - 1 : pos;
    const m = re.exec(scanned);
    if (!m) return;
    // A number word is group 3, at the match's end: read from the page itself. Digits and
    // their separators lower-case to themselves.
    const start = m[3] ? m.index + m[0].length - m[3].length : m.index;
    const before = scanned.slice(m.index, start);
    // After a letter or digit past ASCII no word starts: go on past the word's first letter.
    if (!startsWord(before)) {
      pos = start + 1;
      continue;
    }
    const word = m[3] ? text.slice(start, start + m[3].length) : undefined;
    const token = word ? wordsAt(text, start, word) : digitsAt(text, m);
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
  // Separators need a group of three digits after one to three: none in three characters or less.
  const bare = digits.length > 3 ? digits.replace(/\D/g, '') : digits;
  let value = Number(bare + (m[2] ?? ''));
  let end = m.index + m[0].length;
  SCALE_RE.lastIndex = end;
  const scale = SCALE_RE.exec(text);
  if (scale) {
    // Rounded: 203.1 × 1000 is 203099.99999999997 in floating point.
    value = Math.round(value * (SCALE_VALUES[(scale[1] ?? 'k').toLowerCase()] ?? 1));
    end += scale[0].length;
  }
  PERCENT_RE.lastIndex = end;
  const percent = PERCENT_RE.exec(text);
  if (percent) end += percent[0].length;
  // "3.5 tanks" is not a count; a decimal needs a scale word or a percent sign.
  if (m[2] && !scale && !percent) return undefined;
  const plain = !scale && !percent && !m[2] && bare === digits;
  return { start: m.index, end, value, percent: !!percent, plain, spelled: false };
}

/** A number in words as a NumberToken. */
function wordsAt(text: string, start: number, first: string): NumberToken | undefined {
  const t = wordTokenAt(text, start, first);
  if (!t) return undefined;
  return {
    start: t.start,
    end: t.end,
    value: t.value,
    percent: !!t.fraction,
    plain: false,
    spelled: true,
    ...(t.approx ? { approx: true } : {}),
    ...(t.fraction ? { fraction: true } : {}),
  };
}

/** Joins "30,000–40,000", "7,000 to 15,000" and "between 30 and 40 thousand" into one token. */
function extendRange(text: string, low: NumberToken): NumberToken {
  // Both separators start with a space or a dash: most numbers are followed by neither.
  if (!' \u00a0–—-'.includes(text.charAt(low.end))) return low;
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
