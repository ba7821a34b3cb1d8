import { describe, expect, it } from 'vitest';
import { IdleScheduler, type SchedulerHost, type Slice } from './idle-scheduler';

/** A host whose clock, idle callbacks, frames, timers and visibility the test drives by hand. */
class FakeHost implements SchedulerHost {
  time = 0;
  hidden = false;
  idle: { callback: (deadline: IdleDeadline) => void; timeout: number }[] = [];
  /** Pending frame callbacks by handle, oldest first. */
  frameQueue = new Map<number, () => void>();
  private lastFrame = 0;
  /** Pending timers by handle, oldest first (a Map keeps insertion order). */
  timers = new Map<number, () => void>();
  private lastTimer = 0;
  visibleListeners: (() => void)[] = [];
  withIdle = true;
  withFrames = true;

  now = () => this.time;
  setTimeout = (callback: () => void) => {
    this.timers.set(++this.lastTimer, callback);
    return this.lastTimer;
  };
  clearTimeout = (handle: number) => {
    this.timers.delete(handle);
  };
  get requestIdleCallback() {
    return this.withIdle
      ? (callback: (deadline: IdleDeadline) => void, options: IdleRequestOptions) =>
          this.idle.push({ callback, timeout: options.timeout ?? 0 })
      : undefined;
  }
  get cancelIdleCallback() {
    return this.withIdle
      ? (handle: number) => {
          const entry = this.idle[handle - 1];
          if (entry) entry.callback = () => {};
        }
      : undefined;
  }
  get requestAnimationFrame() {
    return this.withFrames
      ? (callback: () => void) => {
          this.frameQueue.set(++this.lastFrame, callback);
          return this.lastFrame;
        }
      : undefined;
  }
  get cancelAnimationFrame() {
    return this.withFrames
      ? (handle: number) => {
          this.frameQueue.delete(handle);
        }
      : undefined;
  }
  isHidden = () => this.hidden;
  onceVisible = (callback: () => void) => {
    this.visibleListeners.push(callback);
    return () => {
      this.visibleListeners = this.visibleListeners.filter((listener) => listener !== callback);
    };
  };

  /** Runs the oldest pending idle callback with `idleMs` of idle time (0: it timed out). */
  runIdle(idleMs: number): void {
    const next = this.idle.shift();
    if (!next) throw new Error('no idle callback pending');
    const end = this.time + idleMs;
    next.callback({
      didTimeout: idleMs === 0,
      timeRemaining: () => Math.max(0, end - this.time),
    } as IdleDeadline);
  }

  runFrame(): void {
    runOldest(this.frameQueue, 'frame');
  }

  runTimer(): void {
    runOldest(this.timers, 'timer');
  }

  show(): void {
    this.hidden = false;
    const listeners = this.visibleListeners;
    this.visibleListeners = [];
    for (const listener of listeners) listener();
  }
}

/** Work that needs `units` steps of 4 ms each, and records the budget every slice offered. */
/** Runs and removes the oldest pending callback of a queue keyed by handle. */
function runOldest(queue: Map<number, () => void>, what: string): void {
  const [handle, next] = queue.entries().next().value ?? [];
  if (handle === undefined || !next) throw new Error(`no ${what} pending`);
  queue.delete(handle);
  next();
}

function countdown(host: FakeHost, units: number) {
  const budgets: number[] = [];
  let left = units;
  const work = (slice: Slice) => {
    budgets.push(slice.timeRemaining());
    while (left > 0 && slice.timeRemaining() > 0) {
      left -= 1;
      host.time += 4;
    }
    return left > 0;
  };
  return { work, budgets, left: () => left };
}

const settled = async (promise: Promise<unknown>) => {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  await Promise.resolve();
  await Promise.resolve();
  return done;
};

