import { allMatches } from '../core/matches';
import { isCachedFor } from '../core/same-text';
import type { Candidate, Parts, TokenContext } from './candidate';
import {
  ellipticRule,
  equipmentEllipsisRule,
  passiveVictimRule,
  sharedNounRule,
  victimRule,
} from './ellipsis-rules';
import { dashRule, incrementRule } from './gs-list';
import { isModelCode, mayStartNounPhrase } from './metrics';
import { isGlued, isNotAFigure, isYearLike } from './non-figures';
import type { NumberToken } from './numbers';
import { qualifierBefore } from './qualifiers';
import { nounRule, percentRule, trailingRule } from './rules';
import { mayEndFigure } from './trailing';
import { verbBefore } from './verbs';
import { NOT_AFTER_LETTER, NOT_AFTER_WORD } from './word-edge';
import { firstWordIn, hasLetter, isLetter, type Word, wordsIn } from './words';

export type { Candidate, TokenContext } from './candidate';

/**
 * Decides whether one number is a loss figure and what it counts, from the words in a bounded
 * window on each side of it (WINDOW characters, cut at the sentence's edges). Bounded windows keep
 * detection linear in the page's length however long its "sentences" are (a page's text can
 * have megabytes without a full stop). The rules, tried in order:
 * 1. percent: "lost 70% of their personnel";
 * 2. noun after: "790 tanks", "Around 20,600 Russian personnel have been lost", "lost 1,351 men";
 * 3. ellipsis: "another 3,285 were wounded", which borrows the noun of the previous figure of
 *    the same sentence;
 * 4. noun before: "the number of Russian casualties could be as high as 40,000";
 * and, first of all, the lines of the General Staff's list ("tanks ‒ 3,604 (+9)", gs-list.ts).
 * A number with none of these is not a figure: precision over recall. Every rule but those that
 * go on from the figure before it (ellipsis, "(+9)") matches a word of letters among the words it
 * reads: firstLook turns away a number with no letter near it on that ground (a new rule must
 * keep it so; classify.test.ts checks it).
 */ export const WINDOW = 80;
/** Characters read to find the first word after a number, for the cheap pre-filter. */
const FIRST_WORD = 16;

/**
 * The figure that `ctx.token` is, or undefined when it is not a loss figure. `look` is
 * firstLook's answer for the token when the caller has it already.
 */
export function classify(ctx: TokenContext, look?: FirstLook): Candidate | undefined {
  const { text, token, sentence } = ctx;
  const increment = incrementRule(ctx);
  if (increment !== 'no') return increment;
  look ??= firstLook(text, token, sentence, ctx.previous);
  if (look === 'none') return undefined;
  const dashed = look === 'dashed';
  const rightEnd = Math.min(sentence.end, token.end + WINDOW);
  const right = wordsIn(text, token.end, rightEnd);
  const left = wordsIn(text, Math.max(sentence.start, token.start - WINDOW), token.start);
  if (isNotAFigure(text, token, left, right)) return undefined;
  const q = qualifierBefore(left, token.start);
  const before = left.slice(0, left.length - q.words);
  const verb = verbBefore(before);
  // "spring 2022", "in 1945": a year-shaped number counts only when a hedge or a loss verb
  // introduces it ("lost 2041 vehicles").
  if (isYearLike(token) && q.words === 0 && !verb) return undefined;
  const wideBefore = () => {
    const wide = wordsIn(text, Math.max(sentence.start, token.start - 2 * WINDOW), token.start);
    return wide.slice(0, wide.length - q.words);
  };
  const parts: Parts = { ctx, q, before, right, verb, wideBefore };
  const found =
    (dashed ? dashRule(parts) : undefined) ??
    (token.percent
      ? percentRule(parts)
      : (nounRule(parts) ??
        ellipticRule(parts) ??
        trailingRule(parts) ??
        victimRule(parts) ??
        sharedNounRule(parts) ??
        equipmentEllipsisRule(parts) ??
        passiveVictimRule(parts)));
  return found && !isHistorical(ctx) && !isRate(right, found, text) ? found : undefined;
}

export type FirstLook = 'none' | 'dashed' | 'plain';

/**
 * The first look at a number, from the characters touching it, the first word after it and,
 * when no figure comes before it in its sentence (`previous`), whether any letter stands in the
 * windows the rules read: 'none' when no rule can apply (classify gives nothing), else whether a
 * dash or colon stands before it ('dashed': a line of a General Staff list) or not ('plain'). A
 * number after a "+" is glued to it, so 'none' for it holds also for incrementRule when no
 * figure comes before it.
 */
export function firstLook(
  text: string,
  token: NumberToken,
  sentence: { start: number; end: number },
  previous: Candidate | undefined,
): FirstLook {
  // Characters alone rule out most numbers of a dense page ("1-2", "$5", "2022-04-19"): no
  // word is read for them.
  if (isGlued(text, token)) return 'none';
  const rightEnd = Math.min(sentence.end, token.end + WINDOW, token.end + FIRST_WORD);
  const next = firstWordIn(text, token.end, rightEnd);
  const dashed = dashBefore(text, token.start, sentence.start);
  if (!dashed && !mayBeFigure(text, token, previous, next)) return 'none';
  // Every rule that needs no figure before the number matches a word of letters in the words it
  // reads (a noun, a verb, "of", "and"): with none there ("1,1,1…", '"1" "2"'), it finds nothing.
  if (!previous && !lettersNear(text, token, sentence)) return 'none';
  return dashed ? 'dashed' : 'plain';
}

