import { CLAIMANTS } from './claimants-data';
import type { ClaimantKind } from './vocabulary';

export { CLAIMANTS };

/**
 * The claimant registry: every body whose figures we show, with one canonical id each.
 * How articles name each claimant is the detector's business (./claimant-aliases.ts), how the raw
 * datasets spell it the claims build's (scripts/build-claims/dataset-names.ts).
 */
export interface ClaimantRecord {
  id: string;
  name: string;
  kind: ClaimantKind;
  /** What the claimant's figures count, in one plain sentence for the reader. */
  counts: string;
  /** https: homepage of the claimant or of its publication. */
  homepage: string;
  /**
   * A short name for sentences, with "the" where English needs it ("the General Staff said 790");
   * `name` when absent.
   */
  short?: string;
  /** How often its running tally is updated; only claimants with a dated series have one. */
  cadence?: Cadence;
  /**
   * Its dated figures are a running total since the war's start, which can only grow: an
   * article's figure below the claimant's own earlier total is an old figure or a misquote.
   */
  runningTotal?: boolean;
}

/**
 * How often a claimant publishes its running tally, so a comparison can say when the latest
 * figure on or before an article's date is older than the claimant's own rhythm allows.
 */
export interface Cadence {
  /** For the reader: "daily", "every few weeks". */
  every: string;
  /** Days after which its latest figure no longer counts as current. */
  staleAfterDays: number;
  /**
   * True when a date without a figure means "unchanged" (Oryx's history has a commit only when a
   * count changed), so only a gap after the last figure makes it stale.
   */
  carriesForward?: boolean;
}

const BY_ID = new Map(CLAIMANTS.map((claimant) => [claimant.id, claimant]));

/** The registry record for an id, or undefined for an unknown id. */
export function claimantById(id: string): ClaimantRecord | undefined {
  return BY_ID.get(id);
}

/** The short name of a claimant for sentences; the id itself when unknown. */
export function shortName(id: string): string {
  const claimant = BY_ID.get(id);
  return claimant ? (claimant.short ?? claimant.name) : id;
}
