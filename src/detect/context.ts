import { isNounPhraseWord } from './metrics';
import { sideWord } from './sides';
import type { Word } from './words';

/**
 * Sentence-level evidence a figure needs besides its own words. An equipment count without a verb
 * of its own needs a loss word that heads the list it stands in ("Russian losses included 790
 * tanks, …, 167 aircraft and 147 helicopters"; "790 tanks and 167 aircraft were destroyed"): a
 * loss word elsewhere in the sentence does not make "1,500 tanks in storage" a loss. Counts of
 * generic people ("men", "civilians", "children", bare "casualties") and of equipment need a war
 * word, because "two men were killed" is usually a crime report and "tanks" may hold fuel.
 */

const LOSS_CUES = new Set(
  (
    'loss losses lost lose loses losing destroyed destroying destroy downed shot damaged captured ' +
    'sunk sank eliminated wrecked abandoned knocked killed casualties'
  ).split(' '),
);

const WAR_WORDS = new Set(
  (
    'war invasion conflict offensive counteroffensive counter-offensive front frontline ' +
    'front-line battle battles battlefield combat shelling airstrike airstrikes bombardment ' +
    'missile missiles drone drones troops soldiers servicemen military army forces occupiers ' +
    'invaders enemy regiment brigade battalion donbas donbass kharkiv mariupol bakhmut kherson ' +
    'zaporizhzhia luhansk donetsk'
  ).split(' '),
);

/** Words a list of figures may contain between its loss word and one of its items. */
const LIST_WORDS = new Set(
  (
    'included include includes including comprised comprising totalled totaled total were was ' +
    'are is been have has had of at and or , : ; as well such plus also another more than over ' +
    'about around nearly almost some up to an estimated least another further'
  ).split(' '),
);

/** One step of a walk along a list: true at a loss word, false where the list ends, else go on. */
function listStep(w: Word | undefined): boolean | undefined {
  if (!w) return false;
  if (LOSS_CUES.has(w.norm)) return true;
  const inList = LIST_WORDS.has(w.norm) || /^\d/.test(w.norm) || isNounPhraseWord(w.norm);
  return inList ? undefined : false;
}

/**
 * Whether a loss word heads the list that the figure spanning [start, end) belongs to: walking
 * from the figure through list words only (numbers, counted nouns, commas, "and", "included"),
 * backwards or forwards, reaches a loss word.
 */
export function hasListedLossCue(words: readonly Word[], start: number, end: number): boolean {
  let i = words.findIndex((w) => w.end > start) - 1;
  if (i < -1) i = words.length - 1;
  let cue: boolean | undefined;
  for (; i >= 0 && cue === undefined; i--) cue = listStep(words[i]);
  if (cue) return true;
  cue = undefined;
  for (let j = words.findIndex((w) => w.start >= end); j >= 0 && j < words.length; j++) {
    cue = listStep(words[j]);
    if (cue !== undefined) return cue;
  }
  return false;
}

/** Whether the sentence is about the war: a war word or a side word ("Russian", "Ukraine's"). */
export function hasWarContext(words: readonly Word[]): boolean {
  return words.some((w) => WAR_WORDS.has(w.norm) || sideWord(w.norm) !== undefined);
}
