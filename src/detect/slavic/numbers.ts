import { readDigits, type Single } from './number-digits';
import { readVague, readWords } from './number-words';
import { scaleOf } from './numerals';
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
