import { DEFAULT_LIMITS, type RootLimits, type ScanRequest, scanRequestOf } from './mutation-roots';

/**
 * Watches the page for new content (live-blog updates, infinite scroll, articles replaced in
 * place, single-page navigations) and reports what to scan, coalesced: records pile up until the
 * owner asks for them with `take()`, so a storm of mutations becomes one request. Our own DOM
 * writes never reach it: the owner calls `ignoreOwnChanges()` right after each of them.
 */
export class PageObserver {
  private readonly observer: MutationObserver;
  private records: MutationRecord[] = [];
  private overflow = false;

  /**
   * @param container the part of the page to watch (the body)
   * @param onChange called, at most once per batch of records, when there is something to take
   */
  constructor(
    private readonly container: Node,
    private readonly onChange: () => void,
    signal: AbortSignal,
    private readonly limits: RootLimits = DEFAULT_LIMITS,
  ) {
    const MutationObserverOf = (container.ownerDocument?.defaultView?.MutationObserver ??
      MutationObserver) as typeof MutationObserver;
    this.observer = new MutationObserverOf((records) => this.receive(records));
    this.observer.observe(container, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => this.disconnect(), { once: true });
  }

  /** Drops the records of the DOM writes just made (ours): call it right after making them. */
  ignoreOwnChanges(): void {
    // Records are delivered after every task and callback, so the queue was empty when our
    // synchronous batch of writes began: everything in it now is ours.
    this.observer.takeRecords();
  }

  /** What to scan for everything that changed since the last call, or null for nothing. */
  take(): ScanRequest | null {
    const records = this.records;
    const overflow = this.overflow;
    this.records = [];
    this.overflow = false;
    if (overflow) return { kind: 'all' };
    if (records.length === 0) return null;
    const request = scanRequestOf(records, this.container, this.limits);
    return request.kind === 'roots' && request.roots.length === 0 ? null : request;
  }

  /** Stops watching and forgets what was pending. */
  disconnect(): void {
    this.observer.disconnect();
    this.records = [];
    this.overflow = false;
  }

  private receive(records: MutationRecord[]): void {
    const wasEmpty = this.records.length === 0 && !this.overflow;
    // A storm: keep no more records than a full rescan would cost to decide on.
    if (this.overflow || this.records.length + records.length > this.limits.maxAddedNodes) {
      this.overflow = true;
      this.records = [];
    } else {
      for (const record of records) this.records.push(record);
    }
    if (wasEmpty) this.onChange();
  }
}