describe('IdleScheduler.idle', () => {
  it('spreads work over idle callbacks, never offering more than a slice', async () => {
    const host = new FakeHost();
    const scheduler = new IdleScheduler(host, { sliceMs: 10, idleTimeoutMs: 300 });
    const job = countdown(host, 10);
    const done = scheduler.idle(job.work, new AbortController().signal);
    expect(host.idle).toHaveLength(1);
    expect(host.idle[0]?.timeout).toBe(300);
    host.runIdle(50); // the browser offers 50 ms: we take 10
    expect(job.left()).toBe(7);
    host.runIdle(4); // only 4 ms left before the next frame: we take that
    expect(job.left()).toBe(6);
    host.runIdle(0); // timed out on a busy page: one normal slice all the same
    expect(job.left()).toBe(3);
    host.runIdle(50);
    expect(job.budgets).toEqual([10, 4, 10, 10]);
    expect(await settled(done)).toBe(true);
    expect(host.idle).toHaveLength(0);
  });

  it('runs the first slice at once when asked to, with a frame budget', () => {
    const host = new FakeHost();
    const job = countdown(host, 5);
    void new IdleScheduler(host, { sliceMs: 50, frameMs: 10 }).idle(
      job.work,
      new AbortController().signal,
      true,
    );
    expect(job.left()).toBe(2);
    expect(host.idle).toHaveLength(1);
  });

  it('runs slices in ordinary tasks while the work is urgent, then waits for idle time', async () => {
    const host = new FakeHost();
    const job = countdown(host, 6);
    let urgent = true;
    const done = new IdleScheduler(host, { sliceMs: 8 }).idle(
      job.work,
      new AbortController().signal,
      false,
      () => urgent,
    );
    expect(host.idle).toHaveLength(0);
    host.runTimer();
    expect(job.left()).toBe(4);
    expect(host.timers.size).toBe(1);
    urgent = false; // e.g. the first figure was found
    host.runTimer();
    expect(job.left()).toBe(2);
    expect(host.timers.size).toBe(0);
    host.runIdle(50);
    expect(job.budgets).toEqual([8, 8, 8]);
    expect(await settled(done)).toBe(true);
  });

  it('falls back to timers where requestIdleCallback is missing', async () => {
    const host = new FakeHost();
    host.withIdle = false;
    const job = countdown(host, 4);
    const done = new IdleScheduler(host, { sliceMs: 8 }).idle(
      job.work,
      new AbortController().signal,
    );
    host.runTimer();
    host.runTimer();
    expect(job.budgets).toEqual([8, 8]);
    expect(await settled(done)).toBe(true);
  });

  it('does nothing while the tab is hidden and resumes when it is shown', async () => {
    const host = new FakeHost();
    host.hidden = true;
    const job = countdown(host, 2);
    const done = new IdleScheduler(host).idle(job.work, new AbortController().signal);
    host.runIdle(50);
    expect(job.budgets).toEqual([]);
    expect(host.idle).toHaveLength(0);
    host.show();
    host.runIdle(50);
    expect(job.left()).toBe(0);
    expect(await settled(done)).toBe(true);
  });

  it('stops when its signal aborts: nothing pending runs, the promise settles', async () => {
    const host = new FakeHost();
    const controller = new AbortController();
    const job = countdown(host, 10);
    const done = new IdleScheduler(host).idle(job.work, controller.signal);
    host.runIdle(50);
    controller.abort();
    host.runIdle(50); // the cancelled callback
    expect(job.budgets).toHaveLength(1);
    expect(await settled(done)).toBe(true);
  });

  it('rejects when a step throws', async () => {
    const host = new FakeHost();
    const done = new IdleScheduler(host).idle(() => {
      throw new Error('boom');
    }, new AbortController().signal);
    host.runIdle(50);
    await expect(done).rejects.toThrow('boom');
  });
});

describe('IdleScheduler.frames', () => {
  it('runs one bounded step per animation frame', async () => {
    const host = new FakeHost();
    const job = countdown(host, 3);
    const done = new IdleScheduler(host, { frameMs: 6 }).frames(
      job.work,
      new AbortController().signal,
    );
    expect(host.idle).toHaveLength(0);
    host.runFrame();
    expect(job.left()).toBe(1);
    host.runFrame();
    expect(job.budgets).toEqual([6, 6]);
    expect(await settled(done)).toBe(true);
  });

  it('goes on with a timer when a visible page stops producing frames, and never runs twice', async () => {
    const host = new FakeHost();
    const job = countdown(host, 3);
    // One unit of work per step.
    const done = new IdleScheduler(host, { frameMs: 4 }).frames(
      job.work,
      new AbortController().signal,
    );
    host.runTimer();
    expect(job.left()).toBe(2);
    // The frame that stalled was cancelled with it: one step per request, not two.
    expect(host.frameQueue.size).toBe(1);
    host.runFrame();
    expect(job.left()).toBe(1);
    expect(host.timers.size).toBe(1);
    host.runTimer();
    expect(await settled(done)).toBe(true);
    expect(host.timers.size).toBe(0);
  });

  it('uses a timer where frames do not run', () => {
    const host = new FakeHost();
    host.withFrames = false;
    const job = countdown(host, 3);
    void new IdleScheduler(host).frames(job.work, new AbortController().signal);
    host.runTimer();
    expect(job.left()).toBeLessThan(3);
  });
});
