import type { Area, IsoDate, Side } from './vocabulary';

/**
 * The wars the database covers, as data: which sides each has, the day its running totals count
 * from, and which sides are counted per area. The matcher asks this table (never a hard-coded
 * date) whether a claim is a whole-war running total comparable with an article's "have been
 * killed" figure.
 */
export interface ConflictRecord {
  id: string;
  sides: readonly Side[];
  /** First day counted by the conflict's whole-war running totals. */
  start: IsoDate;
  /** A side whose front opened on another day than `start` (Lebanon: 8 October 2023). */
  sideStarts?: Partial<Record<Side, IsoDate>>;
  /**
   * Sides whose losses are counted per area, never as one total: each claim and each compared
   * figure of such a side names its area, and areas are never compared with each other.
   */
  areas?: Partial<Record<Side, readonly Area[]>>;
}

export const CONFLICTS: readonly ConflictRecord[] = [
  { id: 'russia-ukraine', sides: ['russia', 'ukraine'], start: '2022-02-24' },
  {
    id: 'gaza-west-bank-lebanon',
    sides: ['palestine', 'israel', 'lebanon'],
    // Hamas's attack on Israel; the Gaza and West Bank tallies count from this day.
    start: '2023-10-07',
    // Hezbollah's first strikes; Lebanon's Ministry of Public Health counts from the next day.
    sideStarts: { lebanon: '2023-10-08' },
    areas: { palestine: ['gaza', 'west-bank'] },
  },
];

const BY_SIDE = new Map<Side, ConflictRecord>(
  CONFLICTS.flatMap((c) => c.sides.map((side): [Side, ConflictRecord] => [side, c])),
);

/** The conflict a side belongs to (undefined for `unknown`). */
export function conflictOfSide(side: Side): ConflictRecord | undefined {
  return BY_SIDE.get(side);
}

/** The period start of a side's whole-war running totals, e.g. 2022-02-24 for Russia. */
export function wholeWarStart(side: Side): IsoDate | undefined {
  const conflict = BY_SIDE.get(side);
  return conflict ? (conflict.sideStarts?.[side] ?? conflict.start) : undefined;
}

const NO_AREAS: readonly Area[] = [];

/** The areas a side's losses are counted in apart; empty for a side counted as a whole. */
export function areasOfSide(side: Side): readonly Area[] {
  return BY_SIDE.get(side)?.areas?.[side] ?? NO_AREAS;
}
