import type { Side } from '../core/vocabulary';
import { AREA_PLACES } from './areas';
import { matchPhrase, phraseTable } from './phrase-table';
import type { Word } from './words';

/**
 * Ukrainian towns held by Russia: their civilians are Ukraine's (docs/DETECTION.md §4), but the
 * drones shot down over them were launched by Ukraine, as over Russia's own land.
 */
export const OCCUPIED_PLACES: readonly string[] = [
  'donetsk',
  'horlivka',
  'gorlovka',
  'makiivka',
  'makeyevka',
  'luhansk',
  'lugansk',
  'alchevsk',
  'yasynuvata',
  'melitopol',
  'berdiansk',
  'berdyansk',
  'enerhodar',
  'energodar',
  'nova kakhovka',
  'tokmak',
  'crimea',
  'sevastopol',
  'simferopol',
  'yevpatoria',
  'kerch',
  'ukraine',
];
const OCCUPIED = new Set(OCCUPIED_PLACES);

/** Whether the words name a Russian-held Ukrainian place ("two over Crimea"). */
export const namesOccupiedPlace = (words: readonly Word[]): boolean =>
  words.some((w) => OCCUPIED.has(w.norm));

/**
 * Places whose civilians a count of civilian deaths belongs to: "8 civilians in Kharkiv",
 * "people killed in Rafah". Only civilians take their side from the place: soldiers are killed
 * on the other side's soil ("Russian soldiers killed in Ukraine"). Russian-held Ukrainian towns
 * (Donetsk, Horlivka, Enerhodar, Crimea's) are Ukraine's, as docs/DETECTION.md §4 settles.
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
    ...OCCUPIED_PLACES,
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
 * The side of the place named near `words[from]`: shortly after it, else before it, else further
 * after it ("killed 8 civilians in Kharkiv", "In Kharkiv, 8 civilians were killed"). With
 * `from` < 0, the last place named.
 */
export function placeSide(words: readonly Word[], from: number): Side | undefined {
  if (from < 0) {
    for (let i = words.length - 1; i >= 0; i--) {
      const hit = placeAt(words, i);
      if (hit) return hit;
    }
    return undefined;
  }
  // A place right after the figure is where its dead were ("8 civilians were killed in
  // Kharkiv"); one far after it belongs to a later clause ("…, and 251 hostages were taken to
  // Gaza"), where a place before the figure is the better guess.
  for (let i = from; i < Math.min(words.length, from + NEAR_AFTER); i++) {
    const hit = placeAt(words, i);
    if (hit) return hit;
  }
  for (let i = Math.min(from, words.length) - 1; i >= 0; i--) {
    const hit = placeAt(words, i);
    if (hit) return hit;
  }
  for (let i = from + NEAR_AFTER; i < words.length; i++) {
    const hit = placeAt(words, i);
    if (hit) return hit;
  }
  return undefined;
}

/** How many words after a figure its place may stand before a place before it is preferred. */
const NEAR_AFTER = 7;

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

/** Countries whose names, alone, are places only after a preposition (see placeAt). */
export const COUNTRIES = new Set([
  'israel',
  'lebanon',
  'ukraine',
  "israel's",
  "lebanon's",
  "ukraine's",
]);
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
