import type { Side } from '../core/vocabulary';
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

const SIDE_WORDS: Record<string, Side> = {
  russia: 'russia',
  "russia's": 'russia',
  russian: 'russia',
  russians: 'russia',
  "moscow's": 'russia',
  enemy: 'russia',
  "enemy's": 'russia',
  occupiers: 'russia',
  occupier: 'russia',
  invaders: 'russia',
  ukraine: 'ukraine',
  "ukraine's": 'ukraine',
  ukrainian: 'ukraine',
  ukrainians: 'ukraine',
  "kyiv's": 'ukraine',
  "kiev's": 'ukraine',
};

const COUNTRY_NAMES = new Set(['russia', 'ukraine']);
const PLACE_PREPOSITIONS = new Set([
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
]);

const AGENT_PARTICIPLES = new Set(
  'destroyed killed downed down captured hit eliminated liquidated wounded injured sunk damaged'.split(
    ' ',
  ),
);

/** The side a word names on its own ("russian" -> russia), ignoring context. */
export function sideWord(norm: string): Side | undefined {
  return SIDE_WORDS[norm];
}

/** The other party of the Russia–Ukraine war; unknown stays unknown. */
export function opposite(side: Side): Side {
  if (side === 'russia') return 'ukraine';
  if (side === 'ukraine') return 'russia';
  return side;
}

/** The side that `words[i]` names as a loser, or undefined when it names a place or a source. */
export function sideAt(words: readonly Word[], i: number): Side | undefined {
  const word = words[i];
  const side = word ? SIDE_WORDS[word.norm] : undefined;
  if (!word || !side) return undefined;
  const prev = words[i - 1]?.norm ?? '';
  if (COUNTRY_NAMES.has(word.norm) && PLACE_PREPOSITIONS.has(prev)) return undefined;
  if (SOURCE_HEADS.has(words[i + 1]?.norm ?? '')) return undefined;
  return side;
}

/** The side named by the modifiers of a noun phrase ("Russian personnel"), if any. */
export function sideOfModifiers(modifiers: readonly Word[]): Side | undefined {
  for (const word of modifiers) {
    const side = SIDE_WORDS[word.norm];
    if (side) return side;
  }
  return undefined;
}

/**
 * The side of a figure at offset `at` from the words of its sentence: the nearest side word
 * before it, else the first one after it. `agentive` means the loss verb before the number is
 * active ("destroyed 30 tanks"), so a side named before the number is the attacker.
 */
export function sideNear(words: readonly Word[], at: number, agentive: boolean): Side | undefined {
  let firstAfter = -1;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i];
    if (!word) continue;
    if (word.end <= at) {
      const side = sideAt(words, i);
      if (side) return agentive ? opposite(side) : side;
    } else if (sideAt(words, i)) {
      firstAfter = i;
    }
  }
  const side = firstAfter >= 0 ? sideAt(words, firstAfter) : undefined;
  if (!side) return undefined;
  // "30 tanks were destroyed by Ukrainian forces": the agent is the other side; but in "lost by
  // Russian units" the side after "by" is the loser.
  const byAgent =
    words[firstAfter - 1]?.norm === 'by' &&
    AGENT_PARTICIPLES.has(words[firstAfter - 2]?.norm ?? '');
  return byAgent ? opposite(side) : side;
}

/** The last side named in a run of words (a previous sentence), or undefined. */
export function lastSide(words: readonly Word[]): Side | undefined {
  for (let i = words.length - 1; i >= 0; i--) {
    const side = sideAt(words, i);
    if (side) return side;
  }
  return undefined;
}
