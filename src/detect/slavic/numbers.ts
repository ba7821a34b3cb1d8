import { isFew, numeral, scaleOf, vagueOf } from './numerals';
import { onlySpaces, type Tok } from './tokens';

/**
 * Reads the number that starts at one token: digits with space, NBSP or U+202F thousands
 * separators ("20 600"), a decimal comma with a scale ("20,6 тис.", "1,2 млн"), words
 * ("двадцять тисяч", "восемь с половиной тысяч"), a vague magnitude ("сотні", "десятки тисяч")
 * and ranges of any of these ("від 100 до 150", "30–40 тисяч").
 */
export interface SlavicNumber {
  start: number;
  end: number;
  /** Null for a range (low/high) or a vague magnitude (approx). */
  value: number | null;
  low?: number;
  high?: number;
  /** A vague magnitude: the power of ten it names. */
  approx?: number;
  /** The index of the first token after the number. */
  next: number;
}

/** Figures beyond this are not losses of any war (and would lose precision). */
const MAX_VALUE = 1e9;
const DASHES = new Set(['-', '–', '—', '‒']);

interface Single {
  value: number | null;
  approx?: number;
  /** The number carries its own scale word ("30 тисяч"). */
  scaled: boolean;
  end: number;
  next: number;
}

export function readNumber(
  text: string,
  toks: readonly Tok[],
  i: number,
): SlavicNumber | undefined {
  const from = toks[i - 1]?.norm;
  const first = readSingle(text, toks, i);
  if (!first) return undefined;
  const start = toks[i]?.start ?? 0;
  const range = readRangeEnd(text, toks, first, from === 'від' || from === 'от');
  if (range) {
    const low =
      range.scaledHigh && !first.scaled && first.value !== null
        ? first.value * range.scale
        : first.value;
    if (low !== null && range.high !== null && low < range.high) {
      return { start, end: range.end, value: null, low, high: range.high, next: range.next };
    }
  }
  if (first.value !== null && first.value > MAX_VALUE) return undefined;
  return {
    start,
    end: first.end,
    value: first.value,
    ...(first.approx !== undefined ? { approx: first.approx } : {}),
    next: first.next,
  };
}

/** "– 150", "-40 тисяч", "до 150" after a first number (the last only after "від"/"от"). */
function readRangeEnd(text: string, toks: readonly Tok[], first: Single, opened: boolean) {
  const sep = toks[first.next];
  if (!sep || first.value === null) return undefined;
  const isDash =
    DASHES.has(sep.norm) && onlySpaces(text, toks[first.next - 1]?.end ?? 0, sep.start);
  const isTo = opened && sep.norm === 'до';
  if (!isDash && !isTo) return undefined;
  const second = readSingle(text, toks, first.next + 1);
  if (!second || second.value === null || second.value > MAX_VALUE) return undefined;
  const scale =
    second.scaled && second.value !== null ? scaleOfSingle(toks, first.next + 1, second) : 1;
  return {
    high: second.value,
    end: second.end,
    next: second.next,
    scaledHigh: second.scaled,
    scale,
  };
}

/** The scale word that ended `single` (for "30–40 тисяч", where it scales both ends). */
function scaleOfSingle(toks: readonly Tok[], from: number, single: Single): number {
  for (let j = single.next - 1; j >= from; j--) {
    const s = scaleOf(toks[j]?.norm ?? '');
    if (s !== undefined) return s;
  }
  return 1;
}

function readSingle(text: string, toks: readonly Tok[], i: number): Single | undefined {
  const tok = toks[i];
  if (!tok) return undefined;
  if (tok.kind === 'd') return readDigits(text, toks, i);
  if (tok.kind === 'w') return readWords(text, toks, i) ?? readVague(toks, i);
  return undefined;
}

