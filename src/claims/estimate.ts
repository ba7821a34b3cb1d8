import { claimantById } from '../core/claimants';
import type { Candidate, MatchContext } from './candidate';
import { fromDayNumber } from './dates';
import { LOWER_BOUND_METHODS, type RelatedMetric } from './equivalences';
import { type Relation, relate } from './flags';
import { type Names, namesOf } from './names';
import {
  belowFloorReason,
  belowTotalReason,
  latestKnownReason,
  lowerBoundReason,
  overdueReason,
  periodReason,
  relatedReason,
  relationReason,
  staleQuoteReason,
  sumReason,
} from './reasons';
import type { Estimate, Flag, MatchQuery } from './types';

/** Turns a chosen figure into an Estimate with its flags, each with a plain-language reason. */
export function toEstimate(ctx: MatchContext, c: Candidate, related?: RelatedMetric): Estimate {
  const names = namesOf(c.claimantId);
  const date = fromDayNumber(c.day);
  const estimate: Estimate = {
    claimantId: c.claimantId,
    claimantName: names.name,
    claimantKind: names.kind,
    method: c.method,
    metric: c.metric,
    date,
    value: c.value,
    qualifier: c.qualifier,
    sourceUrl: c.sourceUrl,
    dataset: c.source.dataset,
    file: c.source.file,
    ref: c.ref || date,
    periodStart: c.periodStart,
    cited: ctx.query.claimant !== undefined && ctx.query.claimant === c.claimantId,
    flags: [],
    reasons: {},
  };
  if (c.low !== undefined) estimate.low = c.low;
  if (c.high !== undefined) estimate.high = c.high;
  if (c.next) estimate.next = c.next;
  if (ctx.query.area !== undefined) estimate.area = ctx.query.area;
  if (c.interval) estimate.interval = c.interval;
  addFlags(ctx, c, estimate, names, related);
  return estimate;
}

function flag(estimate: Estimate, name: Flag, reason: string): void {
  estimate.flags.push(name);
  (estimate.reasons as Partial<Record<Flag, string>>)[name] = reason;
}

function addFlags(
  ctx: MatchContext,
  c: Candidate,
  estimate: Estimate,
  names: Names,
  related: RelatedMetric | undefined,
): void {
  const { query } = ctx;
  const relation = relate(query, c);
  const staleQuote = c.older !== undefined && relation !== undefined && relation.flag !== 'matches';
  // An older claim equal to the article's figure explains it better than a digit swap.
  if (staleQuote && relation.flag === 'digits-swapped') relation.flag = 'differs';
  if (relation) flag(estimate, relation.flag, relationReason(query, names, c, relation));
  if (ctx.window) flag(estimate, 'period', periodReason(names, c));
  if (staleQuote) flag(estimate, 'stale', staleQuoteReason(query, names, c));
  else if (c.overdue) flag(estimate, 'stale', overdueReason(query, names, c, c.overdue));
  if (c.pastData !== undefined) flag(estimate, 'latest-known', latestKnownReason(names, c));
  if (!staleQuote && relation?.flag === 'differs' && isBelowTotal(ctx, c, estimate)) {
    flag(estimate, 'below-total', belowTotalReason(names, c));
  }
  addFloorFlags(query, c, estimate, names, relation?.flag);
  if (related) flag(estimate, related.flag, relatedReason(names, related.counts));
  if (c.parts) flag(estimate, 'metric-equivalence', sumReason(names, c));
}

/**
 * The article attributes a whole-war figure to a claimant whose tally only grows, and it is
 * below what that claimant had already published by the article's date. "More than 1 million" is
 * still true of a larger total, so a lower hedge is not flagged.
 */
function isBelowTotal(ctx: MatchContext, c: Candidate, estimate: Estimate): boolean {
  const { query } = ctx;
  return (
    estimate.cited &&
    claimantById(c.claimantId)?.runningTotal === true &&
    c.metric === query.metric &&
    !ctx.window &&
    !c.parts &&
    query.qualifier !== 'more-than' &&
    query.value !== null &&
    c.value !== null &&
    query.value < c.value
  );
}

/** lower-bound for a floor by method; below-floor when the article's figure is under it. */
function addFloorFlags(
  query: MatchQuery,
  c: Candidate,
  estimate: Estimate,
  names: Names,
  relation: Relation['flag'] | undefined,
): void {
  if (!LOWER_BOUND_METHODS.has(c.method)) return;
  flag(estimate, 'lower-bound', lowerBoundReason(query, names, c));
  const floor = c.value ?? c.low;
  const figure = query.value ?? query.high;
  // "More than 400" is true of a floor of 519, and "about 500" is the floor itself, rounded; the
  // cited floor is judged by stale instead, and a related metric is no floor for this one.
  const comparable =
    c.metric === query.metric &&
    !c.span &&
    !estimate.cited &&
    query.qualifier !== 'more-than' &&
    relation !== 'rounded';
  if (comparable && floor !== undefined && figure !== undefined && figure < floor) {
    flag(estimate, 'below-floor', belowFloorReason(names, c, floor));
  }
}
