import { storage } from 'wxt/utils/storage';
import { z } from 'zod/mini';
import { index, matching, text } from '../core/schema-parts';
import { MetricSchema } from '../core/vocabulary';
import { LIMITS, type StorageProblem, StorageProblemSchema } from '../messaging/schemas';
import { type TabRecord, TabRecordSchema } from '../messaging/tab-record';
import type { Ledger } from './tab-budget';

/**
 * The per-tab records' place in `storage.session` (memory only, never written to disk, cleared
 * when the browser closes), so they survive the service worker being stopped. Everything read
 * back is parsed with zod: what does not parse counts as absent, never as a crash.
 *
 * Per tab: a header (`tab-summary-<tab>`) and append-only chunks of compact records
 * (`tab-figures-<tab>-<n>`): rewriting one growing item per chunk made every write cost more.
 * One ledger (`tab-ledger`) says how many bytes of records each tab holds, for the budget.
 */
export const headerKey = (tabId: number) => `session:tab-summary-${tabId}` as const;
export const chunkKey = (tabId: number, index: number) =>
  `session:tab-figures-${tabId}-${index}` as const;
const LEDGER_KEY = 'session:tab-ledger';

const count = index();

export const HeaderSchema = z.object({
  url: text(LIMITS.urlLength),
  /** When the page was (re)loaded: figure ids restart from 0 with every page. */
  page: z.number(),
  enabled: z.boolean(),
  /** Every figure reported, listed or not: the badge's count. */
  total: count,
  /** Figures in the chunks, and how many chunks and bytes they take. */
  stored: count,
  chunks: count,
  bytes: count,
  /** Every figure by metric, in the order the metrics first appeared. */
  metrics: z.partialRecord(MetricSchema, count),
  evicted: z.boolean(),
  problem: z.optional(StorageProblemSchema),
});
export type Header = z.infer<typeof HeaderSchema>;

const LedgerSchema = z.record(matching(/^\d+$/), z.object({ bytes: count, touched: z.number() }));

/** A fresh header for a page that (re)loaded. */
export function freshHeader(url: string, enabled: boolean, page: number): Header {
  return {
    url,
    page,
    enabled,
    total: 0,
    stored: 0,
    chunks: 0,
    bytes: 0,
    metrics: {},
    evicted: false,
  };
}

/** The stored header of a tab, or null when there is none or it does not parse. */
export async function readHeader(tabId: number): Promise<Header | null> {
  const parsed = HeaderSchema.safeParse(await storage.getItem(headerKey(tabId)));
  return parsed.success ? parsed.data : null;
}

/** The ledger; empty when missing or unreadable (the budget then starts over, never crashes). */
export async function readLedger(): Promise<Ledger> {
  const parsed = LedgerSchema.safeParse(await storage.getItem(LEDGER_KEY));
  return parsed.success ? parsed.data : {};
}

/** The records of a tab's chunks; a chunk that does not parse is left out. */
export async function readRecords(tabId: number, header: Header): Promise<TabRecord[]> {
  if (header.chunks === 0) return [];
  const keys = Array.from({ length: header.chunks }, (_, i) => chunkKey(tabId, i));
  const chunks = await storage.getItems(keys);
  return chunks.flatMap(({ value }) => parseChunk(value));
}

/**
 * A chunk is stored as one JSON string, not as an array of objects: Chrome counts the session
 * quota by the memory its values take, and 50 small objects of 8 keys cost about five times
 * their JSON (measured: 1.24 MB in use for 250 KB of records), one string about its length.
 */
export const chunkValue = (records: readonly TabRecord[]): string => JSON.stringify(records);

const ChunkSchema = z.array(TabRecordSchema);

function parseChunk(value: unknown): TabRecord[] {
  if (typeof value !== 'string') return [];
  try {
    const parsed = ChunkSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** What one storage call writes: items to set (a value) or remove (undefined). */
export type Writes = Array<{ key: `session:${string}`; value: unknown }>;

/** Writes a header, a chunk and the ledger in one storage call: all or nothing against the quota. */
export async function write(items: Writes): Promise<void> {
  const set = items.filter((item) => item.value !== undefined);
  const removed = items.filter((item) => item.value === undefined).map((item) => item.key);
  if (removed.length > 0) await storage.removeItems(removed);
  if (set.length > 0) await storage.setItems(set);
}

export const ledgerWrite = (ledger: Ledger) => ({ key: LEDGER_KEY, value: ledger }) as const;

/** The chunk keys of a tab, to remove them. */
export function chunkRemovals(tabId: number, header: Header | null): Writes {
  const chunks = header?.chunks ?? 0;
  return Array.from({ length: chunks }, (_, i) => ({ key: chunkKey(tabId, i), value: undefined }));
}

/**
 * What kind of failure a storage error is. Chrome says "Session storage quota bytes exceeded"
 * (QUOTA_BYTES); an area that is missing (an old Firefox, a policy) throws anything else.
 */
export function problemOf(error: unknown): StorageProblem {
  const message = error instanceof Error ? error.message : String(error);
  return /quota/i.test(message) ? 'quota' : 'unavailable';
}
