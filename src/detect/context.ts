import { isNounPhraseWord } from './metrics';
import { sideWord } from './sides';
import { isNumberWord } from './spelled';
import type { Word } from './words';

/**
 * Sentence-level evidence a figure needs besides its own words. An equipment count without a verb
 * of its own needs a loss word that heads the list it stands in ("Russian losses included 790
 * tanks, …, 167 aircraft and 147 helicopters"; "790 tanks and 167 aircraft were destroyed"): a
 * loss word elsewhere in the sentence does not make "1,500 tanks in storage" a loss. Counts of
 * generic people ("men", "civilians", "children", bare "casualties") and of equipment need a war
 * word, because "two men were killed" is usually a crime report and "tanks" may hold fuel.
 */

const LOSS_NOUNS = new Set(['loss', 'losses', 'casualties', 'destruction']);
const LOSS_VERBS = new Set(
  (
    'lost loses losing destroyed destroying downed down shot damaged captured ' +
    'sunk sank eliminated wrecked abandoned knocked killed intercepted'
  ).split(' '),
);

/** Words of fighting: enough on their own to make a count of "people" killed a war loss. */
const FIGHTING_WORDS = new Set(
  (
    'war invasion conflict offensive counteroffensive counter-offensive front frontline ' +
    'front-line battle battles battlefield combat fighting hostilities shelling shelled strike ' +
    'strikes airstrike airstrikes air-strike bombardment bombing bombings missile missiles ' +
    'rocket rockets drone drones troops soldiers servicemen military army forces occupiers ' +
    'invaders enemy regiment brigade battalion hamas hezbollah idf attack attacks attacked uav ' +
    'uavs shahed shaheds raid raids airstrikes shellings bombs bomb glide artillery mortar ' +
    'ceasefire truce martyrs occupation'
  ).split(' '),
);
/** Places of the wars this product covers: war context for soldiers and civilians, not people. */
const WAR_PLACES = new Set(
  (
    'donbas donbass kharkiv mariupol bakhmut kherson zaporizhzhia luhansk donetsk bucha irpin ' +
    'hostomel avdiivka vuhledar severodonetsk lysychansk kramatorsk izium azovstal gaza rafah'
  ).split(' '),
);

/** Words a list of figures may contain between its loss word and one of its items. */
const LIST_WORDS = new Set(
  (
    'included include includes including comprised comprising totalled totaled total were was ' +
    'are is been have has had of at and or , : ; as well such plus also another more than over ' +
    'about around nearly almost some up to an estimated least another further a dozen hundred ' +
    'thousand - the amounted amount amounts totalled totaled reached stood'
  ).split(' '),
);
const AUXILIARIES = new Set('were was are is been be'.split(' '));

/**
 * One step of a walk along a list: true at a loss word, false where the list ends, else go on.
 * Walking forwards, a loss word must be a passive participle ("… and 167 aircraft were
 * destroyed"): an active verb there starts another clause ("sent 31 tanks and lost 10").
 */
function listStep(
  w: Word | undefined,
  prev: Word | undefined,
  forward: boolean,
  verbsOnly: boolean,
): boolean | undefined {
  if (!w) return false;
  const cue = LOSS_VERBS.has(w.norm) || (!verbsOnly && LOSS_NOUNS.has(w.norm));
  if (cue) return !forward || AUXILIARIES.has(prev?.norm ?? '');
  const inList =
    LIST_WORDS.has(w.norm) ||
    /^\d/.test(w.norm) ||
    isNumberWord(w.norm) ||
    isNounPhraseWord(w.norm);
  return inList ? undefined : false;
}

/**
 * Whether a loss word heads the list that the figure spanning [start, end) belongs to: walking
 * from the figure through list words only (numbers, counted nouns, commas, "and", "included"),
 * backwards or forwards, reaches a loss word. With `verbsOnly` only a verb counts ("shot down 5
 * jets and 20 drones"), not a noun ("losses").
 */
export function hasListedLossCue(
  words: readonly Word[],
  start: number,
  end: number,
  verbsOnly = false,
): boolean {
  let i = words.findIndex((w) => w.end > start) - 1;
  if (i < -1) i = words.length - 1;
  let cue: boolean | undefined;
  for (; i >= 0 && cue === undefined; i--) cue = listStep(words[i], undefined, false, verbsOnly);
  if (cue) return true;
  cue = undefined;
  for (let j = words.findIndex((w) => w.start >= end); j >= 0 && j < words.length; j++) {
    cue = listStep(words[j], words[j - 1], true, verbsOnly);
    if (cue !== undefined) return cue;
  }
  return false;
}

/** Whether the words contain a loss word ("losses", "destroyed", "liquidated"). */
export function hasLossWord(words: readonly Word[]): boolean {
  return words.some(
    (w) => LOSS_NOUNS.has(w.norm) || LOSS_VERBS.has(w.norm) || w.norm === 'liquidated',
  );
}

/** Whether the sentence is about the war: a war word or a side word ("Russian", "Ukraine's"). */
export function hasWarContext(words: readonly Word[]): boolean {
  return words.some(
    (w) => FIGHTING_WORDS.has(w.norm) || WAR_PLACES.has(w.norm) || sideWord(w.norm) !== undefined,
  );
}

/**
 * Whether the sentence speaks of fighting. "20 people were killed" needs it: a side word is not
 * enough ("a crash in the Russian city of Tver"), nor a city ("flooding in the Kherson region").
 */
export function hasFightingContext(words: readonly Word[]): boolean {
  return words.some((w) => FIGHTING_WORDS.has(w.norm));
}
