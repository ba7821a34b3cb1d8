import type { Comparison, MatchQuery } from '../claims/types';
import type { DetectOptions, FigureMention } from '../detect/types';
import { type FigureReport, LIMITS } from '../messaging/schemas';
import { describeFigure } from '../ui/describe';
import type { I18n } from '../ui/i18n';
import { type Highlight, unwrapHighlights } from './highlighter';
import { IdleScheduler, windowHost } from './idle-scheduler';
import { lazyDetectOptions } from './page-date';
import { ScanSession } from './scan-session';
import { type FigureInfo, TooltipController, type TooltipDisplay } from './tooltip-controller';

/** The reader's display choices for the page (options page). */
export interface PageDisplay extends TooltipDisplay {
  highlightStyle: 'underline' | 'background';
}

export interface AnnotatorDeps {
  detect: (text: string, options: DetectOptions) => FigureMention[];
  /** Sends one chunk of figures to the background; resolves with a comparison per figure. */
  matchFigures: (figures: FigureReport[]) => Promise<Comparison[]>;
  pageDate: () => string;
  /**
   * The page's language (its `lang` attribute, a string the page controls): the detector reads
   * en, uk and ru, and judges Cyrillic blocks by their letters whatever it says.
   */
  pageLang: () => string | undefined;
  /** The UI language, for the highlights' accessible names. */
  i18n: I18n;
}

/**
 * Finds the page's loss figures, highlights them, asks the background about each, keeps doing so
 * for content the page adds later, and undoes it all on clear(). Owns the tooltip controller;
 * everything stops when `signal` aborts.
 */
export class PageAnnotator {
  private highlights: Highlight[] = [];
  private readonly byId = new Map<number, Highlight>();
  private readonly comparisons = new Map<number, Comparison>();
  // A live blog repeats the same figures all day: one comparison object per distinct query.
  private readonly byQuery = new Map<string, Comparison>();
  // Accessible names by comparison and figure text: formatting one costs more than wrapping it.
  private readonly labels = new Map<Comparison | undefined, Map<string, string>>();
  private readonly controller: TooltipController;
  private readonly scheduler: IdleScheduler;
  private run: AbortController | undefined;
  private display: PageDisplay = {
    highlightStyle: 'underline',
    theme: 'system',
    hiddenClaimantKinds: [],
  };

  constructor(
    private readonly doc: Document,
    private readonly deps: AnnotatorDeps,
    signal: AbortSignal,
    scheduler?: IdleScheduler,
  ) {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    if (!scheduler && !view) throw new Error('Crosscount: a document without a window');
    this.scheduler = scheduler ?? new IdleScheduler(windowHost(view as Window & typeof globalThis));
    this.controller = new TooltipController(doc, (id) => this.figureInfo(id), signal, deps.i18n);
    signal.addEventListener('abort', () => this.clear());
  }

  get figureCount(): number {
    return this.highlights.length;
  }

  /**
   * Scans the page in idle time, highlights every figure (visible ones first) and matches them,
   * then keeps watching for new content until clear(). Resolves with the figure count once the
   * first scan is highlighted and matched (0 when cleared before that).
   */
  async annotate(): Promise<number> {
    this.clear();
    const run = new AbortController();
    this.run = run;
    const session = new ScanSession(
      {
        doc: this.doc,
        scheduler: this.scheduler,
        detect: this.deps.detect,
        detectOptions: lazyDetectOptions(() => this.deps.pageDate(), this.deps.pageLang()),
        onWrapped: (made) => this.add(made),
        match: (chunk) => this.match(chunk, run.signal),
      },
      run.signal,
    );
    await session.start();
    return run.signal.aborted ? 0 : this.highlights.length;
  }

  /** Stops watching, removes every highlight and the tooltip, restoring the page's original DOM. */
  clear(): void {
    this.run?.abort();
    this.run = undefined;
    this.controller.close();
    unwrapHighlights(this.highlights);
    this.highlights = [];
    this.byId.clear();
    this.comparisons.clear();
    this.byQuery.clear();
    this.labels.clear();
  }

