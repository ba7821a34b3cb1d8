import type { IsoDate } from '../core/vocabulary';
import { findDates, isPeriodStart } from './dates';
import type { Sentence } from './sentences';

/**
 * The as-of date of a figure: the last date in its sentence that does not open a period
 * ("between the start of the invasion on February 24 and Monday" -> Monday); else the last such
 * date of the nearest earlier sentence of the same paragraph; else the last such date of the
 * previous paragraph; else the page date. Articles date a tally once and list its parts in the
 * following sentences or paragraph, which is why the search walks back that far and no further:
 * a date two paragraphs up usually belongs to another story line.
 *
 * Reading is bounded (LOOKBACK sentences, READ characters of each) so a page without full stops
 * cannot make one lookup read the whole page.
 */
const LOOKBACK = 5;
const READ = 600;
/**
 * Text that every date expression holds (dates.ts): a digit joined to a digit by "-" or ".", a
 * month's name or its abbreviation, "day" (weekdays, "today", "yesterday") or "week". A window
 * that none starts in (or up to 3 characters before: hints are 3 or 4 long) names no date: this
 * plain regex says so for a fraction of what the dates' own regex costs. Tried on each window
 * rather than once over the whole text: on a page read in windows (a live blog) that whole scan
 * cost three times what it saved (issue 16).
 */
const HINT = /\d[-.]\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day|week/;
const HINT_LONGEST = 4;

/** Resolves as-of dates for the sentences of one text. */
export class AsOfResolver {
  private readonly cache = new Map<number, IsoDate | null>();

  constructor(
    private readonly text: string,
    private readonly sentences: readonly Sentence[],
    private readonly pageDate: IsoDate,
  ) {}

  /** The as-of date of a figure in sentence `index`, reading the sentence within [from, to). */
  asOf(index: number, from: number, to: number): IsoDate {
    return this.dateIn(from, to) ?? this.earlier(index);
  }

  /** The as-of date of a figure whose own sentence (`index`) names no date. */
  earlier(index: number): IsoDate {
    const sentence = this.sentences[index];
    if (!sentence) return this.pageDate;
    let i = index - 1;
    for (; i >= 0 && index - i <= LOOKBACK; i--) {
      const prev = this.sentences[i];
      if (!prev || prev.paragraph !== sentence.paragraph) break;
      const date = this.sentenceDate(i);
      if (date) return date;
    }
    // Stopped by LOOKBACK inside the paragraph: the previous paragraph is too far to date this.
    if ((this.sentences[i]?.paragraph ?? -1) === sentence.paragraph) return this.pageDate;
    return this.previousParagraphDate(i, sentence.paragraph - 1) ?? this.pageDate;
  }

  /** The last date of paragraph `paragraph`, whose last sentence is at index `from`. */
  private previousParagraphDate(from: number, paragraph: number): IsoDate | undefined {
    for (let i = from, n = 0; i >= 0 && n < LOOKBACK; i--, n++) {
      if (this.sentences[i]?.paragraph !== paragraph) return undefined;
      const date = this.sentenceDate(i);
      if (date) return date;
    }
    return undefined;
  }

  private sentenceDate(index: number): IsoDate | undefined {
    if (!this.cache.has(index)) {
      const s = this.sentences[index];
      this.cache.set(
        index,
        s ? (this.dateIn(Math.max(s.start, s.end - READ), s.end) ?? null) : null,
      );
    }
    return this.cache.get(index) ?? undefined;
  }

  /** The last date in [from, to) that is valid and does not open a period. */
  dateIn(from: number, to: number): IsoDate | undefined {
    // A scan finds a match on or across every hint the window holds; the first one found from
    // 3 characters before the window must start inside it.
    const start = Math.max(0, from - (HINT_LONGEST - 1));
    const hint = HINT.exec(this.text.slice(start, to + HINT_LONGEST - 1));
    if (!hint || start + hint.index >= to) return;
    const dates = findDates(this.text, from, to, this.pageDate);
    let last: IsoDate | undefined;
    let prevEnd = from;
    for (const d of dates) {
      const prefix = this.text.slice(prevEnd, d.start);
      const suffix = this.text.slice(d.end, Math.min(to, d.end + 12));
      // "Saturday's missile strike" dates an event the sentence mentions, not the figure.
      const possessive = /^['’]s\b/.test(suffix);
      if (d.date && !possessive && !isPeriodStart(prefix, suffix)) last = d.date;
      prevEnd = d.end;
    }
    return last;
  }
}
