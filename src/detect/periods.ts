import type { IsoDate } from '../core/vocabulary';
import type { Tense } from './candidate';
import { findPeriodPhrases, type PeriodPhrase } from './period-phrases';
import type { FigurePeriod } from './types';

/**
 * Which figures of a sentence a period phrase (period-phrases.ts) belongs to. Figures joined
 * only by commas and "and" form a list that shares one phrase, wherever in the list it stands
 * ("lost 413 tanks, 600 armoured vehicles and 50 aircraft in December"). A list takes the phrase
 * right after it (before the next figure), else the one right before it (after the previous
 * figure), else one that opens the sentence before any figure ("Over the past 24 hours, …").
 * A day named on its own ("on Sunday") dates an event only, so it applies to a list whose loss
 * verb is a simple past. A "(+9)" increment is always the one day of its as-of date.
 */

/** What the assignment needs to know about one figure of the sentence. */
export interface PeriodTarget {
  start: number;
  end: number;
  tense?: Tense;
  increment?: boolean;
  asOf: IsoDate;
}

/** How far around its figures a sentence is read for period phrases. */
const READ = 300;
// Each separator is followed by its own spaces, so no run of spaces can be split two ways.
const LIST_GAP = /^[ \u00a0]*(?:(?:,|;|and|or|plus|as[ \u00a0]+well[ \u00a0]+as)[ \u00a0]*)+$/i;
/** Longest gap between two figures of one list or two joined clauses worth testing. */
const GAP = 40;

/** The phrases of one sentence, walked once in order alongside its lists of figures. */
class PhraseWalk {
  // Two cursors that only move forward keep the walk linear however long the sentence is.
  private after = 0;
  private before = 0;
  private readonly opening: PeriodPhrase | undefined;

  constructor(
    private readonly text: string,
    private readonly sentenceStart: number,
    private readonly phrases: readonly PeriodPhrase[],
    firstFigure: number,
  ) {
    const first = phrases[0];
    this.opening = first && first.end <= firstFigure ? first : undefined;
  }

  /**
   * The phrase of the list [head … tail], which lies between the figures that end at `lower`
   * and start at `upper`: `closing` right after it, else `phrase` is the one before it in its
   * clause or the one that opens the sentence.
   */
  choose(list: readonly PeriodTarget[], lower: number, upper: number) {
    const head = list[0] as PeriodTarget;
    const tail = list.at(-1) as PeriodTarget;
    const { phrases } = this;
    while (this.after < phrases.length && (phrases[this.after]?.start ?? 0) < tail.end)
      this.after++;
    while (this.before < phrases.length && (phrases[this.before]?.start ?? 0) < head.start)
      this.before++;
    const usable = usableFor(list);
    const next = phrases[this.after];
    const prev = phrases[this.before - 1];
    const closing = usable(next && next.start < upper ? next : undefined);
    const earlier = prev && prev.end <= head.start && prev.start >= lower ? prev : undefined;
    const phrase =
      closing ??
      usable(this.inClause(earlier, head.start, false)) ??
      usable(this.inClause(this.opening, head.start, true));
    return { closing, phrase };
  }

  /**
   * A phrase before the list must be in its clause: not "…, in April; Ukraine says 40 died", nor
   * "captured Avdiivka last week after losing 47,000 troops"; but one that opens the sentence
   * ("Overnight, …; five people were killed") spans a semicolon.
   */
  private inClause(p: PeriodPhrase | undefined, head: number, opening: boolean) {
    if (!p) return undefined;
    const between = this.text.slice(p.end, head);
    const spans = opening && p.start - this.sentenceStart <= 1;
    return (spans ? SUBORDINATE : CLAUSE_BREAK).test(between) ? undefined : p;
  }
}

/** The period of each figure of one sentence (undefined: cumulative), in the same order. */
export function assignPeriods(
  text: string,
  sentence: { start: number; end: number },
  figures: readonly PeriodTarget[],
  pageDate: IsoDate,
): (FigurePeriod | undefined)[] {
  const first = figures[0];
  const last = figures.at(-1);
  if (!first || !last) return [];
  const from = Math.max(sentence.start, first.start - READ);
  const to = Math.min(sentence.end, last.end + READ);
  const walk = new PhraseWalk(
    text,
    sentence.start,
    findPeriodPhrases(text, from, to, pageDate),
    first.start,
  );
  const periods: (FigurePeriod | undefined)[] = [];
  const lists = listsOf(text, figures);
  /** Index (in `periods`) of the first figure of earlier clauses waiting for a closing phrase. */
  let waiting = -1;
  for (const [g, list] of lists.entries()) {
    const upper = lists[g + 1]?.[0]?.start ?? to;
    const { closing, phrase } = walk.choose(list, lists[g - 1]?.at(-1)?.end ?? from, upper);
    const at = periods.length;
    periods.push(...list.map((figure) => resolve(figure, phrase)));
    // "killed 420 soldiers and destroyed 11 tanks over the past day": a phrase that closes a
    // clause also belongs to the figures of the clauses joined to it by "and".
    for (let k = closing ? Math.max(waiting, 0) : at; k < at; k++) {
      const figure = figures[k] as PeriodTarget;
      if (waiting >= 0 && (!closing?.weak || figure.tense === 'simple'))
        periods[k] = resolve(figure, closing);
    }
    const tail = list.at(-1)?.end ?? 0;
    const joined =
      !!lists[g + 1] && upper - tail <= GAP && COORDINATED.test(text.slice(tail, upper));
    waiting = joined && !phrase ? (waiting >= 0 ? waiting : at) : -1;
  }
  return periods;
}

const SUBORDINATE = /\b(?:after|before|while|when|whereas|although|though|because)\b/i;
const CLAUSE_BREAK = new RegExp(`;|${SUBORDINATE.source}`, 'i');
const COORDINATED = /^[ \u00a0]*(?:,[ \u00a0]*)?and[ \u00a0]+\p{L}+[ \u00a0]*$/u;

/** A phrase, if it can apply to the list: a lone day needs a simple-past loss verb. */
function usableFor(group: readonly PeriodTarget[]) {
  const event =
    group.some((f) => f.tense === 'simple') && !group.some((f) => f.tense === 'perfect');
  return (p: PeriodPhrase | undefined) => (p && (!p.weak || event) ? p : undefined);
}

/** Consecutive figures whose gaps are list punctuation ("790 tanks, 2,041 … and 167 …"). */
function listsOf(text: string, figures: readonly PeriodTarget[]): PeriodTarget[][] {
  const groups: PeriodTarget[][] = [];
  let previous: PeriodTarget | undefined;
  for (const figure of figures) {
    const joined =
      previous &&
      figure.start - previous.end <= GAP &&
      LIST_GAP.test(text.slice(previous.end, figure.start));
    const group = groups.at(-1);
    if (joined && group && !figure.increment && !previous?.increment) group.push(figure);
    else groups.push([figure]);
    previous = figure;
  }
  return groups;
}

function resolve(figure: PeriodTarget, phrase: PeriodPhrase | undefined): FigurePeriod | undefined {
  if (figure.increment) return { start: figure.asOf, end: figure.asOf };
  if (!phrase || phrase.period === 'whole') return undefined;
  return typeof phrase.period === 'function' ? phrase.period(figure.asOf) : phrase.period;
}
