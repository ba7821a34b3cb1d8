import { lastAtOrBefore } from '../core/sorted';
import { NUMBER_WORDS } from '../detect/spelled';
import type { DetectOptions } from '../detect/types';
import { englishHits, hasCyrillic, mayHoldSlavic } from './figure-gate';
import type { Detect } from './scan-job';

/**
 * The gate block by block (issue 16). A page's text is mostly blocks with no loss figure; the
 * detector reads only the runs of blocks that may hold one, each with the text before it as
 * context, as the page shell's windows already are (detect-windows.ts). A block is in a run when
 * a cue of the gate stands near a number in it (or across its break with a neighbour: both are
 * in), or its Ukrainian or Russian words pass the gate, and a run goes on through the blocks after
 * it that may hold a number: the detector reads a number without a cue when a figure came just
 * before. Each run is read with CONTEXT characters before and after it: the detector's reading
 * of a figure depends on its page (whether it is about a war, which places it names most).
 */

/** Context read before a run: a few sentences, enough for the side and date rules (scan-job). */
const CONTEXT = 2_000;
/** Runs closer than this are read as one: their contexts would overlap, read twice. */
const JOIN = 2 * CONTEXT;
/** When the runs with their contexts would read more than this share of the text, read it all. */
const MOST = 0.5;

const NUMBERISH = new RegExp(`\\d|(?<![\\p{L}])(?:${NUMBER_WORDS.join('|')})(?![\\p{L}])`, 'iu');
const LETTER = /\p{L}/u;

/** A stretch of the text [start, end) that the detector reads, and the context before it. */
export interface Run {
  contextStart: number;
  start: number;
  end: number;
}

/**
 * The runs of `text` (blocks joined with '\n') that may hold a figure, in order; one run over the
 * whole text once the blocks found hot already hold most of it (the gated detector would read it
 * all anyway: its runs only grow with their contexts and the blocks that follow them).
 */
export function hotRuns(text: string): Run[] {
  return runsOf(text, false);
}

/**
 * hotRuns; with `toRead`, also one run over the whole text once the blocks found hot would, with
 * their contexts, be read over most of it: gatedDetect would read it all then (readLength), so
 * the rest of its cues need not be looked for. A dense window was scanned to its end for nothing.
 */
function runsOf(text: string, toRead: boolean): Run[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const endOf = (b: number) => ((starts[b + 1] ?? text.length + 1) as number) - 1;
  const hot = new Uint8Array(starts.length);
  let hotLength = 0;
  // A lower bound of readLength: each hot block is read at least from CONTEXT before it
  // (contextBefore may start one character later, at a paragraph's start) to CONTEXT after it,
  // in its run; their union, counted only past the farthest end so far.
  let read = 0;
  let farthest = 0;
  // A cue and its number on either side of a break make both blocks hot.
  const most = englishHits(text, (from, to) => {
    for (let b = lastAtOrBefore(starts, from); b <= lastAtOrBefore(starts, to - 1); b++) {
      if (hot[b] === 0) {
        const start = starts[b] as number;
        hotLength += endOf(b) - start;
        const readFrom = Math.max(farthest, Math.min(start, Math.max(0, start - CONTEXT) + 1));
        farthest = Math.max(farthest, Math.min(text.length, endOf(b) + CONTEXT));
        if (toRead) read += Math.max(0, farthest - readFrom);
      }
      hot[b] = 1;
    }
    return Math.max(hotLength, read) > MOST * text.length;
  });
  if (most) return [{ contextStart: 0, start: 0, end: text.length }];
  if (hasCyrillic(text))
    for (let b = 0; b < starts.length; b++) {
      const block = text.slice(starts[b], endOf(b));
      if (!hot[b] && hasCyrillic(block) && mayHoldSlavic(block)) hot[b] = 1;
    }
  const runs: Run[] = [];
  let chained = false;
  for (let b = 0; b < starts.length; b++) {
    const start = starts[b] as number;
    const end = endOf(b);
    const included: boolean = hot[b] === 1 || (chained && mayFollow(text.slice(start, end)));
    if (included) add(runs, text, start, end);
    chained = included;
  }
  return runs;
}

/**
 * Whether a block may hold a figure that follows one in the block before: it has a number (digits,
 * an English number word, or Cyrillic words, whose numbers in words the Slavic reader knows), or
 * no words at all (a blank line between two lines of a list).
 */
const mayFollow = (block: string): boolean =>
  NUMBERISH.test(block) || hasCyrillic(block) || !LETTER.test(block);

