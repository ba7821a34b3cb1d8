import { z } from 'zod/mini';
import { matching } from './schema-parts';

// zod/mini everywhere in src/: the same validation at a quarter of classic zod's size in the
// content script, which every page loads. Never let zod compile validators with `new Function`: extension pages forbid eval (MV3 CSP),
// and probing for it in a content script is exactly what a security review flags.
z.config({ jitless: true });

/**
 * The shared vocabulary of Crosscount: what a loss figure can count, whose losses they are, how
 * a claimant hedged it and how the claimant produced it. Detection and the claims database both
 * speak it, so a mention found in a page can be matched against a claim without translation.
 */

export const METRICS = [
  'personnel_killed',
  'personnel_wounded',
  'personnel_casualties',
  'personnel_captured',
  'personnel_missing',
  'civilians_killed',
  'civilians_injured',
  'children_killed',
  // Everyone killed or injured, where the source does not separate civilians from combatants
  // (the Gaza Ministry of Health, OCHA West Bank, Lebanon's Ministry of Public Health).
  'people_killed',
  'people_injured',
  'tanks',
  'armored_vehicles',
  // Russian MoD reports "tanks and other armoured combat vehicles" as one figure (GUIDE §5).
  'tanks_and_armored_vehicles',
  'artillery',
  'mlrs',
  'air_defense',
  'aircraft',
  'helicopters',
  'drones',
  'ships',
  'submarines',
  'vehicles',
  'missiles',
  'special_equipment',
  'other',
] as const;
export const MetricSchema = z.enum(METRICS);
export type Metric = z.infer<typeof MetricSchema>;

/** Whose losses a figure counts. `unknown` when the text does not say. */
export const SIDES = ['russia', 'ukraine', 'palestine', 'israel', 'lebanon', 'unknown'] as const;
export const SideSchema = z.enum(SIDES);
export type Side = z.infer<typeof SideSchema>;

/**
 * Where within a side's territory the losses were counted, for a side whose sources count its
 * areas apart: the Gaza Ministry of Health counts Gaza, OCHA's flash updates the West Bank, and
 * the two tallies must never be compared with each other (src/core/conflicts.ts says which side
 * is split into which areas).
 */
export const AREAS = ['gaza', 'west-bank'] as const;
export const AreaSchema = z.enum(AREAS);
export type Area = z.infer<typeof AreaSchema>;

/** How the figure was hedged: "about 20,600", "more than 14,000", "up to 40,000". */
export const QUALIFIERS = ['exact', 'about', 'more-than', 'up-to'] as const;
export const QualifierSchema = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof QualifierSchema>;

/** How a claimant produced its figure; shown as a badge so a reader can weigh it. */
export const METHODS = [
  'party-claim',
  'visually-confirmed',
  'named-dead',
  'intelligence-estimate',
  'un-verified',
  'statistical-model',
  'health-ministry',
] as const;
export const MethodSchema = z.enum(METHODS);
export type Method = z.infer<typeof MethodSchema>;

export const CLAIMANT_KINDS = [
  'party-to-conflict',
  'third-government',
  'international-org',
  'independent',
  'media-estimate',
] as const;
export const ClaimantKindSchema = z.enum(CLAIMANT_KINDS);
export type ClaimantKind = z.infer<typeof ClaimantKindSchema>;

/** An ISO calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = matching(/^\d{4}-\d{2}-\d{2}$/);
export type IsoDate = string;
