import { LIMITS } from '../messaging/schemas';

/**
 * How much of `storage.session` the per-tab records may take, and who makes room when it is full.
 * Pure: the storage shell (tab-summaries.ts) asks, then writes.
 *
 * Chrome's session quota is 10 MB for the whole extension, and a write past it fails for every
 * tab, not only the one that filled it (issue 17). So the records stay far below it: at most
 * SESSION_BUDGET bytes in all, at most TAB_CAP figures and TAB_BYTES bytes a tab, so that at
 * least four tabs at their cap fit together, and the oldest-touched tabs give way to a new one.
 */

/** All tabs' records and headers together (issue 17: ≤ 2 MB of session storage in use). */
export const SESSION_BUDGET = 1_600_000;
/** Figures listed per tab; past it the popup says "showing the first N of M". */
export const TAB_CAP = LIMITS.figuresPerTab;
/** Bytes per tab, so that a tab of unusually long figures is bounded as well. */
export const TAB_BYTES = 400_000;

/** What one tab holds in storage: its bytes, and when it last stored figures (for eviction). */
export interface LedgerEntry {
  bytes: number;
  touched: number;
}

/** Every tab with records, by tab id. */
export type Ledger = Record<string, LedgerEntry>;

/** What to do with a chunk of records a tab wants to add. */
export interface AppendPlan {
  /** How many of the chunk's records to store (the rest is counted, not listed). */
  take: number;
  /** Other tabs whose records must go first to keep the budget, oldest-touched first. */
  evict: number[];
}

/**
 * Plans storing a chunk of records (their sizes in bytes, in order) for a tab that already holds
 * `stored` figures. Takes what fits under the tab's caps, then evicts the other tabs touched
 * least recently until the total fits the budget; never evicts the appending tab itself.
 */
export function planAppend(
  ledger: Ledger,
  tabId: number,
  stored: number,
  sizes: readonly number[],
  budget = SESSION_BUDGET,
): AppendPlan {
  const own = ledger[tabId]?.bytes ?? 0;
  let take = 0;
  let bytes = 0;
  const room = Math.min(TAB_BYTES - own, budget - own);
  while (take < sizes.length && stored + take < TAB_CAP && bytes + (sizes[take] ?? 0) <= room) {
    bytes += sizes[take] ?? 0;
    take++;
  }
  if (take === 0) return { take: 0, evict: [] };
  let total = totalBytes(ledger) + bytes;
  const evict: number[] = [];
  const others = Object.entries(ledger)
    .filter(([id, entry]) => Number(id) !== tabId && entry.bytes > 0)
    .sort(([, a], [, b]) => a.touched - b.touched);
  for (const [id, entry] of others) {
    if (total <= budget) break;
    evict.push(Number(id));
    total -= entry.bytes;
  }
  return { take, evict };
}

/** Bytes all tabs hold. */
export function totalBytes(ledger: Ledger): number {
  let total = 0;
  for (const entry of Object.values(ledger)) total += entry.bytes;
  return total;
}
