import type { DetectOptions } from '../detect/types';
import { bodyOf } from './dom-reads';
import type { Highlight } from './highlighter';
import type { IdleScheduler, Slice } from './idle-scheduler';
import { PageObserver } from './page-observer';
import { RescanBudget } from './rescan-budget';
import { type Detect, ScanJob } from './scan-job';
import { type Wrapped, WrapQueue } from './wrap-queue';

/** What a scan session needs from its owner (the PageAnnotator). */
export interface SessionDeps {
  doc: Document;
  scheduler: IdleScheduler;
  detect: Detect;
  detectOptions: DetectOptions;
  /** Called with each frame's new highlights, in the order they were wrapped. */
  onWrapped: (highlights: Highlight[]) => void;
  /** Matches a chunk of highlights; called one chunk at a time, in page order. */
  match: (highlights: Highlight[]) => Promise<void>;
}

// Small chunks keep each answer's handling (validation, labels) and each summary change the
// background broadcasts a short task, and let the first tooltips work early.
const FIGURES_PER_MESSAGE = 50;
// The page's first scan does not wait for idle time until it has found a figure, for at most this
// long (issue 16: the first highlight within 100 ms of DOMContentLoaded).
const FIRST_FIGURES_MS = 150;

/**
 * One annotation of a page, from the first scan until it is cleared: scans the body in idle
 * slices, wraps what it finds frame by frame, then keeps watching for new content and scans only
 * that. Jobs run one at a time, so a node is never split by two scans at once. Figures get ids in
 * page order and are sent for matching in that order, whatever order they were wrapped in.
 */
export class ScanSession {
  private readonly observer: PageObserver;
  private readonly queue: WrapQueue;
  private nextId = 0;
  private nextToSend = 0;
  private readonly resolved = new Map<number, Highlight | null>();
  private toSend: Highlight[] = [];
  private readonly outbox: Highlight[][] = [];
  private sentFirst = false;
  private sending: Promise<void> | null = null;
  private running: Promise<void> | null = null;
  private initial: Promise<void> | undefined;
  private rescanAll = false;
  private readonly roots = new Set<Node>();
  private readonly budget = new RescanBudget();
  /** Runs out when the first scan has hurried long enough; none for rescans of new content. */
  private urgency: Slice | undefined;

  constructor(
    private readonly deps: SessionDeps,
    private readonly signal: AbortSignal,
  ) {
    const body = bodyOf(deps.doc) as HTMLElement;
    this.queue = new WrapQueue(deps.doc.defaultView);
    // New content is scanned at once, in the task that added it: its highlights then join the
    // page's own change in one rendering pass instead of costing a second one later.
    this.observer = new PageObserver(body, () => this.schedule(true), signal);
  }

  /** Scans the whole page; resolves once its figures are highlighted and matched. */
  async start(): Promise<void> {
    this.rescanAll = true;
    this.urgency = this.deps.scheduler.slice(FIRST_FIGURES_MS);
    this.schedule(true);
    await this.initial;
    await this.sending;
  }

  private schedule(immediate: boolean): void {
    if (this.running || this.signal.aborted) return;
    this.running = this.pump(immediate)
      .catch((error) => console.warn('Crosscount:', error))
      .finally(() => {
        this.running = null;
      });
  }

  /** Runs jobs until nothing new is waiting. */
  private async pump(immediate: boolean): Promise<void> {
    for (let first = immediate; !this.signal.aborted; first = false) {
      const roots = this.nextRoots();
      if (!roots) return;
      const job = this.runJob(roots, first);
      this.initial ??= job;
      await job;
    }
  }

  private nextRoots(): Node[] | null {
    const request = this.observer.take();
    if (request?.kind === 'all') this.rescanAll = true;
    else if (request) {
      for (const root of request.roots) if (this.budget.allow(root)) this.roots.add(root);
    }
    const body = bodyOf(this.deps.doc) as HTMLElement;
    // A full rescan reads highlighted text as context but never wraps it again.
    const roots = this.rescanAll ? [body] : [...this.roots];
    this.rescanAll = false;
    this.roots.clear();
    return roots.length > 0 ? roots : null;
  }

  private async runJob(roots: Node[], immediate: boolean): Promise<void> {
    const { scheduler, detect, detectOptions } = this.deps;
    const job = new ScanJob(roots, detect, detectOptions);
    let collecting = true;
    const collect = scheduler.idle(
      (slice) => {
        const more = job.step(slice);
        this.queue.add(job.take().map((found) => ({ ...found, id: this.nextId++ })));
        return more;
      },
      this.signal,
      immediate,
      () => this.nextId === 0 && (this.urgency?.timeRemaining() ?? 0) > 0,
    );
    // The first figures, at the top of a page just loaded, are wrapped at once: waiting for the
    // next frame would only delay the first highlight. The rest go frame by frame.
    if (immediate) this.wrapSome(scheduler.slice(scheduler.options.frameMs));
    const wrap = scheduler.frames((slice) => {
      this.wrapSome(slice);
      return collecting || this.queue.size > 0;
    }, this.signal);
    await collect.finally(() => {
      collecting = false;
    });
    await wrap;
    this.flush(true);
  }

  private wrapSome(slice: Slice): void {
    const wrapped = this.queue.wrapBatch(slice);
    this.observer.ignoreOwnChanges();
    this.receive(wrapped);
  }

  private receive(wrapped: Wrapped[]): void {
    const made: Highlight[] = [];
    for (const { id, highlight } of wrapped) {
      this.resolved.set(id, highlight);
      if (highlight) made.push(highlight);
    }
    if (made.length > 0) this.deps.onWrapped(made);
    // Send in page order: the longest run of ids settled so far.
    while (this.resolved.has(this.nextToSend)) {
      const highlight = this.resolved.get(this.nextToSend);
      this.resolved.delete(this.nextToSend);
      if (highlight) this.toSend.push(highlight);
      this.nextToSend += 1;
    }
    this.flush(false);
  }

  /**
   * Moves figures waiting to be matched into messages: the first ones at once (the reader may be
   * hovering them already), later ones in full chunks, and the rest when a job ends (`all`).
   */
  private flush(all: boolean): void {
    while (
      this.toSend.length > 0 &&
      (all || !this.sentFirst || this.toSend.length >= FIGURES_PER_MESSAGE)
    ) {
      this.outbox.push(this.toSend.splice(0, FIGURES_PER_MESSAGE));
      this.sentFirst = true;
    }
    if (this.outbox.length > 0) this.sending ??= this.sendAll();
  }

  private async sendAll(): Promise<void> {
    for (
      let chunk = this.outbox.shift();
      chunk && !this.signal.aborted;
      chunk = this.outbox.shift()
    ) {
      try {
        await this.deps.match(chunk);
      } catch (error) {
        console.warn('Crosscount:', error);
      }
    }
    this.sending = null;
  }
}
