import type { DetectOptions, FigureMention } from '../detect/types';
import { nextWindow } from './detect-windows';
import { holds, isConnectedNode } from './dom-reads';
import { findsNear, ungatedOf } from './hot-runs';
import type { Slice } from './idle-scheduler';
import { type Piece, piecesToRead, type Stretch } from './page-gate';
import { ElementFacts, TextCollector, type TextSegment } from './text-walker';

/** The detector, as the page shell calls it (src/detect's detectFigures in the extension). */
export type Detect = (text: string, options: DetectOptions) => FigureMention[];

/** A figure found in the page, not yet wrapped: its mention and the segments its offsets use. */
export interface Found {
  mention: FigureMention;
  segments: TextSegment[];
}

// Text nodes read between two looks at the clock.
const NODES_PER_STEP = 256;
// Context before each detector window: a few sentences, enough for the side and date rules.
const OVERLAP = 2_000;
// Window sizes (characters) between which the detector's measured speed picks one per slice.
const MIN_WINDOW = 4_000;
const MAX_WINDOW = 16_000;
// Until measured: about what the detector costs on a page dense with numbers.
const INITIAL_MS_PER_CHAR = 0.0004;
// Never assume the detector faster than this, whatever one window of prose without numbers says.
const MIN_MS_PER_CHAR = 0.0001;
// A detector call can't be interrupted: size it for half the time left, so a slow one still fits.
const WINDOW_SHARE = 0.5;

/**
 * Reading and detection for a set of subtrees (the whole body, or what a mutation added), as
 * resumable work for the idle scheduler: it walks text nodes and runs the detector window by
 * window, each step as large as the slice allows, and hands out the figures found so far in
 * document order. Collect only: it never changes the DOM (wrapping is a second pass).
 */
export class ScanJob {
  private readonly roots: Node[];
  private readonly facts = new ElementFacts();
  private collector: TextCollector | undefined;
  /** What is left to read of the current root, last piece first. */
  private pieces: Piece[] = [];
  private detectedTo = 0;
  /** The detector for the current piece's windows: the one given, or behind its gate. */
  private detectPiece: Detect;
  private msPerChar = INITIAL_MS_PER_CHAR;
  private found: Found[] = [];

  constructor(
    roots: Iterable<Node>,
    private readonly detect: Detect,
    private readonly options: DetectOptions,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.roots = [...roots].reverse();
    this.detectPiece = detect;
  }

  /** Does as much as fits in the slice (always some); returns false when the job is finished. */
  step(slice: Slice): boolean {
    do {
      const collector = this.collector;
      if (!collector) {
        if (!this.advance()) return false;
      } else if (!this.detectNext(collector, slice)) {
        if (collector.complete) this.collector = undefined;
        else collector.step(NODES_PER_STEP);
      }
    } while (slice.timeRemaining() > 0);
    return this.collector !== undefined || this.pieces.length > 0 || this.roots.length > 0;
  }

  /** The figures found since the last call, in document order. */
  take(): Found[] {
    const found = this.found;
    this.found = [];
    return found;
  }

  /**
   * One step towards the next text to read: a root's gate, one quick look at a place of a piece,
   * or the piece's collector. False when nothing is left.
   */
  private advance(): boolean {
    const piece = this.pieces.at(-1);
    if (!piece) {
      const root = this.roots.pop();
      if (!root) return false;
      // Most pages (and most added content) hold no loss figure: one cheap look says so before
      // any block is cut, and says where to read when one may (page-gate.ts).
      const look = (place: Stretch) => this.findsAt(root, place);
      if (isConnectedNode(root)) this.pieces = piecesToRead(root, look).reverse();
      return true;
    }
    const { root, first, last, probes } = piece;
    // The page may have changed since the look: a piece whose first node is gone is not read.
    if (!isConnectedNode(root) || (first && !holds(root, first))) this.pieces.pop();
    else if (probes) {
      // A piece is read once a look at one of its places finds a figure, and never if none does.
      const probe = probes.pop() as Stretch;
      if (this.findsAt(root, probe)) piece.probes = undefined;
      else if (probes.length === 0) this.pieces.pop();
    } else {
      this.pieces.pop();
      const bounds = first && last ? { first, last } : undefined;
      this.collector = new TextCollector(root, this.facts, bounds);
      this.detectedTo = 0;
      // A page dense with cues near numbers: gating its windows block by block costs more than
      // it saves (a fifth of the live blog's scan), and the detector's own reading is the gate's
      // reference.
      this.detectPiece = piece.dense ? ungatedOf(this.detect) : this.detect;
    }
    return true;
  }

