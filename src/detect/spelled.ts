import { wordTable } from '../core/word-table';
/**
 * Numbers written in words: "four hundred", "thirty-two", "a dozen", "a quarter of a million";
 * vague magnitudes: "hundreds", "tens of thousands", "a few thousand"; and fractions of a whole:
 * "a third (of)", "two-thirds (of)", "half (of)". numbers.ts finds where such a token starts (one
 * of NUMBER_WORDS) and calls {@link wordTokenAt}; every pattern here is a sticky regex or a short
 * loop over the next few words, so a token costs a bounded amount of work.
 */

/** A number in words, as numbers.ts reports it (see NumberToken there). */
export interface WordToken {
  start: number;
  end: number;
  value: number;
  /** A fraction of a whole ("a third of"): value is the share in percent. */
  fraction?: boolean;
  /** A vague magnitude ("thousands"): value is the magnitude, the figure's value is unknown. */
  approx?: boolean;
}

/** Number words up to nineteen (also the counts of "the past three days"). */
export const UNITS: Record<string, number> = wordTable({
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
});
const TENS: Record<string, number> = wordTable({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});
const SCALES: Record<string, number> = wordTable({
  dozen: 12,
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
});
/** Plural scale words open a vague magnitude: "hundreds (of)", "thousands (of)". */
const PLURALS: Record<string, number> = wordTable({
  dozens: 10,
  scores: 10,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
});
/** Fractions by denominator word; "half" needs no numerator. */
const FRACTIONS: Record<string, number> = wordTable({
  half: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fifth: 5,
  fifths: 5,
  tenth: 10,
  tenths: 10,
});
/** Words that make the next scale word vague: "a few thousand", "several hundred". */
const VAGUE_LEADS = ['few', 'several', 'many', 'tens'];

/** Every word that can start a number in words; numbers.ts builds its token regex from them. */
export const NUMBER_WORDS = [
  ...Object.keys(UNITS),
  ...Object.keys(TENS),
  ...Object.keys(SCALES),
  ...Object.keys(PLURALS),
  ...Object.keys(FRACTIONS),
  ...VAGUE_LEADS,
];

const NUMBER_WORD_SET = new Set(NUMBER_WORDS);

/** Whether a lower-case word can be part of a number in words. */
export function isNumberWord(norm: string): boolean {
  return NUMBER_WORD_SET.has(norm);
}

const WORD_ALTS = [...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES)]
  .sort((a, b) => b.length - a.length)
  .join('|');
const WORD_NEXT_RE = new RegExp(
  String.raw`(?:[ \u00a0-]|[ \u00a0]and[ \u00a0])(${WORD_ALTS})(?![\p{L}\p{N}])`,
  'iuy',
);
const SP = '[ \\u00a0]';
// "tens of thousands", "hundreds of thousands": the order of magnitude of a plural scale.
const OF_PLURAL_RE = new RegExp(`${SP}of${SP}(thousands|millions)(?![\\p{L}])`, 'iuy');
const VAGUE_SCALE_RE = new RegExp(`${SP}(dozen|hundred|thousand|million)s?(?![\\p{L}])`, 'iuy');
// What follows a fraction: "of a million" (a count), "a million", or "of" (a share).
const FRACTION_COUNT_RE = new RegExp(
  `(?:${SP}of)?${SP}an?${SP}(thousand|million)(?![\\p{L}])`,
  'iuy',
);
const FRACTION_SHARE_RE = new RegExp(`(?=${SP}(?:of|the|its|their|his|her|all)${SP})`, 'iuy');
const FRACTION_AFTER_UNIT_RE = /[ \u00a0-](half|thirds?|quarters?|fifths?|tenths?)(?![\p{L}])/iuy;
const A_BEFORE = /(?:^|[^\p{L}])(an?)[ \u00a0]$/iu;

/** The token for the number word `first` found at `start`, or undefined when it is none. */
export function wordTokenAt(text: string, start: number, first: string): WordToken | undefined {
  const word = first.toLowerCase();
  if (word in PLURALS || VAGUE_LEADS.includes(word)) return vagueAt(text, start, word);
  if (word in FRACTIONS) return fractionAt(text, start, start + first.length, word);
  if (word in UNITS) {
    FRACTION_AFTER_UNIT_RE.lastIndex = start + first.length;
    const m = FRACTION_AFTER_UNIT_RE.exec(text);
    if (m?.[1]) {
      const end = start + first.length + m[0].length;
      return fractionAt(text, start, end, m[1].toLowerCase(), UNITS[word]);
    }
  }
  return spelledAt(text, start, first);
}

/** Where a token that may be introduced by "a" or "an" really starts. */
function withArticle(text: string, start: number): number {
  const m = A_BEFORE.exec(text.slice(Math.max(0, start - 4), start));
  return m?.[1] ? start - m[1].length - 1 : start;
}

