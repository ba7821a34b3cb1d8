import type { Metric } from '../core/vocabulary';
import { wordTable } from '../core/word-table';
import { matchPhraseEndingAt, phraseTable } from './phrase-table';
import type { Word } from './words';

/**
 * Figures whose noun comes first: "The number of Russian casualties could be as high as
 * 40,000", "Ukrainian losses stood at 15,000". Only collective loss nouns qualify: "killed" or
 * "wounded" before a number is usually an age or a time ("he was killed at 20").
 */

const HEADS = phraseTable<Metric>([
  ['casualties', 'personnel_casualties'],
  ['losses', 'personnel_casualties'],
  ['killed and wounded', 'personnel_casualties'],
  ['deaths', 'personnel_killed'],
  ['dead', 'personnel_killed'],
  // A bare "death toll" is a strike's or a health ministry's count of everyone killed.
  ['death toll', 'civilians_killed'],
  ['toll', 'civilians_killed'],
  ['death count', 'civilians_killed'],
  ['military death toll', 'personnel_killed'],
  ["military's death toll", 'personnel_killed'],
  ["military's verifiable death toll", 'personnel_killed'],
  ["military's confirmed death toll", 'personnel_killed'],
  ["military's official death toll", 'personnel_killed'],
  ['military deaths', 'personnel_killed'],
  ['troop deaths', 'personnel_killed'],
  ["army's death toll", 'personnel_killed'],
  ['army death toll', 'personnel_killed'],
  ['civilian deaths', 'civilians_killed'],
  ['civilian death toll', 'civilians_killed'],
]);

/** The last words of the loss nouns above, for the page-wide pre-filter (cues.ts). */
export const HEAD_WORDS = [...HEADS.values()].flatMap((entries) =>
  entries.map((e) => e.words.at(-1) ?? ''),
);

/** Verbs and particles that may link the noun to its number. */
const LINKS = new Set(
  (
    'could may might would will be is are was were stand stands stood at rose risen rise rising ' +
    'to reached reach reaches has have had now total totals totaled totalled number numbered ' +
    'numbers put exceed exceeded exceeds climbed climb surpassed passed already estimated of : ' +
    'between in into the run runs ran now amounted amount amounts risen surpasses topped tops ' +
    'hit hits jumped increased increases top range falls fall rises passes climbs exceeding ' +
    'surpassing reaching ranged ranges ranging from near mounts mounted crosses crossed swelled ' +
    'swells revised raised lowered updated around about roughly above eclipsed eclipses ' +
    'surpass exceeding'
  ).split(' '),
);