  /** Whether the quick look finds a figure in the text nodes of `probe` (or they changed). */
  private findsAt(root: Node, probe: Stretch): boolean {
    if (!holds(root, probe.first) || !holds(root, probe.last)) return true;
    const collector = new TextCollector(root, this.facts, probe);
    while (collector.step(Number.POSITIVE_INFINITY));
    // Paragraphs are often one text node each: the look reads only PROBE around the place.
    const { segments, textLength } = collector;
    const [head, tail] = [segments[0], segments.at(-1)];
    const from = head?.node === probe.first ? head.start + probe.from : 0;
    const to = tail?.node === probe.last ? tail.start + probe.to : textLength;
    return findsNear(this.detect, collector.textBetween(from, to), this.options);
  }

  /** Runs the detector over the next window if one is ready; false when none is. */
  private detectNext(collector: TextCollector, slice: Slice): boolean {
    const budget = (slice.timeRemaining() * WINDOW_SHARE) / this.msPerChar;
    const size = Math.min(MAX_WINDOW, Math.max(MIN_WINDOW, budget));
    const window = nextWindow({
      breaks: collector.breaks,
      length: collector.textLength,
      complete: collector.complete,
      from: this.detectedTo,
      size,
      overlap: OVERLAP,
    });
    if (!window) return false;
    const started = this.now();
    const text = collector.textBetween(window.contextStart, window.end);
    for (const mention of this.detectPiece(text, this.options)) {
      const start = mention.start + window.contextStart;
      if (start < window.start || start >= window.end) continue;
      const end = mention.end + window.contextStart;
      this.found.push({ mention: { ...mention, start, end }, segments: collector.segments });
    }
    this.detectedTo = window.end;
    this.learnSpeed(this.now() - started, text.length);
    return true;
  }

  private learnSpeed(ms: number, chars: number): void {
    if (chars < 1_000) return;
    // Quick to learn that text is slow (a page dense with numbers), slow to believe it is fast:
    // a window too large for its slice is a long task, one too small only costs another slice.
    const measured = Math.max(ms / chars, MIN_MS_PER_CHAR);
    this.msPerChar = Math.max(measured, 0.8 * this.msPerChar + 0.2 * measured);
  }
}

// Words that reach every stage of the detector: number, noun, side, claimant, date.
const WARM_UP_TEXT =
  "On Monday, Ukraine's Ministry of Defence said Russia had lost 790 tanks and 20,600 personnel.";

/**
 * Runs the detector once on a short sentence, so that compiling its patterns and code is done
 * while something else is awaited (the settings), not before the page's first highlight.
 */
export function warmUp(detect: Detect): void {
  detect(WARM_UP_TEXT, { pageDate: '2022-04-19', lang: 'en' });
}

/** Runs a scan job to the end at once (tests, the `bench` command): the same work, unsliced. */
export function scanNow(roots: Iterable<Node>, detect: Detect, options: DetectOptions): Found[] {
  const job = new ScanJob(roots, detect, options);
  const endless = { timeRemaining: () => Number.POSITIVE_INFINITY };
  // With endless time a step only returns when the job is done.
  job.step(endless);
  return job.take();
}