function add(runs: Run[], text: string, start: number, end: number): void {
  const last = runs.at(-1);
  if (last && start - last.end <= JOIN) {
    last.end = end;
    return;
  }
  runs.push({ contextStart: contextBefore(text, start), start, end });
}

/** Where the context of a run at `start` begins: at a block's start, CONTEXT characters back. */
function contextBefore(text: string, start: number): number {
  const target = Math.max(0, start - CONTEXT);
  const boundary = text.lastIndexOf('\n', target);
  // Start at a paragraph's beginning, unless that paragraph is so long it would double the work.
  return boundary >= 0 && target - boundary <= CONTEXT ? boundary + 1 : target;
}

/** Where the context after a run ends: CONTEXT characters on, at the end of a block. */
function contextAfter(text: string, end: number): number {
  if (end + CONTEXT >= text.length) return text.length;
  const boundary = text.indexOf('\n', end + CONTEXT);
  return boundary < 0 || boundary - end > 2 * CONTEXT ? end + CONTEXT : boundary;
}

/**
 * The detector behind the gate: it reads only the hot runs of the text, each with its context,
 * and reports the figures that start inside a run, at their offsets in the whole text.
 */
export function gatedDetect(detect: Detect): Detect {
  const gated: Detect = (text, options) => {
    const hot = runsOf(text, true);
    // Most of the text is hot (a page dense with figures): one call over all of it is cheaper
    // than a call per run, and is the detector's own reading, untouched.
    if (readLength(text, hot) > MOST * text.length) return detect(text, options);
    return hot
      .filter((run) => mayFindIn(detect, text, run, options))
      .flatMap((run) =>
        detect(text.slice(run.contextStart, contextAfter(text, run.end)), options)
          .map((m) => ({ ...m, start: m.start + run.contextStart, end: m.end + run.contextStart }))
          .filter((m) => m.start >= run.start && m.start < run.end),
      );
  };
  ungated.set(gated, detect);
  return gated;
}

/** The detector behind each gated one, for the quick look (findsNear). */
const ungated = new WeakMap<Detect, Detect>();

/** The detector behind a gated one (itself when it is not gated). */
export const ungatedOf = (detect: Detect): Detect => ungated.get(detect) ?? detect;

/** How much text the runs are read with, their contexts included. */
const readLength = (text: string, runs: readonly Run[]) =>
  runs.reduce((sum, r) => sum + contextAfter(text, r.end) - r.contextStart, 0);

/** Text read on either side of a run for the quick look: beyond the detector's widest window. */
const NEAR = 800;
/** A run longer than this is read with its context at once: the quick look would save little. */
const QUICK_MAX = 2_000;
/**
 * Put before the quick look's text: five of the words by which the detector judges a page to be
 * about a war (src/detect/page-sides.ts), so a figure that counts only on such a page is found
 * there too. More war context can only let more figures through.
 */
const WAR_PAGE = 'war war war war war\n';

/**
 * Whether the detector finds a figure in a run read with only its near text (and a page taken to
 * be about a war): most runs on a page without loss figures are a date or a price beside a word
 * such as "figures" or "attack", which the detector turns down within its own sentence. Reading
 * them so costs a fifth of reading them with their full context (CONTEXT on either side).
 */
function mayFindIn(detect: Detect, text: string, run: Run, options: DetectOptions): boolean {
  if (run.end - run.start > QUICK_MAX) return true;
  return findsNear(
    detect,
    text.slice(Math.max(0, run.start - NEAR), Math.min(text.length, run.end + NEAR)),
    options,
  );
}

/**
 * The page date of the quick look. Which figures the detector finds does not depend on the page
 * date, only their as-of dates and periods do (held by tests/corpus/page-date.test.ts): the look
 * need not wait for the page's own date, which is then found only for a page that holds a
 * figure (lazyDetectOptions, page-date.ts).
 */
const LOOK_DATE = '2022-02-24';

/**
 * The quick look: whether the detector finds a figure in `near` on a page taken to be about a
 * war (Ukrainian or Russian text always passes: the Slavic reading has its own gate). `near` is
 * text around a place where a gate already found a cue near a number, so the detector behind a
 * gated one reads it directly: its own gate would only find that place again.
 */
export const findsNear = (detect: Detect, near: string, options: DetectOptions): boolean =>
  hasCyrillic(near) ||
  ungatedOf(detect)(WAR_PAGE + near, { pageDate: LOOK_DATE, lang: options.lang }).length > 0;
