import type { Side } from '../core/vocabulary';
import { wordTable } from '../core/word-table';
import type { Word } from './words';

/**
 * Whose losses a figure counts. The words that name a side ("Russian", "Ukraine's", "occupiers")
 * often name a source or a place instead, so each occurrence is judged by its neighbours:
 * - "in Ukraine", "of Russia": a bare country name after a preposition is a place, not a side;
 * - "Ukrainian authorities", "Ukraine's Ministry of Defence": a side word before a source noun
 *   names who speaks, not who lost;
 * - "Ukrainian forces destroyed 30 tanks": when the loss verb is active and precedes the number,
 *   the side named before it is the attacker, so the losses are the other side's.
 */

export const SIDE_WORDS: Record<string, Side> = wordTable({
  russia: 'russia',
  "russia's": 'russia',
  russian: 'russia',
  russians: 'russia',
  "moscow's": 'russia',
  "putin's": 'russia',
  "kremlin's": 'russia',
  enemy: 'russia',
  "enemy's": 'russia',
  adversary: 'russia',
  "adversary's": 'russia',
  occupiers: 'russia',
  occupier: 'russia',
  invaders: 'russia',
  ukraine: 'ukraine',
  "ukraine's": 'ukraine',
  ukrainian: 'ukraine',
  ukrainians: 'ukraine',
  "kyiv's": 'ukraine',
  "kiev's": 'ukraine',
  // The Russian MoD's abbreviation for the Armed Forces of Ukraine ("The AFU losses amounted to").
  afu: 'ukraine',
  "afu's": 'ukraine',
  wagner: 'russia',
  "wagner's": 'russia',
  palestinian: 'palestine',
  palestinians: 'palestine',
  "gaza's": 'palestine',
  gazans: 'palestine',
  hamas: 'palestine',
  "hamas's": 'palestine',
  israel: 'israel',
  "israel's": 'israel',
  israeli: 'israel',
  israelis: 'israel',
  idf: 'israel',
  lebanon: 'lebanon',
  "lebanon's": 'lebanon',
  lebanese: 'lebanon',
  hezbollah: 'lebanon',
  "hezbollah's": 'lebanon',
});

const COUNTRY_NAMES = new Set(['russia', 'ukraine', 'israel', 'lebanon']);
const PLACE_PREPOSITIONS = new Set([
  // "a training site in northeastern Ukraine": a direction makes the country a place too.
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'in',
  'into',
  'inside',
  'across',
  'throughout',
  'near',
  'to',
  'from',
  'of',
  'over',
  'against',
  'on',
  'at',
  'toward',
  'towards',
  'with',
  'for',
]);
const SOURCE_HEADS = new Set([
  'authorities',
  'officials',
  'official',
  'ministry',
  'government',
  'president',
  'intelligence',
  'general',
  'defence',
  'defense',
  'security',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'media',
  'state',
  'sources',
  'prosecutor',
  'prosecutors',
  'embassy',
  'health',
]);
/** "Ukraine's army said …" names a source; "Kyiv's army has lost …" the loser. */
export const SPEAKERS = new Set(['army', 'military', 'navy', 'air']);
const REPORTING = new Set(
  'said says say claimed claims reported reports announced estimated estimates stated'.split(' '),
);

/**
 * Nouns of attack: a side word before one of them ("Russian shelling", "Israeli strikes", "the
 * Hamas attack") names the attacker, so the losses of the sentence are the other side's.
 */
const ATTACK_HEADS = new Set(
  (
    'strike strikes airstrike airstrikes air-strike shelling shell shells bombardment bombing ' +
    'bombings attack attacks offensive assault missile missiles rocket rockets drone drones ' +
    'artillery fire raid raids'
  ).split(' '),
);

export const AGENT_PARTICIPLES = new Set(
  'destroyed killed downed down captured hit eliminated liquidated wounded injured sunk damaged'.split(
    ' ',
  ),
);

/**
 * Capitals standing for their governments ("Moscow lost 15 tanks"). Kept out of SIDE_WORDS so
 * that they make no war context on their own: most news from Moscow or Kyiv is not about losses.
 */
const CAPITALS: Record<string, Side> = wordTable({
  moscow: 'russia',
  kremlin: 'russia',
  kyiv: 'ukraine',
  kiev: 'ukraine',
});

/** The side a word names on its own ("russian" -> russia), ignoring context. */
export function sideWord(norm: string): Side | undefined {
  return SIDE_WORDS[norm];
}

/**
 * The other party: Russia and Ukraine are each other's; Hamas and Hezbollah attack Israel. Israel
 * fights in both Gaza and Lebanon, so its opponent is left to the place or other words.
 */
export function opposite(side: Side): Side | undefined {
  if (side === 'russia') return 'ukraine';
  if (side === 'ukraine') return 'russia';
  if (side === 'palestine' || side === 'lebanon') return 'israel';
  return undefined;
}

/** A side word in context: the side, and whether it names the attacker ("Russian shelling"). */
interface SideHit {
  side: Side;
  attacker: boolean;
  /** It is the subject of a reporting verb ("Ukraine says …"): a speaker first, maybe a loser. */
  speaker: boolean;
}

/** The side that `words[i]` names, or undefined when it names a place or a source. */
export function sideHitAt(words: readonly Word[], i: number): SideHit | undefined {
  const word = words[i];
  const side = word ? (SIDE_WORDS[word.norm] ?? CAPITALS[word.norm]) : undefined;
  if (!word || !side) return undefined;
  const prev = words[i - 1]?.norm ?? '';
  const place = COUNTRY_NAMES.has(word.norm) || word.norm in CAPITALS;
  if (place && PLACE_PREPOSITIONS.has(prev)) return undefined;
  const next = words[i + 1]?.norm ?? '';
  // "Kyiv says 5,000 soldiers were killed": the capital speaks, it does not lose.
  if (word.norm in CAPITALS && REPORTING.has(next)) return undefined;
  const attacker =
    ATTACK_HEADS.has(next) ||
    (ATTACK_HEADS.has(words[i + 2]?.norm ?? '') && /^(missile|drone|rocket|air)$/.test(next));
  if (!attacker && SOURCE_HEADS.has(next)) return undefined;
  const speaks = REPORTING.has(words[i + 2]?.norm ?? '') || REPORTING.has(words[i + 3]?.norm ?? '');
  // "Israel's military says 260 soldiers have been killed": a speaker, the loser only when the
  // sentence names no other side (see sideNear).
  const military = SPEAKERS.has(next) && speaks;
  return { side, attacker, speaker: REPORTING.has(next) || military };
}

/** The side that `words[i]` names as a loser, or undefined (a place, a source or no side). */
export function sideAt(words: readonly Word[], i: number): Side | undefined {
  const hit = sideHitAt(words, i);
  if (!hit) return undefined;
  return hit.attacker ? opposite(hit.side) : hit.side;
}

/** The side named by the modifiers of a noun phrase ("Russian personnel"), if any. */
export function sideOfModifiers(modifiers: readonly Word[]): Side | undefined {
  for (let i = 0; i < modifiers.length; i++) {
    const word = modifiers[i] as Word;
    const side = SIDE_WORDS[word.norm];
    if (side) return side;
    // North Korean troops fight for Russia: their losses are counted with its own.
    if (word.norm === 'korean' && modifiers[i - 1]?.norm === 'north') return 'russia';
  }
  return undefined;
}
