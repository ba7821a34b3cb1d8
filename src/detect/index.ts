import { AsOfResolver } from './as-of';
import { ClaimantResolver } from './claimants';
import { type Candidate, classify } from './classify';
import { isoOf } from './dates';
import { scanNumbers } from './numbers';
import { type Sentence, SentenceCursor, segmentSentences } from './sentences';
import { lastSide, sideNear } from './sides';
import type { DetectOptions, FigureMention } from './types';
import { type Word, wordsIn } from './words';

export type { DetectOptions, FigureMention } from './types';

/**
 * How far around a figure its sentence is read for side, claimant, date and context words.
 * A sentence is normally much shorter; the cap matters for pages whose text has no full stops.
 */
const CONTEXT = 300;

/**
 * Finds the war-loss figures in `text` (a page's text, block elements joined with '\n'), with
 * what each counts, whose losses, the hedge, the claimant and the as-of date. Pure and linear in
 * the length of the text: one pass over its number tokens, each judged from a bounded window.
 * Only English is understood; any other `options.lang` gives no figures rather than wrong ones.
 * Throws a RangeError when `options.pageDate` is not a calendar date `YYYY-MM-DD`: every as-of
 * date is resolved against it, so the caller must decide what a page without a date means.
 */
export function detectFigures(text: string, options: DetectOptions): FigureMention[] {
  if (!isCalendarDate(options.pageDate)) {
    throw new RangeError(`detectFigures: pageDate must be YYYY-MM-DD, got "${options.pageDate}"`);
  }
  if (options.lang && !/^en\b/i.test(options.lang)) return [];
  const sentences = segmentSentences(text);
  const cursor = new SentenceCursor(sentences);
  const claimants = new ClaimantResolver(text);
  const dates = new AsOfResolver(text, sentences, options.pageDate);
  const mentions: FigureMention[] = [];
  let previous: { sentence: number; candidate: Candidate } | undefined;
  for (const token of scanNumbers(text)) {
    const index = cursor.at(token.start);
    const sentence = sentences[index];
    if (!sentence) continue;
    const clip = clipAround(sentence, token.start);
    let words: Word[] | undefined;
    const sentenceWords = (): Word[] => {
      words ??= wordsIn(text, clip.start, clip.end);
      return words;
    };
    const previousWords = (): Word[] => previousSentenceWords(text, sentences, index);
    const prev = previous?.sentence === index ? previous.candidate : undefined;
    const ctx = { text, token, sentence: clip, sentenceWords, previousWords, previous: prev };
    const candidate = classify(ctx);
    const last = mentions.at(-1);
    if (!candidate || (last && candidate.start < last.end)) continue;
    candidate.side ??=
      sideNear(sentenceWords(), token.start, candidate.agentive) ??
      lastSide(previousWords()) ??
      'unknown';
    const claimant =
      claimants.claimantIn(clip.start, clip.end, token.start) ??
      previousSentenceClaimant(claimants, sentences, index);
    const asOf = dates.asOf(index, clip.start, clip.end);
    mentions.push(toMention(text, candidate, claimant, asOf));
    previous = { sentence: index, candidate };
  }
  return mentions;
}

function isCalendarDate(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && isoOf(year ?? 0, month ?? 0, day ?? 0) === date;
}

function clipAround(sentence: Sentence, at: number): { start: number; end: number } {
  return {
    start: Math.max(sentence.start, at - CONTEXT),
    end: Math.min(sentence.end, at + CONTEXT),
  };
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

/** The claimant of the previous sentence, when it belongs to the same paragraph. */
function previousSentenceClaimant(
  claimants: ClaimantResolver,
  sentences: readonly Sentence[],
  index: number,
): string | undefined {
  const prev = sentences[index - 1];
  const current = sentences[index];
  if (!prev || prev.paragraph !== current?.paragraph) return undefined;
  return claimants.claimantIn(Math.max(prev.start, prev.end - CONTEXT), prev.end, prev.end);
}

function toMention(
  text: string,
  c: Candidate,
  claimant: string | undefined,
  asOf: string,
): FigureMention {
  return {
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    metric: c.metric,
    side: c.side ?? 'unknown',
    unit: c.unit,
    value: c.value,
    ...(c.low !== undefined ? { low: c.low, high: c.high } : {}),
    qualifier: c.qualifier,
    ...(claimant ? { claimant } : {}),
    asOf,
  };
}
