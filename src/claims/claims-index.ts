import { areasOfSide, wholeWarStart } from '../core/conflicts';
import type { Area, Metric, Side } from '../core/vocabulary';
import { newestDay, runningSeries } from './data-age';
import type { ClaimsDb, SeriesClaims, StatementClaim } from './db-types';
import { loadClaimsDb } from './load';

/** One claimant's statements on one metric and side, oldest first. */
export interface StatementGroup {
  claimantId: string;
  metric: Metric;
  statements: readonly StatementClaim[];
  /** The whole-war statements (period start: the side's war start), oldest first. */
  whole: readonly StatementClaim[];
  /** Day numbers of `whole`, for binary search. */
  wholeDays: readonly number[];
}

/** Everything known for one metric and side (and area, for a side counted per area). */
export interface IndexSlot {
  series: readonly SeriesClaims[];
  /** The whole-war series (period start: the side's war start, src/core/conflicts.ts). */
  whole: readonly SeriesClaims[];
  groups: readonly StatementGroup[];
  /** Day number of the newest claim in the slot (-Infinity when empty): where its data ends. */
  newestDay: number;
}

/** Lookup structure for match(): claims grouped by metric and side, built once per DB load. */
export interface ClaimsIndex {
  db: ClaimsDb;
  slots: ReadonlyMap<string, IndexSlot>;
  /** The same slots by metric, then place (see placeKey): lookups without building a key. */
  byMetric: ReadonlyMap<Metric, ReadonlyMap<string, IndexSlot>>;
  /** The series still running when their dataset was taken (src/claims/data-age.ts). */
  running: ReadonlySet<SeriesClaims>;
}

const EMPTY_SLOT: IndexSlot = {
  series: [],
  whole: [],
  groups: [],
  newestDay: Number.NEGATIVE_INFINITY,
};

/** "russia", or "palestine/gaza" for a side counted per area. */
function placeKey(side: Side, area: Area | undefined): string {
  return area === undefined ? side : `${side}/${area}`;
}

/** The map key of a metric and side (and area). */
export function slotKey(metric: Metric, side: Side, area?: Area): string {
  return `${metric}|${placeKey(side, area)}`;
}

/**
 * The claims for a metric and side (empty when there are none). For a side counted per area the
 * area must be given and only that area's claims are returned; without one, none are: a
 * Palestinian figure of unknown area is never compared with Gaza's or the West Bank's tallies.
 */
export function slotFor(index: ClaimsIndex, metric: Metric, side: Side, area?: Area): IndexSlot {
  const areas = areasOfSide(side);
  if (area !== undefined ? !areas.includes(area) : areas.length > 0) return EMPTY_SLOT;
  return index.byMetric.get(metric)?.get(placeKey(side, area)) ?? EMPTY_SLOT;
}

/** Groups a loaded DB by metric+side(+area); statements are further grouped by claimant. */
export function buildClaimsIndex(db: ClaimsDb): ClaimsIndex {
  const slots = new Map<
    string,
    { series: SeriesClaims[]; whole: SeriesClaims[]; groups: StatementGroup[]; newestDay: number }
  >();
  const slotOf = (key: string) => {
    let slot = slots.get(key);
    if (!slot) {
      slot = { series: [], whole: [], groups: [], newestDay: Number.NEGATIVE_INFINITY };
      slots.set(key, slot);
    }
    return slot;
  };
  for (const s of db.series) {
    const slot = slotOf(slotKey(s.metric, s.side, s.area));
    slot.series.push(s);
    if (s.periodStart === wholeWarStart(s.side)) slot.whole.push(s);
  }
  const statements = new Map<string, StatementClaim[]>();
  for (const st of db.statements) {
    push(statements, `${slotKey(st.metric, st.side, st.area)}|${st.claimantId}`, st);
  }
  for (const list of statements.values()) {
    const first = list[0] as StatementClaim;
    slotOf(slotKey(first.metric, first.side, first.area)).groups.push(groupOf(list));
  }
  for (const slot of slots.values()) {
    slot.newestDay = newestDay(
      slot.series,
      slot.groups.flatMap((g) => g.statements),
    );
  }
  return { db, slots, byMetric: nest(slots), running: runningSeries(db) };
}

function nest(slots: ReadonlyMap<string, IndexSlot>): Map<Metric, Map<string, IndexSlot>> {
  const out = new Map<Metric, Map<string, IndexSlot>>();
  for (const [key, slot] of slots) {
    const [metric, place] = key.split('|') as [Metric, string];
    const byPlace = out.get(metric) ?? new Map<string, IndexSlot>();
    byPlace.set(place, slot);
    out.set(metric, byPlace);
  }
  return out;
}

function groupOf(list: readonly StatementClaim[]): StatementGroup {
  const first = list[0] as StatementClaim;
  const sorted = [...list].sort((a, b) => a.day - b.day);
  const start = wholeWarStart(first.side);
  const whole = sorted.filter((st) => st.periodStart === start);
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
