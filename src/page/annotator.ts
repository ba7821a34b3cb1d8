import type { Comparison, MatchQuery } from '../claims/types';
import type { DetectOptions, FigureMention } from '../detect/types';
import { type FigureReport, LIMITS } from '../messaging/schemas';
import { describeFigure } from '../ui/describe';
import { type Highlight, unwrapHighlights, wrapMentions } from './highlighter';
import { collectPageText } from './text-walker';
import { type FigureInfo, TooltipController } from './tooltip-controller';

export interface AnnotatorDeps {
  detect: (text: string, options: DetectOptions) => FigureMention[];
  /** Sends one chunk of figures to the background; resolves with a comparison per figure. */
  matchFigures: (figures: FigureReport[]) => Promise<Comparison[]>;
  pageDate: () => string;
}

// One message per chunk keeps every message small and lets the first tooltips work early.
const FIGURES_PER_MESSAGE = 200;

/**
 * Finds the page's loss figures, highlights them, asks the background about each, and undoes it
 * all on clear(). Owns the tooltip controller; everything stops when `signal` aborts.
 */
export class PageAnnotator {
  private highlights: Highlight[] = [];
  private readonly byId = new Map<number, Highlight>();
  private readonly comparisons = new Map<number, Comparison>();
  private readonly controller: TooltipController;
  private generation = 0;

  constructor(
    private readonly doc: Document,
    private readonly deps: AnnotatorDeps,
    signal: AbortSignal,
  ) {
    this.controller = new TooltipController(doc, (id) => this.figureInfo(id), signal);
    signal.addEventListener('abort', () => this.clear());
  }

  get figureCount(): number {
    return this.highlights.length;
  }

  /** Scans the page once, highlights every figure and matches them. Returns the figure count. */
  async annotate(): Promise<number> {
    this.clear();
    const generation = this.generation;
    const page = collectPageText(this.doc.body);
    const mentions = this.deps.detect(page.text, { pageDate: this.deps.pageDate(), lang: 'en' });
    this.highlights = wrapMentions(page, mentions);
    for (const highlight of this.highlights) this.byId.set(highlight.id, highlight);
    for (const highlight of this.highlights) this.label(highlight);
    for (let i = 0; i < this.highlights.length; i += FIGURES_PER_MESSAGE) {
      const chunk = this.highlights.slice(i, i + FIGURES_PER_MESSAGE);
      const answers = await this.deps.matchFigures(chunk.map(toReport));
      if (generation !== this.generation) return 0; // cleared while waiting
      for (const [j, highlight] of chunk.entries()) this.receive(highlight, answers[j]);
    }
    return this.highlights.length;
  }

  /** Removes every highlight and the tooltip, restoring the page's original DOM. */
  clear(): void {
    this.generation += 1;
    this.controller.close();
    unwrapHighlights(this.highlights);
    this.highlights = [];
    this.byId.clear();
    this.comparisons.clear();
  }

  /** Scrolls a figure into view and focuses it (the popup's "go to figure"). */
  focusFigure(id: number): void {
    const highlight = this.byId.get(id);
    if (!highlight) return;
    highlight.element.scrollIntoView({ block: 'center', behavior: 'smooth' });
    highlight.element.focus({ preventScroll: true });
  }

  private receive(highlight: Highlight, comparison: Comparison | undefined): void {
    if (!comparison) return;
    this.comparisons.set(highlight.id, comparison);
    this.label(highlight);
    this.controller.refresh(highlight.id);
  }

  private label(highlight: Highlight): void {
    const comparison = this.comparisons.get(highlight.id);
    highlight.element.setAttribute(
      'aria-label',
      describeFigure(highlight.mention.text, comparison),
    );
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
  if (mention.claimant) query.claimant = mention.claimant.slice(0, LIMITS.textLength);
  return { id: highlight.id, text: mention.text.slice(0, LIMITS.textLength), query };
}
