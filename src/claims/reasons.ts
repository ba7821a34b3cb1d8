import type { Cadence } from '../core/claimants';
import type { Candidate } from './candidate';
import { FLOOR_WORDS } from './equivalences';
import { type Relation, roundingWord } from './flags';
import { formatCount, formatDay, formatFigure } from './format';
import { dayText as day, type Names } from './names';
import type { MatchQuery } from './types';

/**
 * The plain-language reason for each flag, one sentence each ("The General Staff said 790 on
 * 18 Apr 2022"). Reasons stay well under the 300 characters the message schema allows.
 */

/** What the claimant said: "the General Staff said 790 on 18 Apr 2022". */
export function claimText(n: Names, c: Candidate, capital = false): string {
  const who = capital ? n.Who : n.who;
  const whose = capital ? n.Whose : n.whose;
  const total = formatCount(c.value ?? 0);
  if (c.span) return `${whose} total rose by ${total} from ${day(c.span.fromDay)} to ${day(c.day)}`;
  if (c.parts) {
    return `${whose} ${c.parts.map((p) => p.words).join(' and ')} add up to ${total} on ${day(c.day)}`;
  }
  return `${who} said ${formatFigure(c)} on ${day(c.day)}`;
}

/** The reason for the relation flag (matches, digits-swapped, rounded, differs). */
export function relationReason(
  query: MatchQuery,
  n: Names,
  c: Candidate,
  relation: Relation,
): string {
  const against = relation.against === undefined ? '' : formatCount(relation.against);
  switch (relation.flag) {
    case 'matches':
      return claimText(n, c, true);
    case 'digits-swapped':
      return `${formatCount(query.value ?? 0)} has the digits of ${against}: ${claimText(n, c)}`;
    case 'rounded':
      return `The article's "${formatFigure(query)}" is ${against} ${roundingWord(query.qualifier)}: ${claimText(n, c)}`;
    default:
      return `${claimText(n, c, true)}; the article says ${formatFigure(query)}`;
  }
}

/** The article quotes an older figure of the cited claimant than its latest by the article's date. */
export function staleQuoteReason(query: MatchQuery, n: Names, c: Candidate): string {
  const older = c.older ? day(c.older.day) : '';
  return `By ${formatDay(query.asOf)} ${n.who} had published ${formatFigure(c)} (${day(c.day)}); the article quotes its figure of ${older}`;
}

/** The claimant's latest figure is older than its cadence allows. */
export function overdueReason(query: MatchQuery, n: Names, c: Candidate, cadence: Cadence) {
  return `${n.Whose} latest figure by ${formatDay(query.asOf)} dates from ${day(c.day)}, though it usually publishes ${cadence.every}`;
}

/** The newest figure in our data, older than the article: "… 104 days before the article". */
export function latestKnownReason(n: Names, c: Candidate): string {
  const days = c.pastData ?? 0;
  return `The newest figure in Crosscount's data: ${claimText(n, c)}, ${formatCount(days)} ${days === 1 ? 'day' : 'days'} before the article's date`;
}

/** "Lower than the General Staff's 1,475,270 of 22 Aug 2026: an old figure, or a misquote?" */
export function belowTotalReason(n: Names, c: Candidate): string {
  return `Lower than ${n.whose} ${formatFigure(c)} of ${day(c.day)}, and its total only grows: an old figure, or a misquote?`;
}

/** The increase over the article's period, and the totals it was computed from. */
export function periodReason(n: Names, c: Candidate): string {
  if (!c.span) {
    return `${n.Who} counted ${formatFigure(c)} from ${formatDay(c.periodStart)} to ${day(c.day)}`;
  }
  const { fromDay, fromValue, toValue } = c.span;
  return `${n.Whose} running total went from ${formatCount(fromValue)} on ${day(fromDay)} to ${formatCount(toValue)} on ${day(c.day)}: +${formatCount(toValue - fromValue)}`;
}

/** A floor by method: how far above it the article's figure is, or what it counts. */
export function lowerBoundReason(query: MatchQuery, n: Names, c: Candidate): string {
  const words = FLOOR_WORDS[c.method];
  const floor = c.value ?? c.low;
  const figure = query.value ?? query.high;
  if (!c.span && figure !== undefined && floor !== undefined && floor > 0 && figure > floor) {
    const ratio = figure / floor;
    const shown = ratio < 10 ? ratio.toFixed(1) : String(Math.round(ratio));
    const count = words ? `${words.adjective} count` : 'count';
    return `${formatCount(figure)} is ${shown}× ${n.whose} ${count}`;
  }
  return `${n.Who} counts only ${words?.only ?? 'what it can verify'}: a floor, not an estimate`;
}

/** The article's figure is below a floor: "Below Oryx's 519 visually confirmed (18 Apr 2022)". */
export function belowFloorReason(n: Names, c: Candidate, floor: number): string {
  const words = FLOOR_WORDS[c.method];
  return `Below ${n.whose} ${formatCount(floor)} ${words?.adjective ?? 'confirmed'} (${day(c.day)})`;
}

/** A related metric: "The General Staff's figure counts killed and wounded together, …". */
export function relatedReason(n: Names, counts: string): string {
  return `${n.Whose} figure counts ${counts}`;
}

/** A derived sum: "Oryx's tanks (519, 18 Apr 2022) and armoured combat vehicles (…) added up". */
export function sumReason(n: Names, c: Candidate): string {
  const parts = (c.parts ?? []).map((p) => `${p.words} (${formatCount(p.value)}, ${day(p.day)})`);
  return `${n.Whose} ${parts.join(' and ')} added up: it counts them apart`;
}