  /** Applies the reader's display choices to every highlight and the tooltip, live. */
  setDisplay(display: PageDisplay): void {
    const restyle = display.highlightStyle !== this.display.highlightStyle;
    this.display = display;
    this.controller.setDisplay(display);
    if (restyle) for (const highlight of this.highlights) this.style(highlight);
  }

  /** Scrolls a figure into view and focuses it (the popup's "go to figure"). */
  focusFigure(id: number): void {
    const highlight = this.byId.get(id);
    if (!highlight) return;
    highlight.element.scrollIntoView({ block: 'center', behavior: 'smooth' });
    highlight.element.focus({ preventScroll: true });
  }

  private add(made: Highlight[]): void {
    for (const highlight of made) {
      this.highlights.push(highlight);
      this.byId.set(highlight.id, highlight);
      this.label(highlight);
      this.style(highlight);
    }
  }

  private async match(chunk: Highlight[], signal: AbortSignal): Promise<void> {
    const reports = chunk.map(toReport);
    // "in recent weeks": an increment over a period without a start can't be compared with
    // anything, and must not be compared with running totals.
    const comparable = reports.filter(
      (_, i) => (chunk[i] as Highlight).mention.period?.start !== null,
    );
    const answers = comparable.length > 0 ? await this.deps.matchFigures(comparable) : [];
    if (signal.aborted) return; // cleared while waiting
    const byReport = new Map(comparable.map((report, i) => [report, answers[i]]));
    for (const [i, highlight] of chunk.entries()) {
      const report = reports[i] as FigureReport;
      const answer = byReport.get(report) ?? { query: report.query, estimates: [] };
      this.receive(highlight, this.intern(report, answer));
    }
  }

  private intern(report: FigureReport, answer: Comparison | undefined): Comparison | undefined {
    if (!answer) return undefined;
    const key = JSON.stringify(report.query);
    const known = this.byQuery.get(key);
    if (known) return known;
    this.byQuery.set(key, answer);
    return answer;
  }

  private receive(highlight: Highlight, comparison: Comparison | undefined): void {
    if (!comparison) return;
    this.comparisons.set(highlight.id, comparison);
    this.label(highlight);
    this.controller.refresh(highlight.id);
  }

  // The page-level stylesheet (entrypoints/content/highlight.css) keys on this attribute.
  private style(highlight: Highlight): void {
    for (const piece of highlight.pieces) {
      piece.element.setAttribute('data-crosscount-style', this.display.highlightStyle);
    }
  }

  private label(highlight: Highlight): void {
    const comparison = this.comparisons.get(highlight.id);
    const { text } = highlight.mention;
    let byText = this.labels.get(comparison);
    if (!byText) {
      byText = new Map();
      this.labels.set(comparison, byText);
    }
    let label = byText.get(text);
    if (label === undefined) {
      label = describeFigure(this.deps.i18n, text, comparison);
      byText.set(text, label);
    }
    highlight.element.setAttribute('aria-label', label);
  }

  private figureInfo(id: number): FigureInfo | undefined {
    const highlight = this.byId.get(id);
    if (!highlight) return undefined;
    const { element, mention } = highlight;
    return { text: mention.text, comparison: this.comparisons.get(id), element };
  }
}

function toReport(highlight: Highlight): FigureReport {
  const { mention } = highlight;
  const query: MatchQuery = {
    metric: mention.metric,
    side: mention.side,
    unit: mention.unit,
    value: mention.value,
    qualifier: mention.qualifier,
    asOf: mention.asOf,
  };
  if (mention.low !== undefined) query.low = mention.low;
  if (mention.high !== undefined) query.high = mention.high;
  if (mention.area) query.area = mention.area;
  if (mention.alsoMetric) query.alsoMetric = mention.alsoMetric;
  if (mention.claimant) query.claimant = mention.claimant.slice(0, LIMITS.textLength);
  // An increment ("(+17)", "in March") is compared with the claimants' increments over the same
  // period, never with their running totals.
  const period = mention.period;
  if (period?.start && period.start === period.end) query.increment = true;
  else if (period?.start) query.period = { start: period.start, end: period.end };
  return { id: highlight.id, text: mention.text.slice(0, LIMITS.textLength), query };
}
