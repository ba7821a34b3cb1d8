import type { Metric } from '../core/vocabulary';
import type { Outcome } from './verbs';
import { matchPhrase, phraseTable, type Word } from './words';

/**
 * The noun vocabulary: which nouns after a number say what it counts ("790 tanks", "1,351 men"),
 * and the metric a class of people gets once a verb (src/detect/verbs.ts) says what happened to
 * them. Only plural or invariant nouns are listed: "tank" after a number is a compound ("a 10
 * tank brigade"), not a count.
 */

/** What a noun after a number counts, before any loss verb is taken into account. */
export type NounClass =
  | { kind: 'equipment'; metric: Metric }
  | { kind: 'personnel'; noun: string; generic: boolean }
  | { kind: 'civilians' }
  | { kind: 'children' }
  | { kind: 'loss'; metric: Metric };

const eq = (metric: Metric): NounClass => ({ kind: 'equipment', metric });
const loss = (metric: Metric): NounClass => ({ kind: 'loss', metric });
const person = (noun: string, generic = false): NounClass => ({ kind: 'personnel', noun, generic });

const EQUIPMENT: [string, Metric][] = [
  ['tanks', 'tanks'],
  ['battle tanks', 'tanks'],
  ['tanks and other armored vehicles', 'tanks_and_armored_vehicles'],
  ['tanks and other armoured vehicles', 'tanks_and_armored_vehicles'],
  ['tanks and other armored combat vehicles', 'tanks_and_armored_vehicles'],
  ['tanks and other armoured combat vehicles', 'tanks_and_armored_vehicles'],
  ['tanks and armored vehicles', 'tanks_and_armored_vehicles'],
  ['tanks and armoured vehicles', 'tanks_and_armored_vehicles'],
  ...['armored', 'armoured'].flatMap((a): [string, Metric][] => [
    [`${a} vehicles`, 'armored_vehicles'],
    [`${a} combat vehicles`, 'armored_vehicles'],
    [`${a} fighting vehicles`, 'armored_vehicles'],
    [`${a} personnel carriers`, 'armored_vehicles'],
    [`${a} carriers`, 'armored_vehicles'],
  ]),
  ['infantry fighting vehicles', 'armored_vehicles'],
  ['combat vehicles', 'armored_vehicles'],
  ['apcs', 'armored_vehicles'],
  ['ifvs', 'armored_vehicles'],
  ['bmps', 'armored_vehicles'],
  ['artillery', 'artillery'],
  ['artillery systems', 'artillery'],
  ['artillery pieces', 'artillery'],
  ['artillery guns', 'artillery'],
  ['artillery units', 'artillery'],
  ['howitzers', 'artillery'],
  ['self-propelled guns', 'artillery'],
  ['multiple rocket launchers', 'mlrs'],
  ['multiple launch rocket systems', 'mlrs'],
  ['multiple-launch rocket systems', 'mlrs'],
  ['multiple rocket launch systems', 'mlrs'],
  ['rocket launchers', 'mlrs'],
  ['mlrs', 'mlrs'],
  ['mlrs systems', 'mlrs'],
  ...['air defense', 'air defence', 'air-defense', 'air-defence', 'anti-aircraft'].flatMap(
    (a): [string, Metric][] => [
      [`${a} systems`, 'air_defense'],
      [`${a} units`, 'air_defense'],
    ],
  ),
  ['anti-aircraft warfare systems', 'air_defense'],
  ['aircraft', 'aircraft'],
  ['planes', 'aircraft'],
  ['warplanes', 'aircraft'],
  ['airplanes', 'aircraft'],
  ['aeroplanes', 'aircraft'],
  ['jets', 'aircraft'],
  ['fighter jets', 'aircraft'],
  ['fighter planes', 'aircraft'],
  ['fighter aircraft', 'aircraft'],
  ['fixed-wing aircraft', 'aircraft'],
  ['bombers', 'aircraft'],
  ['helicopters', 'helicopters'],
  ['choppers', 'helicopters'],
  ['drones', 'drones'],
  ['uavs', 'drones'],
  ['unmanned aerial vehicles', 'drones'],
  ['operational-tactical uavs', 'drones'],
  ['warships', 'ships'],
  ['ships', 'ships'],
  ['boats', 'ships'],
  ['vessels', 'ships'],
  ['warships and boats', 'ships'],
  ['warships / boats', 'ships'],
  ['aircraft carriers', 'ships'],
  ['submarines', 'submarines'],
  ['vehicles', 'vehicles'],
  ['trucks', 'vehicles'],
  ['vehicles and fuel tanks', 'vehicles'],
  ['cruise missiles', 'missiles'],
  ['missiles', 'missiles'],
  ['special equipment', 'special_equipment'],
  ['units of special equipment', 'special_equipment'],
];

