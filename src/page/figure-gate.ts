import { WINDOW } from '../detect/classify';
import { LAST_WORDS, VERB_REACH, VERB_WORDS } from '../detect/cues';
import { headOf, isMeasureWord, modifiedHead } from '../detect/slavic/lexicon';
import { isEquipmentLoss, outcomeOfVerb } from '../detect/slavic/loss-verbs';
import { lossKind, tollOf } from '../detect/slavic/people';
import { foldWord, tokenize } from '../detect/slavic/tokens';
import { NUMBER_WORDS } from '../detect/spelled';

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
 * It errs on the side of passing: words are split at hyphens (both halves of "fighter-bombers"
 * count), and the distance allowed is wider than the detector's. The property test
 * (figure-gate.test.ts) holds it to "never drops a figure" on the corpus and on fuzzed text.
 */

/** Lower-case pieces of `words`, split where a word has a hyphen or a space. */
const piecesOf = (words: Iterable<string>): Set<string> =>
  new Set([...words].flatMap((word) => word.toLowerCase().split(/[^\p{L}\p{N}]+/u)));

const CUE_PIECES = piecesOf([...LAST_WORDS, ...VERB_WORDS]);
const NUMBER_PIECES = piecesOf(NUMBER_WORDS);
/**
 * How far a cue may stand from a number piece and still pass: the detector's noun window (the
 * verbs' reach is shorter), plus the longest stretch of a number token without a digit or number
 * word in it ("70 per cent", "30,000 to 40,000", a cue split at its hyphen).
 */
const REACH = Math.max(WINDOW, VERB_REACH) + 32;
/** A model code ("Su-34", "T-72") names its noun: letters, a hyphen, a digit. */
const MODEL_PREFIX_MAX = 3;

// Runs of letters and digits; the cue regex's boundaries are the same (not a letter or digit).
const RUN = /[\p{L}\p{N}]+/gu;
const DIGIT = /\d/;
const CYRILLIC = /[\u0400-\u04ff]/;

/** Whether the detector could find a figure in `text`; false means it certainly finds none. */
export function mayHoldFigures(text: string): boolean {
  return englishHits(text, () => true) || (CYRILLIC.test(text) && mayHoldSlavic(text));
}

/** Whether `text` has Cyrillic letters (the only text the Slavic reading can find figures in). */
export const hasCyrillic = (text: string): boolean => CYRILLIC.test(text);

/**
 * Calls `hit(from, to)` for each place where a cue word stands within REACH of a number (digits
 * or a number word), the span covering both, in order, until `hit` returns true; returns whether
 * one did. One pass over the text's words.
 */
export function englishHits(text: string, hit: (from: number, to: number) => boolean): boolean {
  let lastNumber = Number.NEGATIVE_INFINITY;
  let numberStart = 0;
  let lastCue = Number.NEGATIVE_INFINITY;
  let cueStart = 0;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
    const run = m[0];
    const start = m.index;
    const end = start + run.length;
    let number = DIGIT.test(run);
    let cue = !number && isModelCode(text, run, end);
    if (!number && !cue) {
      // The cue regex is case-insensitive under Unicode rules: the long s folds to "s".
      const word = run.toLowerCase().replace(/ſ/g, 's');
      number = NUMBER_PIECES.has(word);
      cue = CUE_PIECES.has(word);
    }
    if (number) {
      if (start - lastCue <= REACH && hit(cueStart, end)) return true;
      lastNumber = end;
      numberStart = start;
    }
    if (cue) {
      if (start - lastNumber <= REACH && hit(numberStart, end)) return true;
      lastCue = end;
      cueStart = start;
    }
  }
  return false;
}

/** "Su-34", "T-72": a short run of letters, a hyphen and a digit (cues.ts MODEL_CUE's shape). */
function isModelCode(text: string, run: string, end: number): boolean {
  return run.length <= MODEL_PREFIX_MAX && text[end] === '-' && DIGIT.test(text[end + 1] ?? '');
}

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
