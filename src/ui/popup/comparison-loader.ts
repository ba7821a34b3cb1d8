import type { Comparison } from '../../claims/types';
import { LIMITS } from '../../messaging/schemas';

/** Asks the background for the comparisons of some figures (at most LIMITS.comparisonsPerMessage). */
export type FetchComparisons = (ids: number[]) => Promise<{ id: number; comparison: Comparison }[]>;

/**
 * The comparisons of the figures the popup shows, fetched as they come into view: the background
 * recomputes them on demand and stores none (issue 17). Ids wanted in one tick are asked for
 * together, in messages of at most LIMITS.comparisonsPerMessage; an id is asked for once per
 * page. Holds only what was shown, so its size follows the reader, not the page.
 */
export class ComparisonLoader {
  private known = new Map<number, Comparison>();
  private asked = new Set<number>();
  private pending: number[] = [];
  private page: number | null = null;

  constructor(
    private readonly fetch: FetchComparisons,
    private readonly onUpdate: (comparisons: ReadonlyMap<number, Comparison>) => void,
  ) {}

  /** The comparisons so far. */
  get comparisons(): ReadonlyMap<number, Comparison> {
    return this.known;
  }

  /** Forgets everything when the tab shows another page (its figure ids start over). */
  setPage(page: number): void {
    if (page === this.page) return;
    this.page = page;
    this.known = new Map();
    this.asked.clear();
    this.pending = [];
  }

  /** Fetches the comparisons of these figures, unless already asked for. */
  want(ids: readonly number[]): void {
    const fresh = ids.filter((id) => !this.asked.has(id));
    if (fresh.length === 0) return;
    for (const id of fresh) this.asked.add(id);
    const first = this.pending.length === 0;
    this.pending.push(...fresh);
    if (first) queueMicrotask(() => void this.flush());
  }

  private async flush(): Promise<void> {
    const page = this.page;
    const ids = this.pending;
    this.pending = [];
    const batches: number[][] = [];
    for (let i = 0; i < ids.length; i += LIMITS.comparisonsPerMessage)
      batches.push(ids.slice(i, i + LIMITS.comparisonsPerMessage));
    for (const batch of batches) {
      const answer = await this.fetch(batch).catch(() => {
        // Asked again when shown again: a worker that was restarting may answer next time.
        for (const id of batch) this.asked.delete(id);
        return [];
      });
      if (page !== this.page || answer.length === 0) continue;
      const next = new Map(this.known);
      for (const { id, comparison } of answer) next.set(id, comparison);
      this.known = next;
      this.onUpdate(next);
    }
  }
}