/** Words allowed right after such a number: the figure ends there ("40,000, according to"). */
const AFTER = new Set(
  (
    'in on by according as since so and or while during until at from for after before ' +
    'including with last this over across near around overnight when yesterday today among ' +
    'amid following inside monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);

/** Whether `next` may follow a figure that ends with its number: punctuation or a preposition. */
export function mayEndFigure(next: Word | undefined): boolean {
  return next === undefined || !WORD_START.test(next.norm) || AFTER.has(next.norm);
}

// Hoisted: a regex literal in the function was a new RegExp for every number a page gives.
const WORD_START = /^[\p{L}\p{N}]/u;

/**
 * The loss noun that `before` (the words before a number) ends with, through link words. The
 * number must end the clause (`after` starts with punctuation or a preposition) unless the
 * caller found the people it counts right after it (`nounAfter`: "at 30,000 men").
 */
export function trailingLoss(
  before: readonly Word[],
  after: readonly Word[],
  nounAfter = false,
): { metric: Metric; modifiers: Word[]; head: Word[] } | undefined {
  if (!nounAfter && !mayEndFigure(after[0])) return undefined;
  let i = before.length;
  while (i > 0 && before.length - i < 6 && LINKS.has(before[i - 1]?.norm ?? '')) i--;
  if (i === before.length) return undefined;
  const direct = headEndingAt(before, i);
  const head = direct ? { ...direct, end: i } : headBeforeComplement(before, i);
  if (!head) return undefined;
  const nounStart = head.end - head.length;
  return {
    metric: head.value,
    modifiers: before.slice(Math.max(0, nounStart - 2), nounStart),
    head: before.slice(nounStart, head.end),
  };
}

/**
 * "the death toll from Saturday's missile strike in Dnipro had risen to 40": the loss noun may
 * stand before a complement of a few words that opens with a preposition, when a verb of rising
 * or reaching links it to the number.
 */
function headBeforeComplement(before: readonly Word[], links: number) {
  // "has risen to 40"; "raising the number of journalists killed since October to 257".
  const linked =
    before.slice(links).some((w) => RISING.has(w.norm)) ||
    before.slice(Math.max(0, links - 16), links).some((w) => CAUSING.has(w.norm));
  if (!linked) return undefined;
  for (let j = links - 1; j > 0 && links - j <= 12; j--) {
    if (!COMPLEMENT_OPENERS.has(before[j]?.norm ?? '')) continue;
    const head = headEndingAt(before, j);
    if (head) return { ...head, end: j };
  }
  return undefined;
}

/** A loss noun ending at `before[end - 1]`: one of HEADS, or "the number of people killed". */
function headEndingAt(before: readonly Word[], end: number) {
  return matchPhraseEndingAt(HEADS, before, end) ?? countHead(before, end);
}

/**
 * "the number of Palestinian journalists killed", "the number of wounded", "the toll of dead":
 * a count of the people a loss word names, after "number of" or "toll of" at most four words
 * before it. Soldiers are counted as soldiers; anyone else as the people of the place.
 */
function countHead(before: readonly Word[], end: number) {
  // "the number of injured people": the people after the loss word.
  const tail = PEOPLE_AFTER.has(before[end - 1]?.norm ?? '') ? 1 : 0;
  const outcome = COUNTED[before[end - 1 - tail]?.norm ?? ''];
  if (!outcome) return undefined;
  if (outcome === 'casualties') return casualtiesCount(before, end);
  for (let k = end - 2; k >= 1 && end - k <= 6; k--) {
    if (before[k]?.norm !== 'of' || !COUNT_NOUNS.has(before[k - 1]?.norm ?? '')) continue;
    const between = before.slice(k + 1, end).map((w) => w.norm);
    const soldiers = between.some((w) => SOLDIERS.has(w));
    const children = between.includes('children');
    const metric: Metric =
      outcome === 'victims'
        ? 'other'
        : soldiers
          ? outcome === 'killed'
            ? 'personnel_killed'
            : 'personnel_wounded'
          : between.includes('women')
            ? 'other'
            : children && outcome === 'killed'
              ? 'children_killed'
              : outcome === 'killed'
                ? 'civilians_killed'
                : 'civilians_injured';
    return { value: metric, length: end - (k - 1) };
  }
  return undefined;
}

/**
 * "the overall number of Russian casualties": a count of casualties after "number of" (the loss
 * noun's own modifiers say whose, see trailingLoss).
 */
function casualtiesCount(before: readonly Word[], end: number) {
  for (let k = end - 2; k >= 1 && end - k <= 4; k--) {
    if (before[k]?.norm === 'of' && COUNT_NOUNS.has(before[k - 1]?.norm ?? ''))
      return { value: 'personnel_casualties' as Metric, length: end - (k - 1) };
  }
  return undefined;
}

const COUNTED: Record<string, 'killed' | 'wounded' | 'victims' | 'casualties'> = wordTable({
  victims: 'victims',
  casualties: 'casualties',
  died: 'killed',
  killed: 'killed',
  dead: 'killed',
  deaths: 'killed',
  martyrs: 'killed',
  fatalities: 'killed',
  wounded: 'wounded',
  injured: 'wounded',
  injuries: 'wounded',
});
const PEOPLE_AFTER = new Set(['people', 'persons', 'civilians', 'children', 'palestinians', 'who']);
const COUNT_NOUNS = new Set(['number', 'toll', 'tally', 'count', 'total']);
const SOLDIERS = new Set(
  'soldiers troops troopers servicemen fighters militants combatants personnel officers'.split(' '),
);
/** Verbs that raise a count to the number after them: "raising the toll to 40". */
const CAUSING = new Set(['raising', 'bringing', 'bring', 'brings', 'brought', 'pushing', 'taking']);

const RISING = new Set(
  (
    'rose risen rise rising reached reach reaches climbed climb stood stands stand exceeded ' +
    'estimated put totalled totaled amounted numbered surpassed surpasses passed topped tops ' +
    'hit hits jumped increased increases is was rises passes climbs exceeding surpassing ' +
    'reaching ranged ranges range mounts mounted crosses crossed swelled swells'
  ).split(' '),
);
const COMPLEMENT_OPENERS = new Set([
  'from',
  'in',
  'of',
  'among',
  'after',
  'since',
  'beginning',
  'starting',
  'alone',
  'throughout',
  'during',
  'across',
  'due',
]);