/** "20600", "20 600", "20,6 тис.", "1,2 млн", "20,600". Not dates, times, "30-річний". */
function readDigits(text: string, toks: readonly Tok[], i: number): Single | undefined {
  const head = toks[i] as Tok;
  if (isGlued(text, toks, i)) return undefined;
  let digits = head.norm;
  let j = i + 1;
  // Thousands groups separated by one space of any width: "20 600", "1 234 567".
  if (digits.length <= 3) {
    while (
      toks[j]?.kind === 'd' &&
      toks[j]?.norm.length === 3 &&
      (toks[j] as Tok).start - (toks[j - 1] as Tok).end === 1 &&
      onlySpaces(text, (toks[j - 1] as Tok).end, (toks[j] as Tok).start)
    ) {
      digits += toks[j]?.norm;
      j++;
    }
  }
  let value = Number(digits);
  let end = toks[j - 1]?.end ?? head.end;
  // A decimal comma (or point) joined to digits on both sides.
  const mark = toks[j];
  const fraction = toks[j + 1];
  let decimals: string | undefined;
  if (
    (mark?.norm === ',' || mark?.norm === '.') &&
    mark.start === end &&
    fraction?.kind === 'd' &&
    fraction.start === mark.end
  ) {
    // "24.02.22", "18.04.2022": a date, not a number.
    if (
      toks[j + 2]?.norm === '.' &&
      toks[j + 3]?.kind === 'd' &&
      toks[j + 2]?.start === fraction.end
    )
      return undefined;
    decimals = fraction.norm;
    j += 2;
    end = fraction.end;
  }
  if (toks[j]?.norm === ':' && toks[j + 1]?.kind === 'd') return undefined; // a time, a score
  if (decimals === undefined && toks[j]?.start === end && caseEnding(toks, j)) {
    end = (toks[j + 1] as Tok).end;
    j += 2;
  }
  const scale = scaleOf(toks[j]?.norm ?? '');
  if (decimals !== undefined) {
    if (scale === undefined && decimals.length === 3 && digits.length <= 3)
      value = value * 1000 + Number(decimals);
    else value = Number(`${digits}.${decimals}`);
  }
  if (scale !== undefined) {
    value = Math.round(value * scale);
    end = toks[j]?.end ?? end;
    j++;
    // "тис." and "млн." end with a point that belongs to the abbreviation.
    if (
      toks[j]?.norm === '.' &&
      toks[j]?.start === end &&
      /^(?:тис|тыс|млн)$/.test(toks[j - 1]?.norm ?? '')
    ) {
      end = toks[j]?.end ?? end;
      j++;
    }
  }
  return { value, scaled: scale !== undefined, end, next: j };
}

/** Digits glued to a letter or a hyphenated word ("30-річний", "Су-27", "Т-72"): no figure. */
function isGlued(text: string, toks: readonly Tok[], i: number): boolean {
  const tok = toks[i] as Tok;
  const before = text[tok.start - 1];
  // "Су-27", "Т-72": digits after a letter or a hyphenated name; not "160-165" (a range).
  if (before !== undefined && /\p{L}/u.test(before)) return true;
  if (before === '-' && /\p{L}/u.test(text[tok.start - 2] ?? '')) return true;
  // "07:30", "3:1": the minutes of a time or a score's second number.
  if (before === ':' && /\d/.test(text[tok.start - 2] ?? '')) return true;
  const next = toks[i + 1];
  if (next && next.start === tok.end && (next.kind === 'w' || next.norm === '-')) {
    if (caseEnding(toks, i + 1)) return false;
    return next.norm !== '-' || toks[i + 2]?.kind === 'w';
  }
  return false;
}

/**
 * "11-х поранених", "5-ти військових": a case ending written after digits (not an ordinal's,
 * "5-й", "12-та", nor a word, "30-річний").
 */
function caseEnding(toks: readonly Tok[], j: number): boolean {
  const dash = toks[j];
  const ending = toks[j + 1];
  return (
    dash?.norm === '-' &&
    ending?.kind === 'w' &&
    ending.start === dash.end &&
    /^(?:х|ох|ьох|ти|ми|ма|ох|ух|ех)$/.test(ending.norm)
  );
}

