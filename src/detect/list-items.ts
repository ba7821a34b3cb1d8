import type { Candidate } from './candidate';

/**
 * The next item of a list of losses: "six tanks, 11 armored combat vehicles, …, and one unit of
 * special equipment"; "17 Leopard tanks manufactured in Germany, five AMX tanks produced in
 * France, and 12 Bradley infantry fighting vehicles". An equipment count right after a figure of
 * equipment, with only a list's joints between them (commas, "and", "as well as", a bracketed
 * abbreviation, a short "made in Germany"), is an item of the same loss: the verb that made the
 * first item a loss reaches it too, however long the list.
 */
export function continuesEquipmentList(
  text: string,
  previous: Candidate | undefined,
  start: number,
): boolean {
  if (!previous || previous.trailing || previous.unit !== 'count') return false;
  // Soldiers lost and then their equipment ("250 soldiers, six tanks"), not civilians.
  if (
    previous.people &&
    previous.people.kind !== 'personnel' &&
    !previous.metric.startsWith('personnel_')
  )
    return false;
  const gap = text.slice(previous.end, start);
  return gap.length <= 80 && LIST_JOINT.test(gap);
}

/** Where it was made ("manufactured in Germany", "made by France", "supplied by the US"). */
const ORIGIN = String.raw`(?:[ \u00a0]+(?:\p{Ll}+ed|made|built)[ \u00a0]+(?:in|by|from)[ \u00a0]+(?:the[ \u00a0]+)?\p{Lu}[\p{L}.-]*(?:[ \u00a0]+\p{Lu}[\p{L}.-]*)?)?`;
const BRACKET = String.raw`(?:[ \u00a0]*\([^()]{1,24}\))?`;
const JOINT = String.raw`(?:[ \u00a0]*[,;][ \u00a0]*|[ \u00a0]+)(?:(?:and|as[ \u00a0]+well[ \u00a0]+as|plus|along[ \u00a0]+with)[ \u00a0]+)?`;
/** "…, as well as various armored vehicles including 17 Leopard tanks": a breakdown opens. */
const INCLUDING = String.raw`(?:(?:[\p{Ll}-]+[ \u00a0]+){0,4}(?:including|among[ \u00a0]+them|of[ \u00a0]+which)[ \u00a0]+)?`;
const LIST_JOINT = new RegExp(`^${BRACKET}${ORIGIN}${JOINT}${INCLUDING}$`, 'u');
