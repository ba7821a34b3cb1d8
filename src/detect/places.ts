import type { Side } from '../core/vocabulary';
import { AREA_PLACES } from './areas';
import { matchPhrase, phraseTable, type Word } from './words';

/**
 * Places whose civilians a count of civilian deaths belongs to: "8 civilians in Kharkiv",
 * "people killed in Rafah". Only civilians take their side from the place: soldiers are killed
 * on the other side's soil ("Russian soldiers killed in Ukraine"). Regions whose control is
 * disputed (Donetsk, Luhansk, Crimea) are left out, since their dead may be counted by either side.
 */
const PLACE_LIST: [string, Side][] = [
  ...[
    'ukraine',
    'kyiv',
    'kiev',
    'kharkiv',
    'odesa',
    'odessa',
    'dnipro',
    'lviv',
    'mariupol',
    'bucha',
    'irpin',
    'borodianka',
    'chernihiv',
    'sumy',
    'zaporizhzhia',
    'kherson',
    'mykolaiv',
    'kramatorsk',
    'sloviansk',
    'bakhmut',
    'izium',
    'vinnytsia',
    'uman',
    'poltava',
    'kryvyi rih',
    'pokrovsk',
    'avdiivka',
    'sievierodonetsk',
    'severodonetsk',
    'lysychansk',
    'chasiv yar',
    'kostiantynivka',
    'toretsk',
    'vuhledar',
    'kupiansk',
    'orikhiv',
    'nikopol',
    'huliaipole',
    'zhytomyr',
    'cherkasy',
    'kropyvnytskyi',
    'khmelnytskyi',
    'rivne',
    'lutsk',
    'ternopil',
    'chernivtsi',
    'kremenchuk',
    'serhiivka',
    'hroza',
  ].map((p): [string, Side] => [p, 'ukraine']),
  ...[
    'belgorod',
    'kursk',
    'bryansk',
    'voronezh',
    'rostov',
    'krasnodar',
    'novorossiysk',
    'lipetsk',
    'oryol',
    'tula',
    'kaluga',
    'saratov',
    'engels',
    'tatarstan',
    'shebekino',
    'rylsk',
    'sudzha',
  ].map((p): [string, Side] => [p, 'russia']),
  // Gaza's and the West Bank's places (areas.ts tells the two apart).
  ...AREA_PLACES.map(([p]): [string, Side] => [p, 'palestine']),
  ...[
    'israel',
    'tel aviv',
    'sderot',
    'kiryat shmona',
    'safed',
    'haifa',
    'metula',
    'nahariya',
    'majdal shams',
    'ashkelon',
    'ashdod',
    'bnei brak',
    'ramat gan',
    'kibbutz',
  ].map((p): [string, Side] => [p, 'israel']),
  ...[
    'lebanon',
    'beirut',
    'south lebanon',
    'southern lebanon',
    'nabatieh',
    'tyre',
    'sidon',
    'baalbek',
    'bint jbeil',
    'marjayoun',
    'naqoura',
    'dahiyeh',
    'bekaa',
  ].map((p): [string, Side] => [p, 'lebanon']),
];

// "Severodonetsk's mayor", "Gaza's civil defence": each place also with its possessive, so that
// matching needs no copy of the words.
const PLACES = phraseTable<Side>(
  PLACE_LIST.flatMap(([name, side]): [string, Side][] => [
    [name, side],
    [`${name}'s`, side],
  ]),
);

/**
 * The side of the place named nearest to `words[from]`, after it or before it: "killed 8
 * civilians in Kharkiv" or "In Kharkiv, 8 civilians were killed". With `from` < 0, the last
 * place named.
 */
export function placeSide(words: readonly Word[], from: number): Side | undefined {
  if (from < 0) {
    for (let i = words.length - 1; i >= 0; i--) {
      const hit = placeAt(words, i);
      if (hit) return hit;
    }
    return undefined;
  }
  // The place nearest the figure, after it or before it: a later clause's place ("251 hostages
  // were taken to Gaza") is not where the figure's dead were.
  for (let d = 0; d < words.length; d++) {
    const after = from + d < words.length ? placeAt(words, from + d) : undefined;
    if (after) return after;
    const before = from - 1 - d >= 0 ? placeAt(words, from - 1 - d) : undefined;
    if (before) return before;
    if (from + d >= words.length && from - 1 - d < 0) break;
  }
  return undefined;
}

/**
 * The side of the place named at `words[i]`. A country's name is its place only after a
 * preposition ("killed in Israel"): as a subject ("since Israel resumed strikes") it names the
 * state that acts, not where the dead were.
 */
function placeAt(words: readonly Word[], i: number): Side | undefined {
  const hit = matchPhrase(PLACES, words, i);
  if (!hit) return undefined;
  if (COUNTRIES.has(words[i]?.norm ?? '') && hit.length === 1) {
    if (!IN.has(words[i - 1]?.norm ?? '')) return undefined;
  }
  return hit.value;
}

const COUNTRIES = new Set(['israel', 'lebanon', 'ukraine', "israel's", "lebanon's", "ukraine's"]);
const IN = new Set([
  'in',
  'inside',
  'across',
  'throughout',
  'into',
  'on',
  'at',
  'northern',
  'southern',
  'south',
  'north',
  'central',
]);

/** Every place name of the side table, for a page-wide count (see PageSides). */
export const PLACE_NAMES: readonly (readonly [string, Side])[] = PLACE_LIST;
