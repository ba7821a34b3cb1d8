import type { Metric, Side } from '../core/vocabulary';
import { EQUIPMENT } from './equipment-nouns';
import { phraseTable } from './phrase-table';

/**
 * The nouns that say what a number counts ("790 tanks", "1,351 men", "3,285 wounded"). Only
 * plural or invariant nouns are listed: "tank" after a number is a compound ("a 10 tank
 * brigade"), not a count. metrics.ts reads them; the tables live here because they grow.
 */

/** What a noun after a number counts, before any loss verb is taken into account. */
export type NounClass =
  | { kind: 'equipment'; metric: Metric }
  | { kind: 'personnel'; noun: string; generic: boolean; side?: Side }
  /**
   * Non-combatants. `people` marks "people" / "Palestinians": counts that need a clear war context
   * and that health ministries give for everyone killed; `side` is the side a demonym names;
   * `other` a group no metric of ours counts apart ("20 women").
   */
  | { kind: 'civilians'; people?: boolean; side?: Side; other?: boolean }
  | { kind: 'children' }
  | { kind: 'loss'; metric: Metric };

const eq = (metric: Metric): NounClass => ({ kind: 'equipment', metric });
const loss = (metric: Metric): NounClass => ({ kind: 'loss', metric });
const person = (noun: string, generic = false): NounClass => ({ kind: 'personnel', noun, generic });

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
    'sailors',
    'pilots',
    'crewmen',
    'airmen',
    'generals',
    'colonels',
    'commanders',
  ].map((noun): [string, NounClass] => [noun, person(noun)]),
  ['personnel', person('personnel')],
  // "men" is a count of soldiers only in a war context ("lost 1,351 men in the conflict").
  ['men', person('men', true)],
  ...'soldier serviceman servicewoman fighter officer militant combatant'
    .split(' ')
    .map((noun): [string, NounClass] => [noun, person(noun, true)]),
  ...[
    'operatives',
    'gunmen',
    'border guards',
    'guards',
    'service women',
    'servicewomen',
    'members',
    'instructors',
    'servicepeople',
    'troopers',
    'defenders',
    'nationalists',
  ].map((noun): [string, NounClass] => [noun, person(noun, true)]),
  ['militants', person('militants', true)],
  ['terrorists', person('terrorists', true)],
  ['civilians', { kind: 'civilians' }],
  ['civilian', { kind: 'civilians' }],
  ['non-combatants', { kind: 'civilians' }],
  ['people', { kind: 'civilians', people: true }],
  // Everyone a strike report counts by what they were: people of the place, not a side's army.
  ...(
    'persons individuals residents citizens passengers workers employees journalists reporters ' +
    'medics paramedics doctors nurses rescuers firefighters teenagers boys girls babies infants ' +
    'others relatives'
  )
    .split(' ')
    .map((noun): [string, NounClass] => [noun, { kind: 'civilians', people: true }]),
  ...[
    'aid workers',
    'health workers',
    'medical workers',
    'rescue workers',
    'family members',
    // Gaza, 2025: people killed on their way to food distribution sites.
    'aid seekers',
    'aid-seekers',
    'food seekers',
    'food-seekers',
  ].map((noun): [string, NounClass] => [noun, { kind: 'civilians', people: true }]),
  ...'person individual man woman resident citizen teenager boy girl baby driver passenger'
    .split(' ')
    .map((noun): [string, NounClass] => [noun, { kind: 'civilians', people: true }]),
  ['women', { kind: 'civilians', people: true, other: true }],
  // "15,000 Russians had been killed": in this war's copy, its soldiers (real text, en-03).
  ['occupiers', { kind: 'personnel', noun: 'occupiers', generic: true, side: 'russia' }],
  ['invaders', { kind: 'personnel', noun: 'invaders', generic: true, side: 'russia' }],
  ['ukrainians', { kind: 'personnel', noun: 'ukrainians', generic: true, side: 'ukraine' }],
  ['russians', { kind: 'personnel', noun: 'russians', generic: true, side: 'russia' }],
  ['lebanese', { kind: 'civilians', people: true, side: 'lebanon' }],
  ['palestinians', { kind: 'civilians', people: true, side: 'palestine' }],
  ['israelis', { kind: 'civilians', people: true, side: 'israel' }],
  ['children', { kind: 'children' }],
  ['child', { kind: 'children' }],
  ['minors', { kind: 'children' }],
  ['kids', { kind: 'children' }],
  ['casualties', loss('personnel_casualties')],
  ['troop-loss', loss('personnel_casualties')],
  // "a toll of 4,047 lives lost": the dead.
  ['lives lost', loss('civilians_killed')],
  ['losses', loss('personnel_casualties')],
  ['killed and wounded', loss('personnel_casualties')],
  ['killed or wounded', loss('personnel_casualties')],
  ['dead and wounded', loss('personnel_casualties')],
  ['deaths', loss('personnel_killed')],
  ['fatalities', loss('personnel_killed')],
  ['killings', loss('personnel_killed')],
  // "the hospital received 20 bodies": the dead, of whoever the sentence says (victims.ts).
  ['bodies', loss('personnel_killed')],
  ['death', loss('personnel_killed')],
  ['fatality', loss('personnel_killed')],
  ['martyrs', loss('personnel_killed')],
  ['injuries', loss('personnel_wounded')],
  ['injury', loss('personnel_wounded')],
  ['casualty', loss('personnel_casualties')],
  ['victims', loss('other')],
  // "claimed more than 20 lives": only after a verb of taking (rules.ts).
  ['lives', loss('civilians_killed')],
  ['dead', loss('personnel_killed')],
  ['killed', loss('personnel_killed')],
  ['killed in action', loss('personnel_killed')],
  ['wounded', loss('personnel_wounded')],
  ['injured', loss('personnel_wounded')],
  ['missing', loss('personnel_missing')],
  ['missing in action', loss('personnel_missing')],
  ['pows', loss('personnel_captured')],
  ['prisoners of war', loss('personnel_captured')],
  ['prisoners', loss('personnel_captured')],
  ['civilian deaths', loss('civilians_killed')],
  ['civilian casualties', loss('other')],
  ['civilian dead', loss('civilians_killed')],
];

