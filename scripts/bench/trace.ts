import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, where the trace has it: wall time minus time the thread was not running. */
  tdur?: number;
  args?: {
    name?: string;
    data?: { frames?: { url?: string; processId?: number }[]; url?: string };
    chrome_mojo_event_info?: { mojo_interface_tag?: string };
  };
}

/** What a task mostly did. */
export type TaskKind = 'content script' | 'extension event' | 'rendering' | 'other';

/** Every task of one page's main thread while something ran: the longest, of each kind too. */
export interface TaskStats {
  longest: number;
  longestKind: TaskKind;
  /** The longest task in which the content script's own code took most of the time. */
  longestOwn: number;
  /** The most CPU time one such task used: on a busy machine a task's wall time is longer. */
  longestOwnCpu: number;
  over50: number;
  count: number;
}

const CATEGORIES = 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,mojom';

// The browser's rendering steps (style, layout, pre-paint, paint, compositing).
const RENDERING = new Set([
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'UpdateLayer',
]);

const isDispatch = (event: TraceEvent) =>
  event.name === 'Receive mojo message' &&
  event.args?.chrome_mojo_event_info?.mojo_interface_tag === 'extensions.mojom.EventDispatcher';

/**
 * What took most of one task: our script, an extension event (a storage change: the listeners
 * it runs count as the event), or rendering. `children` are the task's events in time order.
 */
function kindOf(children: TraceEvent[]): TaskKind {
  let own = 0;
  let dispatch = 0;
  let rendering = 0;
  let dispatchEnd = 0;
  // Promise continuations after an extension event are its listeners' work; otherwise they are
  // the content script's (the bench pages run no scripts of their own).
  const afterEvent = children.some(isDispatch);
  for (const event of children) {
    const ms = event.dur ?? 0;
    if (isDispatch(event)) {
      dispatch += ms;
      dispatchEnd = Math.max(dispatchEnd, event.ts + ms);
    } else if (event.ts < dispatchEnd) {
      // Inside an extension event: its listeners, not the scan.
    } else if (event.name === 'BlinkScheduler_PerformMicrotaskCheckpoint') {
      if (afterEvent) dispatch += ms;
      else own += ms;
    } else if (
      event.name === 'FunctionCall' &&
      event.args?.data?.url?.startsWith('chrome-extension:')
    ) {
      own += ms;
    } else if (RENDERING.has(event.name)) rendering += ms;
  }
  const top = Math.max(own, dispatch, rendering);
  if (top === 0) return 'other';
  return top === own ? 'content script' : top === dispatch ? 'extension event' : 'rendering';
}

async function record(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (chunk: { value: object[] }) => events.push(...(chunk.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await during();
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return events;
}

/** The events of the main thread of the renderer showing the page whose URL contains `urlPart`. */
function mainThreadOf(events: TraceEvent[], urlPart: string): TraceEvent[] {
  const started = events.find((event) => event.name === 'TracingStartedInBrowser');
  const frame = started?.args?.data?.frames?.find((f) => f.url?.includes(urlPart));
  const main = events.find(
    (event) =>
      event.ph === 'M' &&
      event.name === 'thread_name' &&
      event.pid === frame?.processId &&
      event.args?.name === 'CrRendererMain',
  );
  if (!main) throw new Error(`bench: no renderer main thread traced for ${urlPart}`);
  return events
    .filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid)
    .sort((a, b) => a.ts - b.ts);
}

/**
 * Traces the browser (DevTools protocol) while `during` runs and sorts out the tasks of the page's
 * main thread. Unlike the Long Tasks API, which only reports tasks over 50 ms and cannot say whose
 * they are, this gives the longest task whatever its length, and what it was doing.
 */
export async function tasksDuring(
  cdp: CDPSession,
  urlPart: string,
  during: () => Promise<void>,
): Promise<TaskStats> {
  const events = mainThreadOf(await record(cdp, during), urlPart);
  const stats: TaskStats = {
    longest: 0,
    longestKind: 'other',
    longestOwn: 0,
    longestOwnCpu: 0,
    over50: 0,
    count: 0,
  };
  for (let i = 0; i < events.length; i++) {
    const task = events[i] as TraceEvent;
    if (task.name !== 'RunTask') continue;
    const ms = (task.dur ?? 0) / 1000;
    stats.count += 1;
    if (ms > 50) stats.over50 += 1;
    if (ms < 5) continue;
    const end = task.ts + (task.dur ?? 0);
    const children: TraceEvent[] = [];
    for (let j = i + 1; j < events.length && (events[j] as TraceEvent).ts < end; j++) {
      children.push(events[j] as TraceEvent);
    }
    const kind = kindOf(children);
    if (process.env.BENCH_DEBUG && ((task.tdur ?? 0) > 20_000 || ms > 50)) {
      const names = children.map((c) => {
        const fn = (c.args?.data as { functionName?: string } | undefined)?.functionName;
        const times = `${((c.dur ?? 0) / 1000).toFixed(1)}/${((c.tdur ?? 0) / 1000).toFixed(1)}`;
        return `${c.name}${fn ? `(${fn})` : ''}:${times}`;
      });
      process.stderr.write(`task ${ms.toFixed(0)} ms ${kind}: ${names.slice(0, 12).join(' ')}\n`);
    }
    if (ms > stats.longest) {
      stats.longest = ms;
      stats.longestKind = kind;
    }
    if (kind === 'content script') {
      stats.longestOwn = Math.max(stats.longestOwn, ms);
      stats.longestOwnCpu = Math.max(stats.longestOwnCpu, (task.tdur ?? task.dur ?? 0) / 1000);
    }
  }
  return stats;
}
