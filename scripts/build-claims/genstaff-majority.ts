/**
 * How one day's General Staff figure is chosen from its three transcriptions (PetroIvaniuk,
 * lod-db, minfin), which copy the same daily post by hand and sometimes slip: a digit, or the
 * day before's figure repeated. Pure, so the known cases are table-tested.
 */

export type Mirror = 'primary' | 'lod' | 'minfin';

/**
 * Which rule decided, for the build report:
 * - agree: every mirror that has the day gives the same value;
 * - majority: two of the three agree;
 * - neighbours: the mirrors split and exactly one value fits the days around it (a running total
 *   never falls, so it lies between the day before and the day after, and a value equal to the
 *   day before while another mirror moved is a repeat, not a report);
 * - tie-break: the neighbours settle nothing either; lod-db wins, the transcription linked to the
 *   MoD page (PROVENANCE §1), else the primary.
 */
export type Rule = 'agree' | 'majority' | 'neighbours' | 'tie-break';

/** One day's value in each transcription that has it. */
export type DayReadings = Partial<Record<Mirror, number>>;

export interface Choice {
  value: number;
  from: Mirror;
  rule: Rule;
}

/** The order mirrors are named in when several carry the winning value. */
const PREFERENCE: readonly Mirror[] = ['primary', 'lod', 'minfin'];
/** The tie-break order: lod-db links every day to the MoD page it was copied from. */
const TIE_BREAK: readonly Mirror[] = ['lod', 'primary', 'minfin'];

function present(readings: DayReadings): Mirror[] {
  return PREFERENCE.filter((m) => readings[m] !== undefined);
}

function firstWith(order: readonly Mirror[], readings: DayReadings, value: number): Mirror {
  return order.find((m) => readings[m] === value) as Mirror;
}

/**
 * The value two or more mirrors agree on (or the only mirror's), without looking at other days;
 * undefined when the mirrors split with no majority.
 */
export function majorityOf(readings: DayReadings): Omit<Choice, 'rule'> | undefined {
  const mirrors = present(readings);
  const values = mirrors.map((m) => readings[m] as number);
  const winner = values.find((v) => values.filter((w) => w === v).length * 2 > values.length);
  return winner === undefined
    ? undefined
    : { value: winner, from: firstWith(PREFERENCE, readings, winner) };
}

/**
 * The day's value. `before` is the value chosen for the previous reported day; `after` is the
 * next reported day's majority value, when it has one.
 */
export function chooseGsValue(
  readings: DayReadings,
  before: number | undefined,
  after: number | undefined,
): Choice | undefined {
  const mirrors = present(readings);
  if (mirrors.length === 0) return undefined;
  const distinct = new Set(mirrors.map((m) => readings[m] as number));
  const majority = majorityOf(readings);
  if (majority) return { ...majority, rule: distinct.size === 1 ? 'agree' : 'majority' };
  const fitting = [...distinct].filter((v) => fits(v, distinct, before, after));
  if (fitting.length === 1) {
    const value = fitting[0] as number;
    return { value, from: firstWith(PREFERENCE, readings, value), rule: 'neighbours' };
  }
  const from = TIE_BREAK.find((m) => readings[m] !== undefined) as Mirror;
  return { value: readings[from] as number, from, rule: 'tie-break' };
}

function fits(
  value: number,
  all: ReadonlySet<number>,
  before: number | undefined,
  after: number | undefined,
): boolean {
  if (before !== undefined && value < before) return false;
  if (after !== undefined && value > after) return false;
  const othersMoved = [...all].some((v) => v !== value && before !== undefined && v !== before);
  return !(value === before && othersMoved);
}
