import { scaleOf } from './numerals';
import { onlySpaces, type Tok } from './tokens';

export interface Single {
  value: number | null;
  approx?: number;
  /** The number carries its own scale word ("30 тисяч"). */
  scaled: boolean;
  end: number;
  next: number;
}

/** "20600", "20 600", "20,6 тис.", "1,2 млн", "20,600". Not dates, times, "30-річний". */
export function readDigits(text: string, toks: readonly Tok[], i: number): Single | undefined {
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
