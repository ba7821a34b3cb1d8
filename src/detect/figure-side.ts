import type { Side } from '../core/vocabulary';
import type { Candidate } from './candidate';
import type { PageSides } from './page-sides';
import { namesOccupiedPlace, placeSide } from './places';
import { lastSide, militarySpeaker, sideNear } from './side-in-sentence';
import { opposite, SIDE_WORDS, sideWord } from './sides';
import { isVictimCount, victimSide } from './victim-side';
import { type Word, wordsIn } from './words';

/** What side reading needs of a detection pass: its text, its figures so far, its page's places. */
export interface SideScene {
  text: string;
  found: readonly { c: Candidate }[];
  pageSides: PageSides;
}

/**
 * Whose loss `c` is, from what its sentence says (its own words have already been read): for a
 * count of people, the place struck (victim-side.ts); for soldiers an army reports, that army;
 * then the figure before it in the clause, the nearest side word, the sentence before. A drone
 * or missile shot down over a place is the other side's; a party's claim of destroyed equipment
 * counts its enemy's. A count of people no sentence places takes the page's places.
 */
export function sideOf(
  pass: SideScene,
  c: Candidate,
  previous: Candidate | undefined,
  words: readonly Word[],
  win: { previousWords(): Word[] },
  claimant: string | undefined,
): Side | undefined {
  const victims = isVictimCount(c);
  const joined = victims && previous !== undefined && isVictimCount(previous);
  const victimsOwn =
    (joined ? sideOfPrevious(pass.text, c, previous) : undefined) ??
    (victims ? victimSide(c, words, win.previousWords(), claimant) : undefined) ??
    (c.metric.startsWith('personnel_') && !c.agentive
      ? speakerSide(c, previous, words)
      : undefined) ??
    (joined ? undefined : sideOfPrevious(pass.text, c, previous));
  if (victimsOwn) return victimsOwn;
  // A count of people no sentence places belongs to the page's place before any side word near
  // it, which in these reports is mostly the attacker's ("the strike the Israeli military …").
  const page = victims ? pass.pageSides.dominant() : undefined;
  if (page) return page;
  // The UN's monitors count civilians in Ukraine and in the Middle East alike: only where no
  // place tells do their figures go to Ukraine, where most of them are.
  if (victims && claimant === 'ohchr') return 'ukraine';
  // Read once: the launcher's and the claimant's rules below both start from it.
  const near = sideNear(words, c.start, c.agentive);
  return (
    (LAUNCHED.has(c.metric) ? launcherSide(words, near) : undefined) ??
    (isEquipment(c.metric) && claimant && !words.some((w) => LOSING.has(w.norm))
      ? partyClaimSide(claimant, near)
      : undefined) ??
    enemyOf(claimant, words, near) ??
    recentSide(pass, c) ??
    lastSide(win.previousWords())
  );
}

/**
 * An army reporting soldiers without naming whose reports its own ("the IDF said 82 soldiers had
 * been killed"), but the words armies use for the enemy's fighters ("terrorists", "operatives",
 * "militants", "nationalists") count the other side: Hezbollah's when the sentence names it.
 */
function speakerSide(
  c: Candidate,
  previous: Candidate | undefined,
  words: readonly Word[],
): Side | undefined {
  const speaker = militarySpeaker(words);
  if (!speaker) return undefined;
  // "Six operatives were killed, while five others surrendered": the same fighters again.
  if (isEnemyNoun(previous?.people) && previous?.side) return previous.side;
  if (!isEnemyNoun(c.people)) return speaker;
  if (speaker !== 'israel') return opposite(speaker);
  return words.some((w) => LEBANESE.has(w.norm)) ? 'lebanon' : 'palestine';
}

const isEnemyNoun = (people: Candidate['people']) =>
  people?.kind === 'personnel' && ENEMY_NOUNS.has(people.noun);
const ENEMY_NOUNS = new Set(['terrorists', 'operatives', 'militants', 'gunmen', 'nationalists']);
const LEBANESE = new Set(['hezbollah', "hezbollah's", 'lebanon', 'lebanese']);

