import { caseSensitive, lowerAligned } from './lower-scan';
import { NOUNS } from './nouns';
import { HEAD_WORDS } from './trailing';
import { matchesAtWordStarts, trie, WORD_START } from './word-trie';

/**
 * A page-wide pre-filter. Every rule of the detector needs a counted noun near the number
 * ("790 tanks", "tanks ‒ 3,604", "70% of their personnel") or a loss noun before it ("casualties
 * … as high as 40,000"), or else a figure before it in the same sentence (ellipsis, "(+9)"). One
 * regex pass finds where those nouns are; a number with none within WINDOW characters and no
 * figure before it is skipped without reading a word around it. News pages are full of numbers
 * (dates, prices, scores) and few of them stand near such a noun, so this keeps the detector's
 * cost close to that of one regex pass over the text.
 */

/** The word that ends each noun phrase: it must be present for the phrase to match. */
export const LAST_WORDS: ReadonlySet<string> = new Set([
  ...[...NOUNS.values()].flatMap((entries) => entries.map((e) => e.words.at(-1) ?? '')),
  ...HEAD_WORDS,
]);
/**
 * Verbs of killing and wounding: "killing seven and wounding four", "62,681 have been wounded"
 * have no noun (victimRule, passiveVictimRule). They count only close to the number: such verbs
 * are everywhere in war reports, and most of their neighbouring numbers are dates and ages.
 */
export const VERB_WORDS =
  'kill kills killed killing wound wounds wounded wounding injure injures injured injuring hurt'.split(
    ' ',
  );
/** A model code that names its noun ("two Su-34", "nine Tu-95s"): metrics.ts MODEL_CLASSES. */
export const MODEL_CUE = '(?:su|mig|tu|il|an|yak|be|f|ka|mi|t|bmp|btr|bmd)-\\d';
/** How far from a number a verb cue may stand: "killed at least 1", "62,681 have been wounded". */
export const VERB_REACH = 28;
const VERB_ONLY = new Set(VERB_WORDS.filter((w) => !LAST_WORDS.has(w)));
/** One pass finds both kinds of cue (group 1) at a word start; each is sorted by a set lookup. */
export const CUE_RE = new RegExp(
  `${WORD_START}(${trie([...LAST_WORDS, ...VERB_ONLY].filter((w) => w.length > 0))}(?![\\p{L}\\p{N}])|${MODEL_CUE})`,
  'giu',
);

/** The same, for the lower-cased page (lower-scan.ts). */
const CUE_LOWER = caseSensitive(CUE_RE);

/** Where cue words of one kind are, in order; a linear walk answers "is one near here?". */
class CueWalk {
  readonly ends: number[] = [];
  readonly starts: number[] = [];
  private next = 0;

  /**
   * Whether a cue overlaps [from, to). Calls must come with non-decreasing `from`: the cursor
   * only moves forward, so a whole page costs one walk over its cues.
   */
  near(from: number, to: number): boolean {
    while (this.next < this.ends.length && (this.ends[this.next] ?? 0) <= from) this.next++;
    return (
      this.next < this.starts.length && (this.starts[this.next] ?? Number.POSITIVE_INFINITY) < to
    );
  }
}

/** The page's cue nouns (near: within a window) and cue verbs (close: within VERB_REACH). */
export class Cues {
  private readonly nouns = new CueWalk();
  private readonly verbs = new CueWalk();

  constructor(text: string) {
    for (const cue of cueWordsIn(text)) {
      const walk = cue.verb ? this.verbs : this.nouns;
      walk.starts.push(cue.start);
      walk.ends.push(cue.end);
    }
  }

  /** Whether a cue noun overlaps [from, to). Calls must come with non-decreasing `from`. */
  near(from: number, to: number): boolean {
    return this.nouns.near(from, to);
  }

  /** Whether a cue verb overlaps [from, to). Calls must come with non-decreasing `from`. */
  close(from: number, to: number): boolean {
    return this.verbs.near(from, to);
  }
}

/** The cue words of `text`, in order: where each is, and whether it is a verb only (Cues). */
export function* cueWordsIn(
  text: string,
): Generator<{ start: number; end: number; verb: boolean }> {
  const lower = lowerAligned(text);
  const [re, scanned] = lower === undefined ? [CUE_RE, text] : [CUE_LOWER, lower];
  for (const [m, start] of matchesAtWordStarts(re, scanned)) {
    const found = m[1] as string;
    // A match on the lower-cased page is the word lower-cased already (cue words are ASCII:
    // none holds a Σ, whose lower case alone depends on its neighbours).
    const word = lower === undefined ? found.toLowerCase() : found;
    yield { start, end: start + found.length, verb: VERB_ONLY.has(word) };
  }
}
