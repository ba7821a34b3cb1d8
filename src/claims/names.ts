import { claimantById } from '../core/claimants';
import type { ClaimantKind } from '../core/vocabulary';
import { fromDayNumber } from './dates';
import { capitalize, formatDay, possessive } from './format';

/** A claimant's names, in the forms the reasons need ("the General Staff", "The General Staff's"). */
export interface Names {
  id: string;
  name: string;
  kind: ClaimantKind;
  who: string;
  Who: string;
  whose: string;
  Whose: string;
}

// Memos: reasons name the same few claimants and days again and again. Both are bounded (one
// entry per claimant, one per day of the war), and a pure function of their key.
const NAMES = new Map<string, Names>();
const DAYS = new Map<number, string>();

/** The names of a claimant (an unknown id names itself). */
export function namesOf(id: string): Names {
  const cached = NAMES.get(id);
  if (cached) return cached;
  const claimant = claimantById(id);
  const who = claimant ? (claimant.short ?? claimant.name) : id;
  const names: Names = {
    id,
    name: claimant?.name ?? id,
    kind: claimant?.kind ?? 'independent',
    who,
    Who: capitalize(who),
    whose: possessive(who),
    Whose: capitalize(possessive(who)),
  };
  NAMES.set(id, names);
  return names;
}

/** "18 Apr 2022" for a day number. */
export function dayText(day: number): string {
  let text = DAYS.get(day);
  if (text === undefined) {
    text = formatDay(fromDayNumber(day));
    DAYS.set(day, text);
  }
  return text;
}
