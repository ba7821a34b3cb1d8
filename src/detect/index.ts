import type { IsoDate } from '../core/vocabulary';
import { areaOf } from './areas';
import { AsOfResolver } from './as-of';
import { isoOf } from './calendar';
import { ClaimantResolver } from './claimants';
import { type Candidate, classify, firstLook, WINDOW } from './classify';
import { Cues, VERB_REACH } from './cues';
import { settledSide, sideOf, speakersEnemy } from './figure-side';
import { CONTEXT, clipAround, Window } from './number-window';
import { type NumberToken, scanNumbers } from './numbers';
import { PageSides, PageWar } from './page-sides';
import { peopleMetricOfSide } from './people-metric';
import { assignPeriods } from './periods';
import { type Sentence, SentenceCursor, segmentSentences } from './sentences';
import { detectSlavic } from './slavic/detect';
import { type Block, cyrillicBlocks, readableLanguage } from './slavic/language';
import type { DetectOptions, FigureMention, FigurePeriod } from './types';
import { victimsOfPlace } from './victims';

export type { DetectOptions, FigureMention, FigurePeriod } from './types';

/** How far apart two lines of a General Staff list may be and still share side and date. */
const LIST_REACH = 300;

/** A figure found, with what its sentence says about it. */
interface Found {
  c: Candidate;
  sentence: number;
  claimant?: string;
  asOf: IsoDate;
}

/** The per-text state of one detection pass. */
interface Pass {
  text: string;
  sentences: Sentence[];
  claimants: ClaimantResolver;
  dates: AsOfResolver;
  found: Found[];
  /** The window of the last number visited, reused by the next one in the same clip. */
  window?: Window;
  /** The side whose places the page names most (for counts of people no sentence places). */
  pageSides: PageSides;
  /** Whether the page is about a war at all. */
  pageWar: PageWar;
}

/**
 * Finds the war-loss figures in `text` (a page's text, block elements joined with '\n'), with
 * what each counts, whose losses, the hedge, the claimant, the as-of date and, for an increment,
 * its period. Pure and linear in the length of the text: one pass over its number tokens, each
 * judged from a bounded window, then one pass per sentence for period phrases.
 * English, Ukrainian and Russian are understood, block by block (src/detect/slavic/language.ts).
 * A page that declares another language (`options.lang` "ar", "bg", "fr"…) has its Latin blocks
 * read as English, as quotes often are, and its Cyrillic ones left alone: Bulgarian or Serbian
 * read as Ukrainian or Russian would give wrong figures.
 * Throws a RangeError when `options.pageDate` is not a calendar date `YYYY-MM-DD`: every as-of
 * date is resolved against it, so the caller must decide what a page without a date means.
 */
export function detectFigures(text: string, options: DetectOptions): FigureMention[] {
  if (!isCalendarDate(options.pageDate)) {
    throw new RangeError(`detectFigures: pageDate must be YYYY-MM-DD, got "${options.pageDate}"`);
  }
  const lang = readableLanguage(options.lang);
  if (lang === 'other') return detectEnglish(text, options.pageDate);
  const blocks = CYRILLIC.test(text) ? cyrillicBlocks(text, lang) : [];
  if (blocks.length === 0) return detectEnglish(text, options.pageDate);
  const slavic = detectSlavic(text, blocks, options.pageDate);
  // English figures inside a Ukrainian or Russian block would be misreadings of it.
  const english = outsideBlocks(detectEnglish(text, options.pageDate), blocks);
  return [...english, ...slavic].sort((a, b) => a.start - b.start);
}

const CYRILLIC = /[\u0400-\u04ff]/;

/** The figures (in text order) that start outside every block (in text order): one sweep. */
function outsideBlocks(figures: FigureMention[], blocks: readonly Block[]): FigureMention[] {
  let b = 0;
  return figures.filter((m) => {
    while (b < blocks.length && (blocks[b] as Block).end <= m.start) b++;
    const block = blocks[b];
    return !block || m.start < block.start;
  });
}

/** The English reading of a text (the text's other blocks are skipped by the caller). */
function detectEnglish(text: string, pageDate: IsoDate): FigureMention[] {
  const options = { pageDate };
  const sentences = segmentSentences(text);
  const pass: Pass = {
    text,
    sentences,
    claimants: new ClaimantResolver(text),
    dates: new AsOfResolver(text, sentences, options.pageDate),
    found: [],
    pageSides: new PageSides(text),
    pageWar: new PageWar(text),
  };
  const cursor = new SentenceCursor(sentences);
  const cues = new Cues(text);
  for (const token of scanNumbers(text)) {
    const index = cursor.at(token.start);
    const sentence = sentences[index];
    if (!sentence) continue;
    // Without a counted noun nearby, only a figure just before (in this sentence, or the last
    // one for "Another 80,000 were wounded") could make this number a figure.
    const last = pass.found.at(-1)?.sentence ?? -2;
    const near =
      cues.near(token.start - WINDOW, token.end + WINDOW) ||
      cues.close(token.start - VERB_REACH, token.end + VERB_REACH);
    if (near || last === index || last === index - 1) visit(pass, index, sentence, token);
  }
  const periods = periodsOf(pass, options.pageDate);
  return pass.found.map((f, i) => toMention(text, f, periods[i]));
}

