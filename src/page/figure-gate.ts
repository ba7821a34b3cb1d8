import { headOf, isMeasureWord, modifiedHead } from '../detect/slavic/lexicon';
import { isEquipmentLoss, lossKind, outcomeOfVerb } from '../detect/slavic/loss-verbs';
import { tollOf } from '../detect/slavic/people';
import { foldWord, tokenize } from '../detect/slavic/tokens';
import { cueHits } from './cue-scan';

/**
 * A cheap gate before the detector (issue 16). Most text a reader's browser shows holds no loss
 * figure, yet its dates, prices and scores would each be judged by the full detector. The gate
 * answers "could the detector find anything here?" with one pass over the words, and says no
 * only when the detector's own rules could not fire, so a text it turns away would have given
 * no figure:
 * - English: every figure's first number stands near a cue word (src/detect/cues.ts, whose
 *   tables this gate reuses: the counted nouns' last words and the verbs of killing and
 *   wounding); later ones follow a figure.
 * - Ukrainian and Russian: every figure has a counted noun, an outcome or a loss verb of
 *   src/detect/slavic/lexicon.ts and loss-verbs.ts somewhere in its text, or a toll's words
 *   before its number (people.ts).
 * It errs on the side of passing: the distance allowed is wider than the detector's, any short
 * run of letters before a hyphen and a digit counts as a model code. The property test
 * (figure-gate.test.ts) holds it to "never drops a figure" on the corpus and on fuzzed text.
 */

/** Whether the detector could find a figure in `text`; false means it certainly finds none. */
export function mayHoldFigures(text: string): boolean {
  return englishHits(text, () => true) || (CYRILLIC.test(text) && mayHoldSlavic(text));
}

const CYRILLIC = /[\u0400-\u04ff]/;

/** Whether `text` has Cyrillic letters (the only text the Slavic reading can find figures in). */
export const hasCyrillic = (text: string): boolean => CYRILLIC.test(text);

/**
 * Calls `hit(from, to)` for each place where a cue word stands within REACH of a number (digits
 * or a number word), the span covering both, in order, until `hit` returns true; returns whether
 * one did. One regex pass over the text (cue-scan.ts).
 */
export const englishHits = (text: string, hit: (from: number, to: number) => boolean): boolean =>
  cueHits(text, hit);

/** How many words around a Slavic head are read as its possible modifiers. */
const MODIFIER_REACH = 8;

/**
 * Whether a Ukrainian or Russian word of the text is one the Slavic detector counts or reads, or
 * the text names a toll before its number ("число жертв … достигло 29").
 */
export function mayHoldSlavic(text: string): boolean {
  const folded = foldWord(text);
  const whole = { from: 0, to: 0, start: 0, end: text.length, folded, lineStart: true, memo: {} };
  if (tollOf(whole)) return true;
  const words = tokenize(text, 0, text.length)
    .filter((tok) => tok.kind === 'w')
    .map((tok) => tok.norm);
  return words.some((norm, i) => {
    if (
      headOf(norm) ||
      isMeasureWord(norm) ||
      outcomeOfVerb(norm) ||
      isEquipmentLoss(norm) ||
      lossKind(norm)
    )
      return true;
    // "артилерійських систем": a noun that counts only with its modifiers, read nearby.
    const around = words.slice(Math.max(0, i - MODIFIER_REACH), i + MODIFIER_REACH);
    return modifiedHead(norm, around, words[i + 1]) !== undefined;
  });
}
