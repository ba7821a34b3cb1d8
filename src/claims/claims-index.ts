import type { Metric, Side } from '../core/vocabulary';
import type { ClaimsDb, SeriesClaims, StatementClaim } from './db-types';
import { WAR_START } from './equivalences';
import { loadClaimsDb } from './load';

/** One claimant's statements on one metric and side, oldest first. */
export interface StatementGroup {
  claimantId: string;
  metric: Metric;
  statements: readonly StatementClaim[];
  /** The whole-war statements (period start 2022-02-24), oldest first. */
  whole: readonly StatementClaim[];
  /** Day numbers of `whole`, for binary search. */
  wholeDays: readonly number[];
}

/** Everything known for one metric and side. */
export interface IndexSlot {
  series: readonly SeriesClaims[];
  /** The whole-war series (period start 2022-02-24). */
  whole: readonly SeriesClaims[];
  groups: readonly StatementGroup[];
}

/** Lookup structure for match(): claims grouped by metric and side, built once per DB load. */
export interface ClaimsIndex {
  db: ClaimsDb;
  slots: ReadonlyMap<string, IndexSlot>;
  /** The same slots by metric, then side: lookups without building a key string. */
  byMetric: ReadonlyMap<Metric, ReadonlyMap<Side, IndexSlot>>;
}

const EMPTY_SLOT: IndexSlot = { series: [], whole: [], groups: [] };

/** The map key of a metric and side. */
export function slotKey(metric: Metric, side: Side): string {
  return `${metric}|${side}`;
}

/** The claims for a metric and side (empty when there are none). */
export function slotFor(index: ClaimsIndex, metric: Metric, side: Side): IndexSlot {
  return index.byMetric.get(metric)?.get(side) ?? EMPTY_SLOT;
}

/** Groups a loaded DB by metric+side; statements are further grouped by claimant. */
export function buildClaimsIndex(db: ClaimsDb): ClaimsIndex {
  const series = new Map<string, SeriesClaims[]>();
  for (const s of db.series) push(series, slotKey(s.metric, s.side), s);
  const statements = new Map<string, StatementClaim[]>();
  for (const st of db.statements) {
    push(statements, `${slotKey(st.metric, st.side)}|${st.claimantId}`, st);
  }
  const slots = new Map<
    string,
    { series: SeriesClaims[]; whole: SeriesClaims[]; groups: StatementGroup[] }
  >();
  const slotOf = (key: string) => {
    const slot = slots.get(key) ?? { series: [], whole: [], groups: [] };
    slots.set(key, slot);
    return slot;
  };
  for (const [key, list] of series) {
    slotOf(key).series.push(...list);
    slotOf(key).whole.push(...list.filter((s) => s.periodStart === WAR_START));
  }
  for (const list of statements.values()) {
    const first = list[0] as StatementClaim;
    slotOf(slotKey(first.metric, first.side)).groups.push(groupOf(list));
  }
  return { db, slots, byMetric: nest(slots) };
}

function nest(slots: ReadonlyMap<string, IndexSlot>): Map<Metric, Map<Side, IndexSlot>> {
  const out = new Map<Metric, Map<Side, IndexSlot>>();
  for (const [key, slot] of slots) {
    const [metric, side] = key.split('|') as [Metric, Side];
    const bySide = out.get(metric) ?? new Map<Side, IndexSlot>();
    bySide.set(side, slot);
    out.set(metric, bySide);
  }
  return out;
}

function groupOf(list: readonly StatementClaim[]): StatementGroup {
  const first = list[0] as StatementClaim;
  const sorted = [...list].sort((a, b) => a.day - b.day);
  const whole = sorted.filter((st) => st.periodStart === WAR_START);
  return {
    claimantId: first.claimantId,
    metric: first.metric,
    statements: sorted,
    whole,
    wholeDays: whole.map((st) => st.day),
  };
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
