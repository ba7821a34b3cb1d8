import { allMatches } from '../core/matches';
import { isCachedFor } from '../core/same-text';

/**
 * The case-insensitive regexes run over a whole page (the claimants' aliases, the cue words) are
 * alternations of lower-case ASCII phrases: V8 scans a /u regex over the lower-cased page more
 * than twice as fast as the same /iu regex over the page, and finds the same matches at the same
 * offsets, provided every character lower-cases to one character (not "İ") and is none of the two
 * that /iu folds onto a letter where lower-casing does not: "ſ" (folded to "s") and U+0345 (to
 * "ι", a letter for the word-edge tests). lower-scan.test.ts checks this for every code point.
 */
// Two string searches: a regex alternation of the two took 20 times as long over a page.
const foldedApart = (text: string) => text.includes('\u017f') || text.includes('\u0345');

interface Lowered {
  text: string;
  lower: string | undefined;
}
/**
 * The last long text and the last short one asked about, with their answers: the cues,
 * claimants, numbers and words each ask of one page, the period phrases five times of each
 * sentence. One memory for both let the sentences push the page out, lower-cased again on every
 * pass over it.
 */
let page: Lowered | undefined;
let sentence: Lowered | undefined;
const PAGE_FROM = 2_000;

/** The text lower-cased, offset for offset, or undefined where the /iu regex must be used. */
export function lowerAligned(text: string): string | undefined {
  const long = text.length >= PAGE_FROM;
  const known = long ? page : sentence;
  if (isCachedFor(known, text)) return known.lower;
  const lower = foldedApart(text) ? undefined : text.toLowerCase();
  const answer = { text, lower: lower?.length === text.length ? lower : undefined };
  if (long) page = answer;
  else sentence = answer;
  return answer.lower;
}

/** `re` without its i flag, for `lowerAligned`'s text (its phrases must be lower case). */
export function caseSensitive(re: RegExp): RegExp {
  if (/[A-Z]/.test(re.source.replace(/\\[pP]\{[^}]*\}/g, ''))) {
    throw new Error(`upper-case letters in ${re.source.slice(0, 60)}`);
  }
  return new RegExp(re.source, re.flags.replace('i', ''));
}

/** A global /iu regex with its lower-case form for `lowerAligned` text, and a sticky copy. */
export interface CaseFree {
  re: RegExp;
  lower: RegExp;
  sticky: RegExp;
  /**
   * Lower-case words of which every match holds one: a text without any is not scanned (a search
   * for a word costs a fraction of the regex's pass). Empty: always scanned.
   */
  needs: readonly string[];
}

/**
 * `re` with its letters lower-cased, but for the names of \p{…} classes (upper-case escapes such
 * as \B or \W are refused).
 */
export function caseFree(re: RegExp, needs: readonly string[] = []): CaseFree {
  if (/\\[A-Z]/.test(re.source)) throw new Error(`upper-case escape in ${re.source.slice(0, 60)}`);
  const source = re.source.replace(/\\p\{[^}]*\}|[A-Z]+/g, (t) =>
    t.startsWith('\\') ? t : t.toLowerCase(),
  );
  return {
    re,
    lower: new RegExp(source, re.flags.replace('i', '')),
    sticky: new RegExp(re.source, `${re.flags.replace('g', '')}y`),
    needs,
  };
}

/**
 * The matches of `re` in `text`, found over the lower-cased text and each read again from `text`
 * at its offset (the same match there), so that its groups keep the text's case.
 */
export function matchesIn(text: string, phrase: CaseFree): Iterable<RegExpExecArray> {
  const lowered = lowerAligned(text);
  if (lowered === undefined) return allMatches(phrase.re, text);
  // Most sentences hold none of a phrase's words: no generator is made for them.
  return holdsAny(lowered, phrase.needs) ? matchesAgain(text, lowered, phrase) : NONE;
}

const NONE: readonly RegExpExecArray[] = [];

function holdsAny(text: string, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  for (const word of words) if (text.includes(word)) return true;
  return false;
}

/** The lower-case regex's matches in `lowered`, each read again from `text` at its offset. */
function* matchesAgain(text: string, lowered: string, { lower, sticky }: CaseFree) {
  for (const m of allMatches(lower, lowered)) {
    sticky.lastIndex = m.index;
    const again = sticky.exec(text);
    if (again) yield again;
  }
}
