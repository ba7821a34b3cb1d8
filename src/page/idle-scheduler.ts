/**
 * Cooperative scheduling for the page scan (GUIDE §6.6): reading and detecting run in idle-time
 * slices with a deadline, DOM writes run once per animation frame, and nothing runs while the tab
 * is hidden. Every slice is short, so the page never sees one of our tasks take longer than a
 * frame or two, however large it is.
 */

/** The time left in the current slice of work. */
export interface Slice {
  /** Milliseconds left; the work should stop at its next safe point once this reaches 0. */
  timeRemaining(): number;
}

/** What the scheduler needs from a window: injectable so the logic is testable without one. */
export interface SchedulerHost {
  now(): number;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
  requestIdleCallback?: (
    callback: (deadline: IdleDeadline) => void,
    options: IdleRequestOptions,
  ) => number;
  cancelIdleCallback?: (handle: number) => void;
  requestAnimationFrame?: (callback: () => void) => number;
  cancelAnimationFrame?: (handle: number) => void;
  isHidden(): boolean;
  /** Calls `callback` once when the page next becomes visible; returns the cancel function. */
  onceVisible(callback: () => void): () => void;
}

export interface SchedulerOptions {
  /** Longest idle slice, even when the browser offers more: a new frame may be due sooner. */
  sliceMs: number;
  /** Run an idle slice after this long even on a page that is never idle. */
  idleTimeoutMs: number;
  /** Script time allowed in one animation frame, leaving the rest to style, layout and paint. */
  frameMs: number;
}

/** A frame that has not come after this long is taken to have stalled (frames come every 16 ms). */
const FRAME_STALL_MS = 250;

const DEFAULTS: SchedulerOptions = { sliceMs: 8, idleTimeoutMs: 300, frameMs: 5 };

/** One unit of resumable work: does some of it within the slice, returns false when finished. */
export type Work = (slice: Slice) => boolean;

/**
 * Runs resumable work in idle slices or animation frames. Both stop, and their promises settle,
 * when the signal passed with the work aborts; a failing step rejects the promise.
 */
export class IdleScheduler {
  readonly options: SchedulerOptions;

  constructor(
    private readonly host: SchedulerHost,
    options: Partial<SchedulerOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  /**
   * Runs `work` in idle-time slices until it is finished; `immediate` runs the first slice now.
   * While `urgent()` holds, slices run in ordinary tasks instead: a page that has just been parsed
   * is busy loading and rendering, and its first idle period can come 100 ms later, while the
   * reader is waiting for the first highlights. Each slice stays just as short.
   */
  idle(
    work: Work,
    signal: AbortSignal,
    immediate = false,
    urgent: () => boolean = () => false,
  ): Promise<void> {
    return this.loop(work, signal, immediate, (run) =>
      urgent() ? this.requestTask(run) : this.requestIdle(run),
    );
  }

  /** Runs `work` once per animation frame until it is finished (a timer where frames don't run). */
  frames(work: Work, signal: AbortSignal): Promise<void> {
    return this.loop(work, signal, false, (run) => this.requestFrame(run));
  }

  private loop(
    work: Work,
    signal: AbortSignal,
    immediate: boolean,
    request: (run: (budgetMs: number) => void) => () => void,
  ): Promise<void> {
    return new Promise((resolve, reject) => {
      let cancel = () => {};
      const stop = () => {
        cancel();
        resolve();
      };
      if (signal.aborted) return resolve();
      signal.addEventListener('abort', stop, { once: true });
      const finish = (error?: unknown) => {
        signal.removeEventListener('abort', stop);
        if (error === undefined) resolve();
        else reject(error);
      };
      const run = (budgetMs: number) => {
        if (signal.aborted) return;
        // A tab in the background does no work until the reader comes back to it.
        if (this.host.isHidden()) {
          cancel = this.host.onceVisible(() => next());
          return;
        }
        try {
          if (work(this.slice(budgetMs))) next();
          else finish();
        } catch (error) {
          finish(error);
        }
      };
      const next = () => {
        cancel = request(run);
      };
      // An immediate slice runs inside someone else's task (a settings change, a page's own
      // mutation): it gets a frame's budget, not an idle period's.
      if (immediate) run(this.options.frameMs);
      else next();
    });
  }

  /** A slice of `budgetMs` starting now, for work done outside the scheduler's own callbacks. */
  slice(budgetMs: number): Slice {
    const end = this.host.now() + budgetMs;
    return { timeRemaining: () => Math.max(0, end - this.host.now()) };
  }

  private requestIdle(run: (budgetMs: number) => void): () => void {
    const { host, options } = this;
    if (host.requestIdleCallback && host.cancelIdleCallback) {
      const cancelIdle = host.cancelIdleCallback;
      const handle = host.requestIdleCallback(
        // On a page that is never idle the timeout fires with no time left: still do one slice.
        (deadline) =>
          run(
            deadline.didTimeout
              ? options.sliceMs
              : Math.min(options.sliceMs, deadline.timeRemaining()),
          ),
        { timeout: options.idleTimeoutMs },
      );
      return () => cancelIdle(handle);
    }
    return this.requestTask(run);
  }

  private requestTask(run: (budgetMs: number) => void): () => void {
    const { host, options } = this;
    const handle = host.setTimeout(() => run(options.sliceMs), 0);
    return () => host.clearTimeout(handle);
  }

  private requestFrame(run: (budgetMs: number) => void): () => void {
    const { host, options } = this;
    if (host.requestAnimationFrame && host.cancelAnimationFrame) {
      const cancelFrame = host.cancelAnimationFrame;
      // A visible page whose frames stall (a renderer that stops producing them, as headless
      // Chromium was seen to do once) must still get its highlights: a timer stands in.
      const once = () => {
        cancel();
        run(options.frameMs);
      };
      const frame = host.requestAnimationFrame(once);
      const timer = host.setTimeout(once, FRAME_STALL_MS);
      const cancel = () => {
        cancelFrame(frame);
        host.clearTimeout(timer);
      };
      return cancel;
    }
    const handle = host.setTimeout(() => run(options.frameMs), 16);
    return () => host.clearTimeout(handle);
  }
}

/** The scheduler host of a real window (requestIdleCallback is missing in some browsers). */
export function windowHost(win: Window & typeof globalThis): SchedulerHost {
  const doc = win.document;
  return {
    now: () => win.performance.now(),
    setTimeout: (callback, ms) => win.setTimeout(callback, ms),
    clearTimeout: (handle) => win.clearTimeout(handle),
    requestIdleCallback:
      typeof win.requestIdleCallback === 'function'
        ? (callback, options) => win.requestIdleCallback(callback, options)
        : undefined,
    cancelIdleCallback:
      typeof win.cancelIdleCallback === 'function'
        ? (handle) => win.cancelIdleCallback(handle)
        : undefined,
    requestAnimationFrame:
      typeof win.requestAnimationFrame === 'function'
        ? (callback) => win.requestAnimationFrame(callback)
        : undefined,
    cancelAnimationFrame:
      typeof win.cancelAnimationFrame === 'function'
        ? (handle) => win.cancelAnimationFrame(handle)
        : undefined,
    isHidden: () => doc.visibilityState === 'hidden',
    onceVisible: (callback) => {
      const listener = () => {
        if (doc.visibilityState === 'hidden') return;
        doc.removeEventListener('visibilitychange', listener);
        callback();
      };
      doc.addEventListener('visibilitychange', listener);
      return () => doc.removeEventListener('visibilitychange', listener);
    },
  };
}