/** "hundreds", "tens of thousands", "a few thousand", "several hundred", "many thousands". */
function vagueAt(text: string, start: number, word: string): WordToken | undefined {
  let end = start + word.length;
  let from = start;
  let magnitude = PLURALS[word];
  if (word === 'few' || word === 'several' || word === 'many') {
    VAGUE_SCALE_RE.lastIndex = end;
    const scale = VAGUE_SCALE_RE.exec(text);
    // "a few soldiers" is no number; "few" without "a" means "hardly any".
    if (!scale?.[1]) return undefined;
    if (word === 'few') from = withArticle(text, start);
    if (from === start && word === 'few') return undefined;
    const base = SCALES[scale[1].toLowerCase()] ?? 1;
    magnitude = base === 12 ? 10 : base;
    end += scale[0].length;
  }
  if (word === 'tens' || word === 'hundreds') {
    OF_PLURAL_RE.lastIndex = end;
    const of = OF_PLURAL_RE.exec(text);
    if (of?.[1]) {
      magnitude = (word === 'tens' ? 10 : 100) * (PLURALS[of[1].toLowerCase()] ?? 1);
      end += of[0].length;
    }
  }
  return magnitude === undefined ? undefined : { start: from, end, value: magnitude, approx: true };
}

/**
 * "a third of", "two-thirds of", "half (of) the": a share of a whole, as a percent; "a quarter
 * of a million", "half a million": a count. `end` is just past the denominator word; `numerator`
 * is the number word before it, if any.
 */
function fractionAt(
  text: string,
  start: number,
  end: number,
  denominator: string,
  numerator?: number,
): WordToken | undefined {
  const from = numerator === undefined ? withArticle(text, start) : start;
  // "third" on its own is an ordinal ("the third day"): a share needs "a", "one" or "two".
  if (from === start && numerator === undefined && denominator !== 'half') return undefined;
  const share = (numerator ?? 1) / (FRACTIONS[denominator] ?? 1);
  FRACTION_COUNT_RE.lastIndex = end;
  const count = FRACTION_COUNT_RE.exec(text);
  if (count?.[1]) {
    const value = share * (SCALES[count[1].toLowerCase()] ?? 1);
    return { start: from, end: end + count[0].length, value: Math.round(value) };
  }
  FRACTION_SHARE_RE.lastIndex = end;
  if (!FRACTION_SHARE_RE.test(text)) return undefined;
  return { start: from, end, value: Math.round(share * 1000) / 10, fraction: true };
}

/** Parses a spelled-out number starting with `first` at `start`: "four hundred", "a dozen". */
function spelledAt(text: string, start: number, first: string): WordToken | undefined {
  const parts = [first.toLowerCase()];
  let from = start;
  if (parts[0] !== undefined && parts[0] in SCALES) {
    // A bare scale word counts only after "a" ("a dozen", "a thousand"): "hundred" alone is a
    // noun ("a hundred-year-old"). Checked before reading on, so that a long run of scale words
    // ("thousand hundred thousand …") is not read to its end once per word.
    from = withArticle(text, start);
    if (from === start) return undefined;
  }
  let end = start + first.length;
  for (;;) {
    WORD_NEXT_RE.lastIndex = end;
    const next = WORD_NEXT_RE.exec(text);
    if (!next?.[1] || !continues(parts[parts.length - 1] ?? '', next[1].toLowerCase())) break;
    parts.push(next[1].toLowerCase());
    end += next[0].length;
  }
  // A lone "one" is mostly a pronoun ("one of the soldiers", "no one was killed"): it counts
  // only where it counts someone or something lost ("one person", "killed one", "one dead").
  if (parts.length === 1 && parts[0] === 'one' && !countsOne(text, from, end)) return undefined;
  return { start: from, end, value: spelledValue(parts) };
}

const ONE_AFTER_RE =
  /[ \u00a0]+(?:more[ \u00a0]+|other[ \u00a0]+)?(?:person|man|woman|child|soldier|civilian|serviceman|servicewoman|citizen|individual|resident|fighter|officer|journalist|teenager|boy|girl|baby|worker|employee|driver|passenger|dead|killed|death|fatality|casualty|injury|injured|wounded|was[ \u00a0]+(?:killed|injured|wounded|hurt)|died|drone|uav|tank|missile|projectile|helicopter|plane|jet)(?![\p{L}])/iuy;
const ONE_BEFORE_RE =
  /(?:^|[^\p{L}])(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es|e))[ \u00a0]+(?:at[ \u00a0]+least[ \u00a0]+)?$/iu;

/** A list item of counts just before: "39 artillery systems, " or "six tanks, 11 … and ". */
const ONE_IN_LIST_RE =
  /(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten))[\d,.]*[ \u00a0]+[\p{L}\p{N}() \u00a0-]{2,60}[,;][ \u00a0]+(?:and[ \u00a0]+)?$/iu;

/** Whether a lone "one" at [start, end) counts a loss: "one person", "killed one", "one dead". */
function countsOne(text: string, start: number, end: number): boolean {
  ONE_AFTER_RE.lastIndex = end;
  if (ONE_AFTER_RE.test(text)) return true;
  if (ONE_BEFORE_RE.test(text.slice(Math.max(0, start - 30), start))) return true;
  // "39 artillery systems, one multiple launch rocket system": an item of a list of counts.
  return ONE_IN_LIST_RE.test(text.slice(Math.max(0, start - 80), start));
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
