import { CLAIMANT_ALIASES } from '../core/claimant-aliases';
import { firstAtOrAfter } from '../core/sorted';
import { caseSensitive, lowerAligned } from './lower-scan';
import { escapeRegex, matchesAtWordStarts, trie, WORD_START } from './word-trie';
import { fold, wordsIn } from './words';

/**
 * Who a figure is attributed to. The claimants' aliases (src/core/claimant-aliases.ts, read when
 * this module loads so new aliases need no change here) are matched as whole words, longest first, so
 * "NATO officials" wins over "NATO". "The ministry" refers back to the last ministry named
 * before it anywhere earlier in the text. Within a sentence, an alias introduced by "according
 * to" beats one next to a reporting verb ("X said"), which beats a bare mention; ties go to the
 * alias nearest the figure. With no alias, the phrase after "according to" is returned raw.
 */

interface Alias {
  phrase: string;
  id: string;
  ministry: boolean;
}

const ACCORDING = /according/i;

const ALIASES: Alias[] = Object.entries(CLAIMANT_ALIASES)
  .flatMap(([id, phrases]) =>
    phrases.map((phrase) => ({
      phrase: fold(phrase),
      id,
      ministry: /\bministry\b/.test(phrase),
    })),
  )
  .sort((a, b) => b.phrase.length - a.phrase.length);
const BY_PHRASE = new Map(ALIASES.map((a) => [a.phrase, a]));
const ANAPHOR = 'the (?:defen[cs]e )?ministry(?: of defen[cs]e)?';
/**
 * The aliases (group 1, a trie: longest first) or "the ministry" (group 2) at a word start (every
 * alias begins and ends with an ASCII letter or digit); apostrophes match either typographic
 * form.
 */
export const ALIAS_RE = new RegExp(
  `${WORD_START}(?:(${trie(
    ALIASES.map((a) => a.phrase),
    (c) => (c === "'" ? "['’]" : escapeRegex(c)),
  )})|(${ANAPHOR}))(?![\\p{L}\\p{N}])`,
  'giu',
);
/** The same, for the lower-cased page (lower-scan.ts). */
const ALIAS_LOWER = caseSensitive(ALIAS_RE);
const ANAPHOR_ONLY = new RegExp(`^${ANAPHOR}$`, 'i');
const REPORTING = new Set(
  'said says claimed claims reported reports estimated estimates stated announced added told wrote published tally report'.split(
    ' ',
  ),
);
const REPORTING_BEFORE = /\b(?:said|says|claimed|claims|reported|according to)\W*$/i;

/**
 * "Israeli Chief of the General Staff Herzi Halevi", "Russia's General Staff": a general staff
 * named with another army is not Ukraine's, whose daily list the bare alias stands for.
 */
function isOtherArmysStaff(text: string, start: number, phrase: string): boolean {
  if (phrase !== 'general staff') return false;
  return OTHER_STAFF_RE.test(text.slice(Math.max(0, start - 40), start));
}