/**
 * "Russian forces have destroyed over 1,500 UAVs of Ukraine … ¶ “All in all, 239 airplanes …
 * have been eliminated”": equipment a sentence names no side for goes on from the figure of
 * equipment or soldiers just before it (within two sentences), whose side its own sentence told.
 */
function recentSide(pass: SideScene, c: Candidate): Side | undefined {
  const last = pass.found.at(-1);
  // "…have lost 17,819 personnel. … they have lost: - 45 tanks": soldiers, then their equipment.
  const soldiers = last?.c.metric.startsWith('personnel_') ?? false;
  if (!last || !isEquipment(c.metric) || !(isEquipment(last.c.metric) || soldiers))
    return undefined;
  const side = last.c.side;
  if (!side || side === 'unknown') return undefined;
  const between = pass.text.slice(last.c.end, c.start);
  return between.length < RECENT_REACH ? side : undefined;
}

/** How far (in characters) a figure's side carries to the next equipment figure. */
const RECENT_REACH = 400;

/**
 * "The enemy lost up to 135 servicemen, Russia's defence ministry said": the enemy is the other
 * side of whoever speaks (docs/DETECTION.md §4); sides.ts reads it as Russia, as Ukraine's
 * sources mean it.
 */
function enemyOf(
  claimant: string | undefined,
  words: readonly Word[],
  near: Side | undefined,
): Side | undefined {
  if (near !== 'russia' || !claimant || !RUSSIAN_SOURCE.test(claimant)) return near;
  return words.some((w) => ENEMY.has(w.norm)) ? 'ukraine' : near;
}

/**
 * "The enemy losses amounted to more than 180 troops, the Russian Defence Ministry said": a side
 * read from the figure's own words ("enemy losses") as Ukraine's sources mean it, in a sentence
 * whose claimant is a Russian source, is Ukraine's.
 */
export function speakersEnemy(
  side: Side | undefined,
  claimant: string | undefined,
  words: readonly Word[],
): Side | undefined {
  if (side !== 'russia' || !claimant || !RUSSIAN_SOURCE.test(claimant)) return side;
  return words.some((w) => ENEMY.has(w.norm)) ? 'ukraine' : side;
}

/**
 * Two readings of the war in Gaza that place words get wrong. The soldiers its copy counts are
 * Israel's ("the army gave a toll of 80 soldiers killed"): Hamas's are "militants", "fighters" or
 * "operatives". And the dead of Hamas's attack of 7 October ("the October 7 Hamas attacks that
 * killed around 1,200 people") are Israel's, whatever Gaza the sentence names.
 */
function gazaReadings(c: Candidate, span: string, words: readonly Word[]): Side | undefined {
  if (c.side !== 'palestine') return c.side;
  const soldiers = c.people?.kind === 'personnel' && IDF_NOUNS.has(c.people.noun);
  if (soldiers && !/palestinian|hamas|gazan/i.test(span)) return 'israel';
  const hamas = words.some(
    (w) => w.norm === 'hamas' || w.norm === "hamas's" || w.norm === 'hamas-led',
  );
  const victims = /^(?:people|civilians|children)_/.test(c.metric);
  if (victims && hamas && OCTOBER_7.test(wordsText(words))) return 'israel';
  return c.side;
}

const IDF_NOUNS = new Set([
  'soldiers',
  'troops',
  'servicemen',
  'reservists',
  'officers',
  'commanders',
  'soldier',
]);
const OCTOBER_7 =
  /\b(?:oct(?:ober|\.)? 7|7 oct(?:ober)?|stormed (?:into )?(?:southern )?israel|attacks? on (?:southern )?israel)\b/;
const wordsText = (words: readonly Word[]) =>
  words
    .map((w) => w.norm)
    .join(' ')
    .replace(/ \. /g, '. ');

/**
 * "At least four terrorists were killed", "Six operatives were killed": the words armies use for
 * the enemy's fighters never count Israel's own soldiers, whatever side the sentence seemed to
 * give; nor "nationalists" Russia's.
 */