/**
 * Whether a letter stands in the windows classify reads words from: twice WINDOW before the
 * number (its wide window) and WINDOW after it, inside the clipped sentence.
 */
function lettersNear(
  text: string,
  token: NumberToken,
  sentence: { start: number; end: number },
): boolean {
  return (
    hasLetter(text, Math.max(sentence.start, token.start - 2 * WINDOW), token.start) ||
    hasLetter(text, token.end, Math.min(sentence.end, token.end + WINDOW))
  );
}

/**
 * Whether a dash or colon stands before the number, with at most two words between ("tanks ‒
 * 3,604", "personnel ‒ about 171,490"): the shape of a General Staff list line. A backward scan
 * of a few characters, so that it costs nothing on the many numbers that are not figures.
 */
function dashBefore(text: string, at: number, floor: number): boolean {
  let i = at - 1;
  for (let words = 0; words <= 2; words++) {
    while (i >= floor && (text[i] === ' ' || text[i] === '\u00a0')) i--;
    if (i < floor) return false;
    if (DASH_CHARS.includes(text[i] ?? '')) return true;
    const end = i;
    while (i >= floor && end - i < 16 && isLetter(text, i)) i--;
    if (i === end || (text[i] !== ' ' && text[i] !== '\u00a0')) return false;
  }
  return false;
}

const DASH_CHARS = '‒–—―:-';

const LOSS_PARTICIPLES = new Set(
  'destroyed damaged abandoned captured downed intercepted sunk killed wounded injured'.split(' '),
);
const AUXILIARY_NEXT = new Set(['have', 'has', 'had', 'were', 'was', 'are', 'is', 'died', 'out']);

/**
 * Losses of earlier wars ("in the 1994 Chechen war", "in World War II") are not this war's: a
 * sentence naming a year before 2014 or such a war gives no figures.
 */
function isHistorical(ctx: TokenContext): boolean {
  const { text, sentence, token } = ctx;
  return historicalStarts(text, sentence.start, sentence.end).some((at) => at !== token.start);
}

/**
 * The last clipped sentence read for earlier wars, with where they are named: the figures of one
 * sentence share its clip, which was read again for each.
 */
let historical: { text: string; start: number; end: number; starts: number[] } | undefined;

/** Where a year before 2014 or an earlier war is named in [start, end), not as a comparison. */
function historicalStarts(text: string, start: number, end: number): number[] {
  if (historical?.start === start && historical.end === end && isCachedFor(historical, text))
    return historical.starts;
  // Matching inside the clipped sentence bounds the work by the clip, not the page.
  const clip = text.slice(start, end);
  const starts: number[] = [];
  for (const m of allMatches(HISTORICAL_RE, clip)) {
    // "the heaviest losses since World War II" compares this war with that one.
    if (!COMPARED_RE.test(clip.slice(Math.max(0, m.index - 16), m.index)))
      starts.push(start + m.index);
  }
  historical = { text, start, end, starts };
  return starts;
}

/**
 * "about 59 casualties per square kilometre", "an average of 340 casualties per day": a rate,
 * not a count (docs/DETECTION.md §3). A day's loss ("1,380 troops in a day") stays a figure.
 */
function isRate(right: readonly Word[], found: Candidate, text: string): boolean {
  const i = right.findIndex((w) => w.start >= found.end);
  if (i < 0 || right[i]?.norm !== 'per') return false;
  const unit = right[i + 1]?.norm ?? '';
  if (AREA_UNITS.has(unit)) return true;
  const before = text.slice(Math.max(0, found.start - 40), found.start);
  return /\baverag|\bon average\b/i.test(before);
}

const AREA_UNITS = new Set(['square', 'sq', 'km', 'kilometre', 'kilometer', 'mile', 'km²']);

const COMPARED_RE =
  /(?:since|than(?:[ \u00a0]+in)?)(?:[ \u00a0]+the)?(?:[ \u00a0]+(?:second|first))?[ \u00a0]+$/i;

const HISTORICAL_RE = new RegExp(
  String.raw`${NOT_AFTER_WORD}(?:19\d\d|200\d|201[0-3])s?(?![\p{L}\p{N}])|${NOT_AFTER_LETTER}(?:chechen|chechnya|wwii|ww2|world[ \u00a0]war|stalingrad|leningrad|nazi[ \u00a0]germany|red[ \u00a0]army|great[ \u00a0]patriotic[ \u00a0]war)(?!\p{L})`,
  'giu',
);
/**
 * A cheap test on the first word after the number: can any rule apply? Most numbers of a page
 * (prices, scores, dates) fail here, before any window around them is read.
 */
function mayBeFigure(
  text: string,
  token: NumberToken,
  previous: Candidate | undefined,
  next: Word | undefined,
): boolean {
  const norm = next?.norm ?? '';
  if (token.percent) return norm === 'of' || !!token.fraction;
  if (norm === 'of') return true;
  // "62,681 have been wounded": passiveVictimRule reads it.
  if (AUXILIARY_NEXT.has(norm)) return true;
  // "544 tanks had been captured, 79 damaged and 65 abandoned": a part of the figure before.
  if (previous && LOSS_PARTICIPLES.has(norm)) return true;
  return (
    mayStartNounPhrase(norm) ||
    (next !== undefined && isModelCode(text, next)) ||
    !!previous?.people ||
    mayEndFigure(next)
  );
}