const OTHER_STAFF_RE =
  /\b(?:israel(?:i|'s|’s)?|idf|russia(?:n|'s|’s)?|belarus(?:ian|'s|’s)?|iran(?:ian|'s|’s)?)(?:\s+(?:army|military|armed forces)(?:'s|’s)?)?(?:\s+(?:deputy\s+)?chief\s+of(?:\s+the)?)?(?:\s+the)?\s+$/i;

/** An alias (or "the ministry") found in the text, resolved to a claimant id. */
interface AliasHit {
  start: number;
  end: number;
  id: string | undefined;
  ministry: boolean;
}

/** An alias, or "the ministry" (no alias), where the text names it. */
interface AliasMatch {
  start: number;
  end: number;
  alias: Alias | undefined;
}

/**
 * Resolves claimants for figures visited in text order. It remembers the last ministry named so
 * far, scanning the text forward only once, so attributing every figure of a page stays linear.
 */
export class ClaimantResolver {
  private scanned = 0;
  private lastMinistry: string | undefined;
  /** Every alias of the text in order, found in one pass when the first figure asks. */
  private matches: AliasMatch[] | undefined;

  constructor(private readonly text: string) {}

  /** The claimant of a figure at `at` in the sentence [from, to), or undefined. */
  claimantIn(from: number, to: number, at: number): string | undefined {
    const hits = this.aliasesIn(from, to);
    let best: AliasHit | undefined;
    let bestScore = -1;
    for (const hit of hits) {
      if (!hit.id) continue;
      const score = this.priority(hit) * 1e6 - Math.abs(hit.start - at);
      if (score > bestScore) [best, bestScore] = [hit, score];
    }
    return best?.id ?? this.accordingTo(from, to);
  }

  /**
   * The text's aliases. One pass over the whole text: a page's sentences each ask for theirs,
   * often once per figure, and the alternation of every alias is the dearest regex we run.
   */
  private allMatches(): AliasMatch[] {
    if (this.matches) return this.matches;
    const matches: AliasMatch[] = [];
    for (const { start, end, phrase } of aliasWordsIn(this.text)) {
      const alias = phrase ? BY_PHRASE.get(fold(phrase)) : undefined;
      if (alias && isOtherArmysStaff(this.text, start, alias.phrase)) continue;
      matches.push({ start, end, alias });
    }
    this.matches = matches;
    return matches;
  }

  /** The aliases in [from, to), with "the ministry" resolved to the last ministry before it. */
  private aliasesIn(from: number, to: number): AliasHit[] {
    this.advance(from);
    const hits: AliasHit[] = [];
    const matches = this.allMatches();
    for (let i = firstAtOrAfter(matches, from, (m) => m.start); i < matches.length; i++) {
      const { start, end, alias } = matches[i] as AliasMatch;
      if (end > to) break;
      const id = alias ? alias.id : this.ministryBefore(hits);
      hits.push({ start, end, id, ministry: alias ? alias.ministry : true });
    }
    return hits;
  }

  /** The last ministry named before the latest hit of this sentence, or before the sentence. */
  private ministryBefore(hits: readonly AliasHit[]): string | undefined {
    for (let i = hits.length - 1; i >= 0; i--) {
      const hit = hits[i];
      if (hit?.ministry && hit.id) return hit.id;
    }
    return this.lastMinistry;
  }

  private priority(hit: AliasHit): number {
    const before = this.text.slice(Math.max(0, hit.start - 20), hit.start);
    if (/according to\W*$/i.test(before)) return 3;
    const after = wordsIn(this.text, hit.end, hit.end + 40).slice(0, 4);
    if (after.some((w) => REPORTING.has(w.norm))) return 2;
    return REPORTING_BEFORE.test(before) ? 2 : 1;
  }

  /** Moves the ministry memory forward to `pos`: the last ministry named before it. */
  private advance(pos: number): void {
    if (pos <= this.scanned) return;
    const matches = this.allMatches();
    for (let i = firstAtOrAfter(matches, this.scanned, (m) => m.start); i < matches.length; i++) {
      const match = matches[i] as AliasMatch;
      if (match.end > pos) break;
      if (match.alias?.ministry) this.lastMinistry = match.alias.id;
    }
    this.scanned = pos;
  }

  /** The raw phrase after "according to" when it names no registered claimant. */
  private accordingTo(from: number, to: number): string | undefined {
    // Most sentences have no "according": not worth their words. No other letter folds (fold())
    // onto one of its ASCII letters, so an ASCII test of the raw text misses none.
    if (!ACCORDING.test(this.text.slice(Math.max(0, from), to))) return undefined;
    const words = wordsIn(this.text, from, to);
    const i = words.findIndex((w, k) => w.norm === 'according' && words[k + 1]?.norm === 'to');
    if (i < 0) return undefined;
    let j = i + 2;
    while (j < words.length && /[\p{L}\p{N}]/u.test(words[j]?.norm ?? '')) j++;
    const first = words[i + 2];
    const last = words[j - 1];
    // A long clause after "according to" is a description, not a name worth showing.
    if (!first || !last || j === i + 2 || j - i - 2 > 12) return undefined;
    const phrase = this.text.slice(first.start, last.end);
    // "the ministry" whose ministry no earlier sentence named says nothing about who.
    return ANAPHOR_ONLY.test(phrase) ? undefined : phrase;
  }
}

/**
 * Every alias (its phrase as the page writes it) and "the ministry" (no phrase) in `text`, in
 * order, as whole words: ALIAS_RE's matches, each word start checked.
 */
export function* aliasWordsIn(
  text: string,
): Generator<{ start: number; end: number; phrase: string | undefined }> {
  const lower = lowerAligned(text);
  const [re, scanned] = lower === undefined ? [ALIAS_RE, text] : [ALIAS_LOWER, lower];
  for (const [m, start] of matchesAtWordStarts(re, scanned)) {
    const found = (m[1] ?? m[2]) as string;
    // The phrase is group 1: read from the page itself.
    const phrase = m[1] ? text.slice(start, start + m[1].length) : undefined;
    yield { start, end: start + found.length, phrase };
  }
}
