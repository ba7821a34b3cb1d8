import type { Metric } from '../core/vocabulary';
import { wordTable } from '../core/word-table';
import { NOUNS, type NounClass } from './nouns';
import { matchPhrase, matchPhraseEndingAt } from './phrase-table';
import type { Outcome } from './verbs';
import type { Word } from './words';

export type { NounClass } from './nouns';

/**
 * Noun phrases after a number: which noun (src/detect/nouns.ts) says what it counts, with the
 * modifiers allowed before it ("790 [Russian main battle] tanks"), and the metric a class of
 * people gets once a verb (src/detect/verbs.ts) says what happened to them.
 */

/** Words allowed between a number and its noun: "790 [Russian main battle] tanks". */
const MODIFIERS = new Set(
  (
    "russian ukrainian russia's ukraine's enemy military combat armed main battle more other " +
    'additional further modern heavy light army navy naval air attack regular active soviet-era ' +
    'western western-supplied russian-made elite troop frontline front-line their its our ' +
    'israeli palestinian lebanese hamas hezbollah wagner landing patrol amphibious his ' +
    'documented confirmed verified recorded permanent total irrecoverable distinct war ground ' +
    'unmanned aircraft-type fixed-wing long-range kamikaze shahed-type iranian-made ' +
    'operational-tactical foreign north korean gazan idf strike imitation decoy new ' +
    'operational-tactical-level shahed-type ballistic hypersonic guided incoming iranian ' +
    'iranian-designed reserve german-made us-made american-made french-made british-made ' +
    'soviet-made western-made strategic supply logistics transport'
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
const ADJECTIVAL = new Set(['dead', 'killed', 'wounded', 'injured', 'missing']);
/** Words that may follow such a word when it is the head: "40 dead in Kharkiv", "40 dead, 60 …". */
const AFTER_HEAD = new Set(
  (
    'and or in on at during since by after while including as from with among so this last ' +
    'over across near when according following amid there were was are is have had remain ' +
    'remained around'
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
  /** Offset of the phrase's first word (set by {@link nounPhraseEndingAt}). */
  start?: number;
}

const NOUN_WORDS = new Set(
  [...NOUNS.values()].flatMap((entries) => entries.flatMap((e) => e.words)),
);

/** Whether the word belongs to a counted noun or its modifiers: it may sit inside a list. */
export function isNounPhraseWord(norm: string): boolean {
  return NOUN_WORDS.has(norm) || MODIFIERS.has(norm) || MODEL_NAMES.has(norm);
}

/** Whether a noun phrase can start with this word: a cheap filter before reading a window. */
export function mayStartNounPhrase(norm: string): boolean {
  return NOUNS.has(norm) || MODIFIERS.has(norm) || MODEL_NAMES.has(norm) || isWeaponModifier(norm);
}

/** Whether `word` opens a model code ("T-72", "Su-25"): letters, then "-" and a digit. */
export function isModelCode(text: string, word: Word): boolean {
  return (
    word.end - word.start <= 5 &&
    /^\p{L}+$/u.test(word.norm) &&
    text[word.end] === '-' &&
    /\d/.test(text[word.end + 1] ?? '')
  );
}

/** The noun phrase starting at `words[at]`, allowing up to three modifiers before the noun. */
export function nounPhraseAt(words: readonly Word[], at: number): NounPhrase | undefined {
  const modifiers: Word[] = [];
  let open = false;
  for (let i = at; modifiers.length <= 4 && i < words.length; i++) {
    const hit = matchPhrase(NOUNS, words, i);
    if (hit) {
      // Weapon names and makers' marks describe equipment only ("27 Storm Shadow missiles").
      if (open && hit.value.kind !== 'equipment') return undefined;
      if (modifiers.length > 3 && !open) return undefined;
      const next = i + hit.length;
      if (COMPOUND_HEADS.has(words[next]?.norm ?? '')) return undefined;
      // "40 tanks of fuel": containers, not armour.
      if (
        hit.value.kind === 'equipment' &&
        hit.value.metric === 'tanks' &&
        words[next]?.norm === 'of'
      )
        return undefined;
      if (modifiesNext(hit.value, words[next - 1], words[next])) return undefined;
      const end = words[next - 1]?.end ?? 0;
      return { noun: hit.value, modifiers, next, end };
    }
    const word = words[i];
    const model = modelCodeEnd(words, i);
    if (!word) return undefined;
    if (model > i && model - i > 2) {
      const named = modelNamed(words, i, model, modifiers);
      if (named) return named;
    }
    if (!MODIFIERS.has(word.norm) && model === i) {
      if (!isWeaponModifier(word.norm)) return undefined;
      open = true;
    }
    modifiers.push(word);
    i = model > i ? model - 1 : i;
  }
  return undefined;
}

/**
 * "two Su-34; one Su-35", "nine Tu-95s and three …": a model code standing for its noun. Only
 * where the phrase ends with it (punctuation or a joining word next): "12 Su-25 sorties" counts
 * sorties, and "40 Su-25 pilots" pilots.
 */
function modelNamed(
  words: readonly Word[],
  at: number,
  next: number,
  modifiers: readonly Word[],
): NounPhrase | undefined {
  const metric = MODEL_CLASSES[words[at]?.norm ?? ''];
  const after = words[next]?.norm;
  if (!metric || (after !== undefined && /^\p{L}/u.test(after) && !AFTER_HEAD.has(after)))
    return undefined;
  if (
    after !== undefined &&
    after !== '.' &&
    after !== ',' &&
    after !== ';' &&
    !/^\p{L}/u.test(after)
  )
    return undefined;
  const end = words[next - 1]?.end ?? 0;
  return { noun: { kind: 'equipment', metric }, modifiers: [...modifiers], next, end };
}

/** The families of Soviet and Western designations: what a "Su-34" or a "Ka-52" is. */
const MODEL_CLASSES: Readonly<Record<string, Metric>> = wordTable({
  su: 'aircraft',
  mig: 'aircraft',
  tu: 'aircraft',
  il: 'aircraft',
  an: 'aircraft',
  yak: 'aircraft',
  be: 'aircraft',
  f: 'aircraft',
  ka: 'helicopters',
  mi: 'helicopters',
  t: 'tanks',
  bmp: 'armored_vehicles',
  btr: 'armored_vehicles',
  bmd: 'armored_vehicles',
});

/**
 * Words that describe a weapon before its noun ("13 US-made HIMARS multiple launch rockets", "27
 * Storm Shadow air-launched cruise missiles", "46 self-propelled artillery weapons"): weapon and
 * system names, and hyphenated descriptions ("air-launched", "long-range"). They are allowed
 * before an equipment noun only.
 */
function isWeaponModifier(norm: string): boolean {
  return WEAPON_WORDS.has(norm) || /^\p{L}{2,}(?:-\p{L}+)+$/u.test(norm);
}

const WEAPON_WORDS = new Set(
  (
    'storm shadow scalp neptune atacms himars shahed shaheds geran kalibr iskander kinzhal ' +
    'lancet amx m113 javelin buk tor pantsir grad uragan smerch tornado msta gvozdika akatsiya ' +
    'krab caesar archer gepard nasams hawk stinger bayraktar orlan zala supercam field towed ' +
    'sukhoi mikoyan tupolev ilyushin beriev kamov mil merkava abrams leopard challenger ' +
    'multiple launch attack aerial infantry tactical cruise glide fpv loitering reconnaissance ' +
    'recon mobile radar electronic warfare self-propelled'
  ).split(' '),
);

/**
 * Western models whose names stand before the noun ("16 Bradley fighting vehicles"). A number
 * right after one of them is its mark, not a count (see non-figures.ts).
 */
export const MODEL_NAMES = new Set(
  'leopard challenger marder bradley bradleys abrams stryker strykers cv90 amx-10 patriot'.split(
    ' ',
  ),
);

/**
 * The index past a model code starting at `words[i]` ("T-72", "Su-25", "Ka-52", "BTR-82A"), or
 * `i` when there is none: letters, a hyphen and digits, written without spaces.
 */
function modelCodeEnd(words: readonly Word[], i: number): number {
  const [head, dash, digits] = [words[i], words[i + 1], words[i + 2]];
  // "Leopard 2 tanks", "Challenger 2 tanks": a model name with its mark.
  // "Leopard 2", "Leopard II": a model name with its mark.
  if (head && MODEL_NAMES.has(head.norm))
    return /^(?:\d{1,3}|i{1,3}|iv|v)$/.test(dash?.norm ?? '') ? i + 2 : i + 1;
  if (!head || !dash || !digits || !/^\p{L}{1,5}$/u.test(head.norm)) return i;
  if (dash.norm !== '-' || dash.start !== head.end || digits.start !== dash.end) return i;
  if (!/^\d{1,4}$/.test(digits.norm)) return i;
  let j = i + 3;
  while (
    words[j] &&
    words[j]?.start === words[j - 1]?.end &&
    /^[\p{L}\d]+$/u.test(words[j]?.norm ?? '')
  )
    j++;
  return j;
}

/**
 * The noun phrase that ends right before `words[end]` ("tanks" in "tanks ‒ 3,604"), with up to
 * two modifiers before it, or undefined.
 */
export function nounPhraseEndingAt(words: readonly Word[], end: number): NounPhrase | undefined {
  const hit = matchPhraseEndingAt(NOUNS, words, end);
  if (!hit) return undefined;
  let from = end - hit.length;
  while (from > 0 && end - hit.length - from < 2 && MODIFIERS.has(words[from - 1]?.norm ?? ''))
    from--;
  const modifiers = words.slice(from, end - hit.length);
  const start = words[from]?.start ?? 0;
  return { noun: hit.value, modifiers, next: end, end: words[end - 1]?.end ?? 0, start };
}

/**
 * The metric for a class of people and what happened to them. Soldiers "lost" or "eliminated"
 * are casualties, killed and wounded together, unless the text says killed (docs/DETECTION.md
 * §3): armies' "losses" count both, as the General Staff's "personnel" does.
 */
export function peopleMetric(noun: NounClass, outcome: Outcome): Metric | undefined {
  if (noun.kind === 'personnel') {
    if (outcome === 'lost' || outcome === 'eliminated') return 'personnel_casualties';
    if (outcome === 'destroyed') return undefined;
    return `personnel_${outcome}`;
  }
  if (noun.kind === 'civilians') {
    if (noun.other) return outcome === 'killed' || outcome === 'wounded' ? 'other' : undefined;
    // "39 people are still missing" after a strike, "killed or maimed": no metric of ours.
    if (outcome === 'missing' || outcome === 'casualties') return 'other';
    if (outcome === 'killed') return 'civilians_killed';
    return outcome === 'wounded' ? 'civilians_injured' : undefined;
  }
  if (noun.kind === 'children') {
    if (outcome === 'killed') return 'children_killed';
    // No claimant counts injured children apart: they are civilians injured.
    if (outcome === 'wounded') return 'civilians_injured';
    return outcome === 'casualties' ? 'other' : undefined;
  }
  return undefined;
}

/**
 * The second measure that soldiers "lost" or "eliminated" allow: some readers and writers mean
 * the dead (docs/DETECTION.md §7). Not for "personnel", which is the General Staff's own word for
 * killed and wounded together.
 */
export function alsoMetricOf(noun: NounClass, outcome: Outcome | undefined): Metric | undefined {
  const loose = outcome === 'lost' || outcome === 'eliminated';
  return loose && noun.kind === 'personnel' && noun.noun !== 'personnel'
    ? 'personnel_killed'
    : undefined;
}