/** Classifies one number and, when it is a figure, attaches side, claimant and date. */
function visit(pass: Pass, index: number, sentence: Sentence, token: NumberToken): void {
  const { text, sentences, found } = pass;
  const clip = clipAround(sentence, token.start);
  const last = found.at(-1);
  const previous =
    last?.sentence === index || continues(pass, last, sentence, token) ? last?.c : undefined;
  // Classify's first look needs no window: taken here, it turns most numbers away before one is
  // made (on a dense page, mostly numbers visited only because the sentence before holds a
  // figure). With a figure before it in its sentence, classify takes the look itself, after the
  // day's increase "(+9)", which it alone may make a figure.
  const look = previous ? undefined : firstLook(text, token, clip, undefined);
  if (look === 'none') return;
  // Figures of one short sentence share its window (a list of four figures reads it once).
  const reuse = pass.window?.clip.start === clip.start && pass.window.clip.end === clip.end;
  const win = reuse && pass.window ? pass.window : new Window(text, sentences, index, clip);
  pass.window = win;
  const list = last?.c.dash && token.start - last.c.end < LIST_REACH ? last : undefined;
  const classified = classify(
    {
      text,
      token,
      sentence: clip,
      sentenceWords: () => win.sentenceWords(),
      previousWords: () => win.previousWords(),
      previous,
      inDashList: !!list,
      pageWar: () => pass.pageWar.test(),
    },
    look,
  );
  if (!classified || (last && classified.start < last.c.end)) return;
  if (previous) settleByWounded(previous, classified);
  const words = win.sentenceWords();
  const c = victimsOfPlace(classified, words, win.previousWords(), text, previous);
  const claimant =
    pass.claimants.claimantIn(clip.start, clip.end, token.start) ??
    previousSentenceClaimant(pass.claimants, sentences, index) ??
    (c.dash ? list?.claimant : undefined);
  c.side = speakersEnemy(c.side, claimant, words);
  c.side ??=
    sideOf(pass, c, previous, words, win, claimant) ??
    (c.dash ? list?.c.side : undefined) ??
    'unknown';
  c.side = settledSide(c, text.slice(c.start, c.end), words);
  // Whose loss no word tells, in a sentence about a storm or another war: not this war's.
  if (c.side === 'unknown' && pass.pageWar.otherEvent()) return;
  const own = win.date(pass.dates);
  const asOf = own ?? (c.dash && list ? list.asOf : pass.dates.earlier(index));
  found.push({ c, sentence: index, claimant, asOf });
}

/**
 * "It had lost 1,351 men in the conflict, while another 3,285 were wounded": soldiers "lost" set
 * beside a count of the wounded are the dead (docs/DETECTION.md §3), so the wording no longer
 * allows two measures.
 */
function settleByWounded(previous: Candidate, c: Candidate): void {
  if (c.metric !== 'personnel_wounded' || previous.alsoMetric !== 'personnel_killed') return;
  previous.metric = 'personnel_killed';
  previous.alsoMetric = undefined;
}

/**
 * "… had been killed. Another 80,000 were wounded": a sentence that opens with "another" goes on
 * from the last figure of the sentence before.
 */
function continues(pass: Pass, last: Found | undefined, sentence: Sentence, token: NumberToken) {
  if (!last || pass.sentences[last.sentence + 1] !== sentence) return false;
  return /^(?:another|a further|of (?:these|those|them),?|among them,?)[ \u00a0]+$/i.test(
    pass.text.slice(sentence.start, token.start),
  );
}

/** The period of every figure found, sentence by sentence (undefined: cumulative). */
function periodsOf(pass: Pass, pageDate: IsoDate): (FigurePeriod | undefined)[] {
  const periods: (FigurePeriod | undefined)[] = [];
  let i = 0;
  while (i < pass.found.length) {
    const sentence = pass.found[i]?.sentence ?? -1;
    let j = i;
    while (j < pass.found.length && pass.found[j]?.sentence === sentence) j++;
    const group = pass.found.slice(i, j);
    // What assignPeriods reads of each figure: a copy of the whole candidate cost more.
    const targets = group.map(({ c, asOf }) => ({
      start: c.start,
      end: c.end,
      tense: c.tense,
      increment: c.increment,
      asOf,
    }));
    const range = pass.sentences[sentence] ?? { start: 0, end: pass.text.length };
    periods.push(...assignPeriods(pass.text, range, targets, pageDate));
    i = j;
  }
  return periods;
}

/** The last page date found valid: a page's every call gives the same one (checking cost ~2 µs). */
let validDate: string | undefined;

function isCalendarDate(date: string): boolean {
  if (date === validDate) return true;
  const [year, month, day] = date.split('-').map(Number);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && isoOf(year ?? 0, month ?? 0, day ?? 0) === date;
  if (valid) validDate = date;
  return valid;
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

function toMention(text: string, f: Found, period: FigurePeriod | undefined): FigureMention {
  const { c } = f;
  const figureText = text.slice(c.start, c.end);
  // Optional fields assigned one by one, in the order they always had: spreading a small object
  // for each cost V8 a generic copy, a microsecond a figure.
  const mention: FigureMention = {
    start: c.start,
    end: c.end,
    text: figureText,
    metric: peopleMetricOfSide(c, figureText),
  } as FigureMention;
  if (c.alsoMetric) mention.alsoMetric = c.alsoMetric;
  mention.side = c.side ?? 'unknown';
  const { area } = areaOf(text, c);
  if (area) mention.area = area;
  mention.unit = c.unit;
  mention.value = c.value;
  if (c.low !== undefined) {
    mention.low = c.low;
    mention.high = c.high;
  }
  if (c.approx !== undefined) mention.approx = { magnitude: c.approx };
  mention.qualifier = c.qualifier;
  if (f.claimant) mention.claimant = f.claimant;
  // A figure for a period refers to the period's last day.
  mention.asOf = period ? period.end : f.asOf;
  if (period) mention.period = period;
  return mention;
}
