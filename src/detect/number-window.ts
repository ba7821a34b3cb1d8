import type { IsoDate } from '../core/vocabulary';
import type { AsOfResolver } from './as-of';
import type { Sentence } from './sentences';
import { type Word, wordsIn } from './words';

/**
 * What the English pass reads around one number: its sentence, clipped to CONTEXT characters on
 * each side, and the words of that clip and of the sentence before, tokenised on first use.
 */

/**
 * How far around a figure its sentence is read for side, claimant, date and context words.
 * A sentence is normally much shorter; the cap matters for pages whose text has no full stops.
 */
export const CONTEXT = 300;

/** The sentence around `at`, clipped to CONTEXT characters on each side. */
export function clipAround(sentence: Sentence, at: number): { start: number; end: number } {
  return {
    start: Math.max(sentence.start, at - CONTEXT),
    end: Math.min(sentence.end, at + CONTEXT),
  };
}

/**
 * The words around one number, tokenised on first use. A class rather than closures: it is
 * created for every number of the page, most of which never need the words.
 */
export class Window {
  private words?: Word[];
  private before?: Word[];
  private own?: IsoDate | null;

  constructor(
    private readonly text: string,
    private readonly sentences: readonly Sentence[],
    private readonly index: number,
    readonly clip: { start: number; end: number },
  ) {}

  sentenceWords(): Word[] {
    this.words ??= wordsIn(this.text, this.clip.start, this.clip.end);
    return this.words;
  }

  previousWords(): Word[] {
    this.before ??= previousSentenceWords(this.text, this.sentences, this.index);
    return this.before;
  }

  /** The date the clipped sentence names, if any. */
  date(dates: AsOfResolver): IsoDate | undefined {
    if (this.own === undefined) this.own = dates.dateIn(this.clip.start, this.clip.end) ?? null;
    return this.own ?? undefined;
  }
}

/** The words of the end of the sentence before `index` (none for the first sentence). */
function previousSentenceWords(
  text: string,
  sentences: readonly Sentence[],
  index: number,
): Word[] {
  const prev = sentences[index - 1];
  return prev ? wordsIn(text, Math.max(prev.start, prev.end - CONTEXT), prev.end) : [];
}
