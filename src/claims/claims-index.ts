import type { Metric, Side } from '../core/vocabulary';
import type { ClaimsDb, SeriesClaims, StatementClaim } from './db-types';
import { loadClaimsDb } from './load';

/** One claimant's statements on one metric and side, oldest first. */
export interface StatementGroup {
  claimantId: string;
  metric: Metric;
  statements: readonly StatementClaim[];
}

/** Everything known for one metric and side. */
export interface IndexSlot {
  series: readonly SeriesClaims[];
  groups: readonly StatementGroup[];
}

/** Lookup structure for match(): claims grouped by metric and side, built once per DB load. */
export interface ClaimsIndex {
  db: ClaimsDb;
  slots: ReadonlyMap<string, IndexSlot>;
}

const EMPTY_SLOT: IndexSlot = { series: [], groups: [] };

/** The map key of a metric and side. */
export function slotKey(metric: Metric, side: Side): string {
  return `${metric}|${side}`;
}

/** The claims for a metric and side (empty when there are none). */
export function slotFor(index: ClaimsIndex, metric: Metric, side: Side): IndexSlot {
  return index.slots.get(slotKey(metric, side)) ?? EMPTY_SLOT;
}

/** Groups a loaded DB by metric+side; statements are further grouped by claimant. */
export function buildClaimsIndex(db: ClaimsDb): ClaimsIndex {
  const series = new Map<string, SeriesClaims[]>();
  for (const s of db.series) push(series, slotKey(s.metric, s.side), s);
  const statements = new Map<string, StatementClaim[]>();
  for (const st of db.statements) {
    push(statements, `${slotKey(st.metric, st.side)}|${st.claimantId}`, st);
  }
  const slots = new Map<string, { series: SeriesClaims[]; groups: StatementGroup[] }>();
  const slotOf = (key: string) => {
    const slot = slots.get(key) ?? { series: [], groups: [] };
    slots.set(key, slot);
    return slot;
  };
  for (const [key, list] of series) slotOf(key).series.push(...list);
  for (const list of statements.values()) {
    const first = list[0] as StatementClaim;
    const sorted = [...list].sort((a, b) => a.day - b.day);
    slotOf(slotKey(first.metric, first.side)).groups.push({
      claimantId: first.claimantId,
      metric: first.metric,
      statements: sorted,
    });
  }
  return { db, slots };
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** Convenience for the service worker and the CLI: validate, decode and index in one call. */
export function loadClaimsIndex(json: unknown): ClaimsIndex {
  return buildClaimsIndex(loadClaimsDb(json));
}
