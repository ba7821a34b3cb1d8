import type { Side } from '../core/vocabulary';
import { wordTable } from '../core/word-table';
import type { Candidate } from './candidate';
import { placeSide } from './places';
import { opposite, sideHitAt } from './sides';
import type { Word } from './words';

/**
 * Whose loss a count of people killed or hurt is (docs/DETECTION.md §4): the people of the place
 * struck, not the army that struck it. In "an Israeli strike on south Lebanon killed one man" or
 * "Gaza's civil defence said 710 people had been killed since Israel resumed strikes" the nearest
 * side word is the attacker's; the place, or the ministry that counts the place's dead, decides.
 */

/** Claimants that count the people of one side. */
const CLAIMANT_SIDES: Readonly<Record<string, Side>> = wordTable({
  'gaza-moh': 'palestine',
  'gaza-gmo': 'palestine',
  ocha: 'palestine',
  'lebanon-moph': 'lebanon',
  'ua-prosecutor-general': 'ukraine',
});

/** Metrics of people who are not soldiers: their side is the place's. */
export function isVictimCount(c: Candidate): boolean {
  if (/^(civilians|children|people)_/.test(c.metric)) return true;
  return c.metric === 'other' && c.people !== undefined && c.people.kind !== 'equipment';
}

/**
 * The side of the victims counted by `c`: the place its sentence names, else the side its
 * claimant counts, else the other side of an attacker named in the sentence ("Russian shelling"),
 * else the place of the sentence before; undefined when none tells.
 */
export function victimSide(
  c: Candidate,
  words: readonly Word[],
  previousWords: readonly Word[],
  claimant: string | undefined,
): Side | undefined {
  const from = words.findIndex((w) => w.start >= c.end);
  // A ministry that counts one side's dead decides before any place ("… since the Oct. 7 attack
  // on Israel", the Gaza health ministry said).
  return (
    (claimant ? CLAIMANT_SIDES[claimant] : undefined) ??
    placeSide(words, from) ??
    placeOfDemonym(words) ??
    attackedSide(words) ??
    placeSide(previousWords, -1)
  );
}

/** "southern Lebanese villages", "the Ukrainian capital": a place named by its country's adjective. */
function placeOfDemonym(words: readonly Word[]): Side | undefined {
  for (let i = 0; i < words.length; i++) {
    const side = DEMONYMS[words[i]?.norm ?? ''];
    if (!side) continue;
    if (PLACE_NOUNS.has(words[i + 1]?.norm ?? '') || PLACE_NOUNS.has(words[i + 2]?.norm ?? ''))
      return side;
  }
  return undefined;
}

const DEMONYMS: Readonly<Record<string, Side>> = wordTable({
  lebanese: 'lebanon',
  ukrainian: 'ukraine',
  russian: 'russia',
  israeli: 'israel',
  palestinian: 'palestine',
});
const PLACE_NOUNS = new Set(
  (
    'village villages town towns city cities capital region regions territory border ' +
    'settlement settlements district districts port'
  ).split(' '),
);

/**
 * The side attacked in the sentence: the other side of the first attacker named ("Russian
 * strikes", "Hezbollah rocket fire"). For Israel, whose wars have two other sides, only a place
 * can tell, so its strikes decide nothing here.
 */
function attackedSide(words: readonly Word[]): Side | undefined {
  for (let i = 0; i < words.length; i++) {
    const hit = sideHitAt(words, i);
    if (!hit?.attacker) continue;
    // Hamas or Hezbollah strike Israel; Israel's strikes fall on Gaza, the West Bank or Lebanon.
    const other = opposite(hit.side);
    if (other) return other;
  }
  return undefined;
}