/** "двадцять тисяч", "шістьох", "восемь с половиной тысяч", "півтори тисячі". */
const ONE_THOUSAND_AFTER =
  /^(?:до|понад|більше|свыше|более|больше|около|близько|порядка|майже|почти)$/;

function readWords(text: string, toks: readonly Tok[], i: number): Single | undefined {
  // "Юрий Сорока": a capitalised number word after another word is a name.
  const first = toks[i] as Tok;
  const previous = toks[i - 1];
  const named =
    previous?.kind === 'w' &&
    onlySpaces(text, previous.end, first.start) &&
    /\p{Lu}/u.test(text[first.start] ?? '');
  if (named) return undefined;
  let total = 0;
  let current = 0;
  let lastRank = 1000;
  let used = 0;
  let scaled = false;
  let j = i;
  for (; j < toks.length; j++) {
    const tok = toks[j] as Tok;
    if (tok.kind !== 'w') break;
    const n = numeral(tok.norm);
    if (n?.kind === 'value') {
      if (n.rank >= lastRank) break; // "два три": two numbers, not twenty-three
      current += n.value;
      lastRank = n.rank;
    } else if (n?.kind === 'scale') {
      // "тисячі" alone is a vague magnitude; "тисячу", "тысяча" (singular) is one thousand.
      if (
        used === 0 &&
        !/^(?:тисячу|тисяча|тысячу|тысяча|мільйон|мільйона|миллион|миллиона)$/.test(tok.norm)
      ) {
        return undefined;
      }
      total += (current || 1) * n.value;
      current = 0;
      lastRank = 1000;
      scaled = true;
    } else if (
      /^(?:сотні|сотень|сотни|сотен)$/.test(tok.norm) &&
      lastRank === 1 &&
      current > 0 &&
      current < 10
    ) {
      // "дві сотні", "три сотни": hundreds counted in units.
      current *= 100;
      lastRank = 100;
    } else if (isHalf(toks, j) && used > 0 && current > 0) {
      current += 0.5;
      j++;
    } else break;
    used++;
  }
  if (used === 0) return undefined;
  const value = total + current;
  if (!Number.isInteger(value)) return undefined; // "півтори" of a noun: not a count
  return { value, scaled, end: (toks[j - 1] as Tok).end, next: j };
}

/** "з половиною", "с половиной". */
function isHalf(toks: readonly Tok[], j: number): boolean {
  const w = toks[j]?.norm;
  return (
    (w === 'з' || w === 'с' || w === 'із') && /^половин(?:ою|ой)$/.test(toks[j + 1]?.norm ?? '')
  );
}

/** "сотні", "десятки тисяч", "кілька тисяч", "тисячі". */
function readVague(toks: readonly Tok[], i: number): Single | undefined {
  const tok = toks[i] as Tok;
  // "до тысячи", "понад тисячі", "свыше тысячи": after these, the genitive of one thousand.
  if (/^(?:тисячі|тысячи)$/.test(tok.norm) && ONE_THOUSAND_AFTER.test(toks[i - 1]?.norm ?? '')) {
    return { value: 1000, scaled: true, end: tok.end, next: i + 1 };
  }
  // "кількасот", "несколько сотен": a few hundred.
  if (/^(?:кількасот|кількадесят)$/.test(tok.norm)) {
    return {
      value: null,
      approx: tok.norm === 'кількасот' ? 100 : 10,
      scaled: false,
      end: tok.end,
      next: i + 1,
    };
  }
  const few = isFew(tok.norm);
  const base = few ? 1 : vagueOf(tok.norm);
  if (base === undefined) return undefined;
  const next = toks[i + 1]?.norm ?? '';
  const scale = scaleOf(next) ?? (/^(?:сотень|сотен)$/.test(next) ? 100 : undefined);
  if (scale !== undefined && base < 1000) {
    return {
      value: null,
      approx: base * scale,
      scaled: true,
      end: (toks[i + 1] as Tok).end,
      next: i + 2,
    };
  }
  if (few) return undefined;
  return { value: null, approx: base, scaled: false, end: tok.end, next: i + 1 };
}