const PEOPLE: [string, NounClass][] = [
  ...[
    'troops',
    'soldiers',
    'servicemen',
    'servicemembers',
    'service members',
    'service personnel',
    'fighters',
    'combatants',
    'marines',
    'paratroopers',
    'conscripts',
    'mercenaries',
    'officers',
    'reservists',
  ].map((noun): [string, NounClass] => [noun, person(noun)]),
  ['personnel', person('personnel')],
  // "men" is a count of soldiers only in a war context ("lost 1,351 men in the conflict").
  ['men', person('men', true)],
  ['civilians', { kind: 'civilians' }],
  ['civilian', { kind: 'civilians' }],
  ['non-combatants', { kind: 'civilians' }],
  ['children', { kind: 'children' }],
  ['kids', { kind: 'children' }],
  ['casualties', loss('personnel_casualties')],
  ['losses', loss('personnel_casualties')],
  ['killed and wounded', loss('personnel_casualties')],
  ['killed or wounded', loss('personnel_casualties')],
  ['dead and wounded', loss('personnel_casualties')],
  ['deaths', loss('personnel_killed')],
  ['dead', loss('personnel_killed')],
  ['killed', loss('personnel_killed')],
  ['killed in action', loss('personnel_killed')],
  ['wounded', loss('personnel_wounded')],
  ['injured', loss('personnel_wounded')],
  ['pows', loss('personnel_captured')],
  ['prisoners of war', loss('personnel_captured')],
  ['prisoners', loss('personnel_captured')],
  ['civilian deaths', loss('civilians_killed')],
  ['civilian dead', loss('civilians_killed')],
];

const NOUNS = phraseTable<NounClass>([
  ...EQUIPMENT.map(([phrase, metric]): [string, NounClass] => [phrase, eq(metric)]),
  ...PEOPLE,
]);

/** Words allowed between a number and its noun: "790 [Russian main battle] tanks". */
const MODIFIERS = new Set(
  (
    "russian ukrainian russia's ukraine's enemy military combat armed main battle more other " +
    'additional further modern heavy light army navy naval air attack regular active soviet-era ' +
    'western western-supplied russian-made elite troop frontline front-line their its our'
  ).split(' '),
);

/** Nouns that turn the matched noun into a modifier: "50 aircraft carriers", "12 tank crews". */
const COMPOUND_HEADS = new Set(
  (
    'crews crew brigade brigades battalion battalions regiment regiments division divisions ' +
    'squadron squadrons company companies manufacturers factory factories plants parts engines ' +
    'pilots production orders deliveries contract contracts sales maintenance ammunition rounds ' +
    'shells fleet repair training school schools sorties flights'
  ).split(' '),
);

/** Loss words that are also adjectives: "3 injured players" counts players, not casualties. */
const ADJECTIVAL = new Set(['dead', 'killed', 'wounded', 'injured']);
/** Words that may follow such a word when it is the head: "40 dead in Kharkiv", "40 dead, 60 …". */
const AFTER_HEAD = new Set(
  (
    'and or in on at during since by after while including as from with among so this last ' +
    'over across near when according following amid'
  ).split(' '),
);

function modifiesNext(noun: NounClass, head: Word | undefined, next: Word | undefined): boolean {
  if (noun.kind !== 'loss' || !head || !ADJECTIVAL.has(head.norm) || !next) return false;
  return /^\p{L}/u.test(next.norm) && !AFTER_HEAD.has(next.norm);
}

/** A noun phrase found after a number. */
export interface NounPhrase {
  noun: NounClass;
  modifiers: Word[];
  /** Index (in the word list) just past the phrase. */
  next: number;
  /** Offset just past the phrase. */
  end: number;
}

const NOUN_WORDS = new Set(
  [...NOUNS.values()].flatMap((entries) => entries.flatMap((e) => e.words)),
);

/** Whether the word belongs to a counted noun or its modifiers: it may sit inside a list. */
export function isNounPhraseWord(norm: string): boolean {
  return NOUN_WORDS.has(norm) || MODIFIERS.has(norm);
}

/** Whether a noun phrase can start with this word: a cheap filter before reading a window. */
export function mayStartNounPhrase(norm: string): boolean {
  return NOUNS.has(norm) || MODIFIERS.has(norm);
}

/** The noun phrase starting at `words[at]`, allowing up to three modifiers before the noun. */
export function nounPhraseAt(words: readonly Word[], at: number): NounPhrase | undefined {
  const modifiers: Word[] = [];
  for (let i = at; i <= at + 3 && i < words.length; i++) {
    const hit = matchPhrase(NOUNS, words, i);
    if (hit) {
      const next = i + hit.length;
      if (COMPOUND_HEADS.has(words[next]?.norm ?? '')) return undefined;
      if (modifiesNext(hit.value, words[next - 1], words[next])) return undefined;
      const end = words[next - 1]?.end ?? 0;
      return { noun: hit.value, modifiers, next, end };
    }
    const word = words[i];
    if (!word || !MODIFIERS.has(word.norm)) return undefined;
    modifiers.push(word);
  }
  return undefined;
}

/**
 * The metric for a class of people and what happened to them. "Lost N men/soldiers/troops"
 * means killed (how armies report their dead), but "personnel lost" follows the General Staff's
 * usage of personnel = killed + wounded, so it is casualties.
 */
export function peopleMetric(noun: NounClass, outcome: Outcome): Metric | undefined {
  if (noun.kind === 'personnel') {
    if (outcome === 'lost')
      return noun.noun === 'personnel' ? 'personnel_casualties' : 'personnel_killed';
    if (outcome === 'destroyed') return undefined;
    return `personnel_${outcome}`;
  }
  if (noun.kind === 'civilians') {
    if (outcome === 'killed') return 'civilians_killed';
    return outcome === 'wounded' ? 'civilians_injured' : undefined;
  }
  if (noun.kind === 'children') return outcome === 'killed' ? 'children_killed' : undefined;
  return undefined;
}
