import { MONTHS } from './dates';
import { MODEL_NAMES } from './metrics';
import type { NumberToken } from './numbers';
import { isNumberWord } from './spelled';
import type { Word } from './words';

/**
 * Numbers that are never loss figures whatever follows them: parts of dates ("February 24",
 * "2022-04-19"), times ("10:30"), money ("$5"), codes and models ("F-16", "A320", "COVID-19"),
 * ordinals ("5th"), compound adjectives ("a 3-day", "155-mm") and page furniture ("Top 10",
 * "page 3"). Years are handled by the caller: "2022" may be a count after "lost".
 */

// Characters that glue a number to a code, an amount or a date when they touch it.
const GLUED_BEFORE = /[\p{L}\p{N}_$€£¥₴₽#@/\\:.+-]/u;
const GLUED_AFTER = /[\p{L}\p{N}_]/u;
const JOINED_AFTER = /^(?:[:/][\p{N}]|[-–][\p{L}\p{N}])/u;
const LABELS = new Set(
  (
    'top no number page chapter section article room flight route highway episode season vol ' +
    'volume issue platform gate level grade aged age ages rank ranked exit channel tier phase step'
  ).split(' '),
);

/** "casualties top one million": after a loss noun "top" is a verb, not "Top 10". */
const LOSS_SUBJECTS = new Set(['casualties', 'losses', 'deaths', 'toll', 'dead', 'fatalities']);

/**
 * True when the characters touching `token` make it part of a code, an amount or a date. Cheap:
 * called before any word around the number is read, which most numbers of a page never need.
 */
export function isGlued(text: string, token: NumberToken): boolean {
  const before = text[token.start - 1];
  if (before !== undefined && GLUED_BEFORE.test(before)) return true;
  const after = text[token.end];
  if (after !== undefined && GLUED_AFTER.test(after)) return true;
  return JOINED_AFTER.test(text.slice(token.end, token.end + 2));
}

/** True when `token` cannot be a loss figure because of the characters or words touching it. */
export function isNotAFigure(
  text: string,
  token: NumberToken,
  left: readonly Word[],
  right: readonly Word[],
): boolean {
  if (isGlued(text, token)) return true;
  return (
    isDatePart(text, left.at(-1), right[0]) ||
    (LABELS.has(left.at(-1)?.norm ?? '') && !LOSS_SUBJECTS.has(left.at(-2)?.norm ?? '')) ||
    MODEL_NAMES.has(left.at(-1)?.norm ?? '') ||
    isRatioTotal(left)
  );
}

/** "25 of 30 drones", "Photo 3 of 10": the number after "of" is the whole, not a loss. */
function isRatioTotal(left: readonly Word[]): boolean {
  // "8 out of 9 drones": the number before "of" may stand before "out".
  const n = (left.at(-2)?.norm === 'out' ? left.at(-3) : left.at(-2))?.norm ?? '';
  return left.at(-1)?.norm === 'of' && (/^\d/.test(n) || isNumberWord(n));
}

/** "February 24", "24 February": a capitalised month name right next to the number. */
function isDatePart(text: string, prev: Word | undefined, next: Word | undefined): boolean {
  const isMonth = (w: Word | undefined): boolean =>
    w !== undefined && w.norm in MONTHS && /^\p{Lu}/u.test(text[w.start] ?? '');
  return isMonth(prev) || isMonth(next);
}

/** A bare four-digit number in the range of recent years ("spring 2022", "in 1945"). */
export function isYearLike(token: NumberToken): boolean {
  return token.plain && token.value >= 1900 && token.value <= 2099;
}
