import type { Side } from '../core/vocabulary';
import { AGENT_PARTICIPLES, opposite, SIDE_WORDS, SPEAKERS, sideAt, sideHitAt } from './sides';
import type { Word } from './words';

/**
 * Whose loss a figure is, read from the side words of its sentence (sides.ts judges each word):
 * the nearest one, turned round when it names the attacker; "by its armed forces"; an army that
 * reports its own dead; the last side named in the sentence before.
 */

/**
 * The side of a figure at offset `at` from the words of its sentence: the nearest side word
 * before it, else the first one after it. `agentive` means the loss verb before the number is
 * active ("destroyed 30 tanks"), so a side named before the number is the attacker; a side word
 * before an attack noun ("Russian shelling") names the attacker wherever it stands.
 */
export function sideNear(words: readonly Word[], at: number, agentive: boolean): Side | undefined {
  // "Ukraine says about 40 sailors died": a speaker is the losing side only when no other side
  // word is found ("Russia says 1,351 of its soldiers were killed").
  return (
    byOwnForces(words, at) ??
    nearest(words, at, agentive, false) ??
    nearest(words, at, agentive, true)
  );
}

/**
 * "Ukraine also said that 236 aircraft … had been destroyed by its armed forces": the agent is
 * the sentence's own side, named earlier, so the losses are the other side's.
 */
function byOwnForces(words: readonly Word[], at: number): Side | undefined {
  const after = words.findIndex((w) => w.start >= at);
  if (after < 0) return undefined;
  for (let i = after; i < words.length - 2; i++) {
    if (words[i]?.norm !== 'by' || !AGENT_PARTICIPLES.has(words[i - 1]?.norm ?? '')) continue;
    if (!OWN.has(words[i + 1]?.norm ?? '')) return undefined;
    const armed = words[i + 2]?.norm === 'armed' ? 3 : 2;
    if (!FORCES.has(words[i + armed]?.norm ?? '')) return undefined;
    for (let j = 0; j < i; j++) {
      const hit = sideHitAt(words, j);
      if (hit) return opposite(hit.side);
    }
    // "by its forces" with no side before: the subject is a country named as a place.
    for (let j = 0; j < i; j++) {
      const side = SIDE_WORDS[words[j]?.norm ?? ''];
      if (side) return opposite(side);
    }
    return undefined;
  }
  return undefined;
}

/**
 * "The Israeli army said 82 soldiers had been killed", "the IDF says": an army that reports the
 * death of soldiers without naming whose reports its own.
 */
export function militarySpeaker(words: readonly Word[]): Side | undefined {
  // Cheap first: most sentences name no army at all.
  if (!words.some((w) => ARMY_WORDS.has(w.norm))) return undefined;
  for (let i = 0; i < words.length; i++) {
    const hit = sideHitAt(words, i);
    if (!hit?.speaker && words[i]?.norm !== 'idf') continue;
    const side = SIDE_WORDS[words[i]?.norm ?? ''];
    const army = words[i]?.norm === 'idf' || SPEAKERS.has(words[i + 1]?.norm ?? '');
    if (side && army) return side;
  }
  return undefined;
}

const ARMY_WORDS = new Set(['army', 'military', 'navy', 'idf']);
const OWN = new Set(['its', 'their']);
const FORCES = new Set(['forces', 'troops', 'military', 'army', 'defenders', 'units']);

function nearest(
  words: readonly Word[],
  at: number,
  agentive: boolean,
  speakers: boolean,
): Side | undefined {
  const usable = (i: number) => {
    const hit = sideHitAt(words, i);
    return hit && (speakers || !hit.speaker) ? hit : undefined;
  };
  let firstAfter = -1;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i];
    if (!word) continue;
    if (word.end <= at) {
      const hit = usable(i);
      const side = hit && (hit.attacker || agentive ? opposite(hit.side) : hit.side);
      if (side) return side;
    } else if (usable(i)) {
      firstAfter = i;
    }
  }
  const hit = firstAfter >= 0 ? usable(firstAfter) : undefined;
  if (!hit) return undefined;
  // "30 tanks were destroyed by Ukrainian forces": the agent is the other side; but in "lost by
  // Russian units" the side after "by" is the loser.
  const byAgent =
    words[firstAfter - 1]?.norm === 'by' &&
    AGENT_PARTICIPLES.has(words[firstAfter - 2]?.norm ?? '');
  return byAgent || hit.attacker ? opposite(hit.side) : hit.side;
}

/** The last side named in a run of words (a previous sentence), or undefined. */
export function lastSide(words: readonly Word[]): Side | undefined {
  for (let i = words.length - 1; i >= 0; i--) {
    const side = sideAt(words, i);
    if (side) return side;
  }
  return undefined;
}