function enemyFighters(c: Candidate, words: readonly Word[]): Side | undefined {
  if (!isEnemyNoun(c.people)) return c.side;
  if (c.side === 'israel') return words.some((w) => LEBANESE.has(w.norm)) ? 'lebanon' : 'palestine';
  if (c.side === 'russia' && c.people?.kind === 'personnel' && c.people.noun === 'nationalists')
    return 'ukraine';
  return c.side;
}

/** The Russian MoD, or a phrase naming a Russian state source ("TASS news agency"). */
const RUSSIAN_SOURCE =
  /^ru-mod$|\b(?:tass|ria|interfax|kremlin|russian (?:defen[cs]e )?ministry)\b/i;
const ENEMY = new Set(['enemy', "enemy's", 'adversary', "adversary's"]);

const LOSING = new Set(['lost', 'lose', 'loses', 'losing', 'losses']);
const isEquipment = (metric: string) => !/^(personnel|civilians|children|people)_/.test(metric);

/** What is launched at a place and shot down there: drones and missiles. */
const LAUNCHED = new Set(['drones', 'missiles']);

/** "36 drones shot down overnight in Ukraine": the place's enemy launched them. */
function launcherSide(words: readonly Word[], near: Side | undefined): Side | undefined {
  const shooter = shooterSide(words);
  if (shooter) return opposite(shooter);
  if (near) return near;
  // "two over Crimea": shot down over Russian-held land, so launched by Ukraine.
  if (namesOccupiedPlace(words)) return 'ukraine';
  const place = placeSide(words, -1);
  return place ? opposite(place) : undefined;
}

/**
 * "Ukrainian air defense systems intercepted … 442 drones": the side whose air defence shot
 * them down, when a side word stands right before it. Drones and missiles are the other side's.
 */
function shooterSide(words: readonly Word[]): Side | undefined {
  for (let i = 0; i + 1 < words.length; i++) {
    const side = SIDE_WORDS[words[i]?.norm ?? ''];
    if (!side || side === 'unknown') continue;
    const next = words[i + 1]?.norm ?? '';
    if (AIR_DEFENCE.has(next) || (next === 'air' && AIR_DEFENCE.has(words[i + 2]?.norm ?? '')))
      return side;
  }
  return undefined;
}

const AIR_DEFENCE = new Set([
  'defense',
  'defence',
  'defenses',
  'defences',
  'air-defense',
  'air-defence',
  'anti-aircraft',
]);

/**
 * The Russian MoD counts Ukraine's losses and the General Staff Russia's: a side word that names
 * the claimant's own side in such a sentence ("the Russian Defence Ministry said") is the
 * speaker's, not the loser's.
 */
function partyClaimSide(claimant: string | undefined, near: Side | undefined): Side | undefined {
  const own =
    claimant === 'ru-mod' ? 'russia' : claimant === 'ua-general-staff' ? 'ukraine' : undefined;
  return own && near === own ? opposite(own) : undefined;
}

/**
 * A figure that continues the clause of the previous one ("killed 560 Russian soldiers and
 * destroyed 12 tanks", "…, 2 helicopters and 40 drones") shares its side, unless a side word
 * stands between them. Checked before the nearest side word, which here is usually the previous
 * figure's own ("Russian") and would wrongly be read as the agent of "destroyed".
 */
function sideOfPrevious(text: string, c: Candidate, previous: Candidate | undefined) {
  if (!previous?.side || previous.side === 'unknown') return undefined;
  const between = wordsIn(text, previous.end, c.start);
  if (between.length > 8 || between.some((w) => sideWord(w.norm))) return undefined;
  return previous.side;
}

/**
 * The last word on a figure's side, once every rule above has given one: the readings that the
 * figure's own noun overrules (an army's words for the enemy's fighters, Gaza's soldiers and the
 * dead of 7 October).
 */
export function settledSide(c: Candidate, span: string, words: readonly Word[]): Side | undefined {
  return gazaReadings({ ...c, side: enemyFighters(c, words) }, span, words);
}