/**
 * The singular of an equipment phrase, for "one multiple launch rocket system", "one unit of
 * special equipment": the head word (the last, or the one before "of") loses its plural "s".
 * Phrases joining two nouns ("ships and boats") have no single singular.
 */
function singularOf(phrase: string): { phrase: string; head: string } | undefined {
  if (/ and |\//.test(phrase)) return undefined;
  const words = phrase.split(' ');
  const of = words.indexOf('of');
  const at = of > 0 ? of - 1 : words.length - 1;
  const word = words[at] ?? '';
  // "fighter-bomber" is as often a modifier ("three Su-34 fighter-bomber aircraft").
  if (!/[^s]s$/.test(word) || INVARIANT.has(word) || word.includes('-')) return undefined;
  const head = word.slice(0, -1);
  words[at] = head;
  return { phrase: words.join(' '), head };
}

const INVARIANT = new Set(['himars', 'mlrs']);
const SINGULARS = EQUIPMENT.flatMap(([phrase, metric]) => {
  const one = singularOf(phrase);
  return one ? [{ ...one, metric }] : [];
});
const SINGULAR_EQUIPMENT = SINGULARS.map((s): [string, Metric] => [s.phrase, s.metric]);

/** Singular nouns, listed for "one person", "one soldier": they count only the number one. */
export const SINGULAR_NOUNS: ReadonlySet<string> = new Set([
  ...(
    'soldier serviceman servicewoman fighter officer militant combatant person individual man ' +
    'woman resident citizen teenager boy girl baby driver passenger child death fatality injury ' +
    'casualty civilian tank drone uav missile projectile helicopter plane jet vehicle gun howitzer'
  ).split(' '),
  ...SINGULARS.map((s) => s.head),
]);

export const NOUNS = phraseTable<NounClass>([
  ...[...EQUIPMENT, ...SINGULAR_EQUIPMENT].map(([phrase, metric]): [string, NounClass] => [
    phrase,
    eq(metric),
  ]),
  ...PEOPLE,
]);
