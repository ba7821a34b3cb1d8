import type { Metric } from '../core/vocabulary';
import type { Candidate } from './candidate';
import { hasLossWord } from './context';
import { nounPhraseAt } from './metrics';
import type { Word } from './words';

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

/** How many items a list needs before a loss word anywhere near makes all of them losses. */
const LONG_LIST = 3;
const longLists = new WeakMap<readonly Word[], boolean>();

/**
 * "According to the ministry, a total of 651 aircraft, 283 helicopters, 39,144 unmanned aerial
 * vehicles, 590 missile systems, …": a list of three or more counts of equipment in a sentence
 * that, or whose sentence before, speaks of loss ("shot down", "destroyed", "losses") is that
 * loss's tally, whatever words stand between the loss word and the list. Read once per sentence.
 */
export function isLongLossList(words: readonly Word[], previous: () => readonly Word[]): boolean {
  let known = longLists.get(words);
  if (known === undefined) {
    known = isLongList(words, previous);
    longLists.set(words, known);
  }
  return known;
}

function isLongList(words: readonly Word[], previous: () => readonly Word[]): boolean {
  const first = firstOfLongList(words);
  if (first < 0 || words.some((w, i) => isNotLost(w.norm, words[i + 1]?.norm))) return false;
  return hasLossWord(words.slice(0, first)) || hasLossWord(previous());
}

/**
 * Words of having, sending or launching: "has 300 tanks, 200 artillery systems and 50 aircraft",
 * "launched 50 drones, 10 cruise missiles and 4 Kinzhals" are no losses, whatever came before.
 */
const isNotLost = (norm: string, next: string | undefined) =>
  NOT_LOST.has(norm) && !(HAVING.has(norm) && AFTER_HAVING.has(next ?? ''));
const HAVING = new Set(['has', 'have', 'had']);
/** "have been destroyed", "has lost": an auxiliary, not possession. */
const AFTER_HAVING = new Set(['been', 'lost', 'destroyed', 'downed', 'shot', 'intercepted']);
const NOT_LOST = new Set(
  (
    'has have had owns own possess possesses supplied delivered sent received produced ' +
    'pledged promised donated transferred launched fired deployed inventory stockpile stockpiles'
  ).split(' '),
);

/** The index of the first number of a list of LONG_LIST equipment counts, or -1. */
function firstOfLongList(words: readonly Word[]): number {
  let items = 0;
  let first = -1;
  for (let i = 0; i < words.length && items < LONG_LIST; i++) {
    if (!/^\d/.test(words[i]?.norm ?? '')) continue;
    let j = i + 1;
    // "20,137" is one word; "1 504" two.
    while (/^\d/.test(words[j]?.norm ?? '')) j++;
    if (nounPhraseAt(words, j)?.noun.kind !== 'equipment') continue;
    if (first < 0) first = i;
    items++;
  }
  return items >= LONG_LIST ? first : -1;
}

/**
 * "In terms of weapons and military equipment, they have lost:\n- 45 tanks;\n- 256 armoured
 * combat vehicles;": a bulleted line under a header that ends with a colon and names a loss.
 * Bullet lines above this one are skipped on the way to the header.
 */
export function isBulletOfLossList(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (start - lineStart > 24 || !BULLET_PREFIX.test(text.slice(lineStart, start))) return false;
  let end = lineStart - 1;
  for (let lines = 0; lines < MAX_BULLETS && end > 0 && lineStart - end < HEADER_REACH; lines++) {
    const from = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(from, end).trim();
    if (!BULLET_LINE.test(line)) return line.endsWith(':') && LOSS_HEADER.test(line);
    end = from - 1;
  }
  return false;
}

const MAX_BULLETS = 12;
const HEADER_REACH = 900;
/** A bullet, and perhaps a hedge, before the number: "- ", "• more than ". */
const BULLET_PREFIX =
  /^[ \t]*[-–—•▪*][ \t\u00a0]*(?:(?:more than|over|about|around|up to|at least)[ \t\u00a0]+)?$/iu;
const BULLET_LINE = /^[-–—•▪*]/u;
const LOSS_HEADER =
  /\b(?:lost|losses|destroyed|shot down|downed|eliminated|liquidated|damaged|captured|neutrali[sz]ed)\b/i;

/**
 * "… alongside extensive equipment destruction. This includes 11,515 tanks, …": a sentence that
 * opens by including things in the loss named by the sentence before lists that loss's items.
 */
export function includesLosses(words: readonly Word[], previous: readonly Word[]): boolean {
  const opener = `${words[0]?.norm} ${words[1]?.norm}`;
  return INCLUDES.has(opener) && hasLossWord(previous);
}

/**
 * "destroyed 64 drones: 20 UAVs over the Samara Region, eight UAVs each over the Voronezh and
 * Saratov Regions, …": a count of the same equipment right after a figure of it, with only
 * places between, breaks that figure down.
 */
export function breakdownOf(
  text: string,
  previous: Candidate | undefined,
  start: number,
  metric: Metric,
): boolean {
  if (!previous || previous.metric !== metric) return false;
  const between = text.slice(previous.end, start);
  return between.length <= 80 && BREAKDOWN_GAP.test(between);
}

// Punctuation, "and", "including", "each", prepositions of place and capitalised place names.
const BREAKDOWN_GAP =
  /^(?:[\s,:;]|and\b|including\b|each\b|over\b|above\b|in\b|near\b|the\b|of\b|regions?\b|oblasts?\b|provinces?\b|directions?\b|axis\b|sectors?\b|fronts?\b|\p{Lu}[\p{L}-]*)*$/u;

const INCLUDES = new Set([
  'this includes',
  'these include',
  'they include',
  'that includes',
  'it includes',
  'among them',
  'these included',
  'this included',
]);
