import { areasOfSide } from '../core/conflicts';
import { isCachedFor } from '../core/same-text';
import { partitionPoint } from '../core/sorted';
import type { Area, Side } from '../core/vocabulary';
import { type Sentence, segmentSentences } from './sentences';
import { type Word, wordsIn } from './words';

/**
 * The area of a figure whose side is counted per area (src/core/conflicts.ts): Palestinian
 * losses in Gaza or in the West Bank, whose tallies differ a hundredfold and are never compared
 * with each other. The area comes from the place words of the figure's sentence, else of the
 * sentence before it (same paragraph), else of the whole page, each only when it names one area;
 * a sentence that names both decides only by a place right next to the figure ("29,195 killed in
 * Gaza and 393 in the West Bank"), and otherwise leaves the area unknown rather than guess.
 */

/** Place names, lower case; a name is matched as whole words, case-insensitively. */
export const AREA_PLACES: readonly (readonly [string, Area])[] = [
  ...[
    'gaza',
    'gaza strip',
    'gaza city',
    'rafah',
    'khan younis',
    'khan yunis',
    'jabalia',
    'jabaliya',
    'nuseirat',
    'deir al-balah',
    'deir el-balah',
    'beit lahia',
    'beit hanoun',
    'maghazi',
    'bureij',
    'mawasi',
    'shujaiya',
  ].map((p): [string, Area] => [p, 'gaza']),
  ...[
    'west bank',
    'jenin',
    'nablus',
    'tulkarm',
    'tulkarem',
    'hebron',
    'ramallah',
    'tubas',
    'qalqilya',
    'qalqiliya',
    'bethlehem',
    'jericho',
    'east jerusalem',
    'nur shams',
  ].map((p): [string, Area] => [p, 'west-bank']),
];

const AREA_BY_NAME = new Map(AREA_PLACES.map(([name, area]) => [name, area]));
// Names hold only letters, spaces and hyphens (no regex syntax); a space matches any run of spaces.
const pattern = (name: string) => name.replace(/ /g, '\\s+');
// Longest names first, so "gaza strip" is one hit, not "gaza".
const AREA_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...AREA_BY_NAME.keys()]
    .sort((a, b) => b.length - a.length)
    .map(pattern)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** How many words may stand between a figure and its place, in a sentence naming both areas. */
const AFTER_WORDS = 6;
const BEFORE_WORDS = 4;

interface Hit {
  start: number;
  end: number;
  area: Area;
}

interface PageAreas {
  text: string;
  sentences: Sentence[];
  hits: Hit[];
  /** The one area the whole page names, if it names only one. */
  only: Area | undefined;
}

// Detection runs over one text at a time and asks for several figures of it: read it once.
let last: PageAreas | undefined;

function pageAreas(text: string): PageAreas {
  if (isCachedFor(last, text)) return last;
  const hits: Hit[] = [];
  AREA_RE.lastIndex = 0;
  for (let m = AREA_RE.exec(text); m !== null; m = AREA_RE.exec(text)) {
    const area = AREA_BY_NAME.get(m[0].toLowerCase().replace(/\s+/g, ' '));
    if (area) hits.push({ start: m.index, end: m.index + m[0].length, area });
  }
  last = { text, sentences: segmentSentences(text), hits, only: oneArea(hits) };
  return last;
}

function oneArea(hits: readonly Hit[]): Area | undefined {
  const areas = new Set(hits.map((h) => h.area));
  return areas.size === 1 ? hits[0]?.area : undefined;
}

/** The index of the last sentence starting at or before `offset`, or -1. */
function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  return partitionPoint(sentences, (s) => s.start <= offset) - 1;
}

const within = (hits: readonly Hit[], s: Sentence | undefined) =>
  s ? hits.filter((h) => h.start >= s.start && h.end <= s.end) : [];

/** Words that bind a place after a figure to it: "killed in Gaza", "across the West Bank". */
const LOCATIVE = new Set(['in', 'across', 'throughout', 'from']);

/**
 * In a sentence naming both areas: the place the figure's own clause puts it in ("29,195 killed
 * in Gaza and 393 in the West Bank"), else the place just before it ("In the West Bank, 393 …"),
 * unless that place is one of a pair ("in Gaza and the West Bank"), which names both at once.
 */
function boundPlace(text: string, hits: readonly Hit[], figure: { start: number; end: number }) {
  const next = hits.findIndex((h) => h.start >= figure.end);
  const after = hits[next];
  if (after && locatedAfter(text, figure.end, after.start)) {
    return paired(text, after, hits[next + 1]) ? undefined : after.area;
  }
  const at = (next < 0 ? hits.length : next) - 1;
  const before = hits[at];
  if (!before) return undefined;
  const between = wordsIn(text, before.end, figure.start);
  if (between.length > BEFORE_WORDS || between.some(hasDigit)) return undefined;
  return paired(text, hits[at - 1], before) ? undefined : before.area;
}

const hasDigit = (w: Word) => /\d/.test(w.norm);

/** "have been killed in [the] <place>": a locative word right before the place, same clause. */
function locatedAfter(text: string, from: number, to: number): boolean {
  const between = wordsIn(text, from, to);
  if (between.length > AFTER_WORDS) return false;
  if (between.some((w) => hasDigit(w) || w.norm === ',' || w.norm === ';')) return false;
  const last = between.at(-1)?.norm === 'the' ? between.at(-2) : between.at(-1);
  return last !== undefined && LOCATIVE.has(last.norm);
}

/** Two places of different areas a few words apart with no number between them. */
function paired(text: string, a: Hit | undefined, b: Hit | undefined): boolean {
  if (!a || !b || a.area === b.area) return false;
  const between = wordsIn(text, a.end, b.start);
  return between.length <= 3 && !between.some(hasDigit);
}

/**
 * `{ area }` for a figure of a side counted per area when its text says which; `{}` otherwise
 * (also for every other side). `figure` is the highlighted span's offsets in `text`.
 */
export function areaOf(
  text: string,
  figure: { start: number; end: number; side?: Side | undefined },
): { area?: Area } {
  if (!figure.side || areasOfSide(figure.side).length === 0) return {};
  const page = pageAreas(text);
  if (page.hits.length === 0) return {};
  const index = sentenceAt(page.sentences, figure.start);
  const sentence = page.sentences[index];
  const own = within(page.hits, sentence);
  if (own.length > 0) {
    const area = oneArea(own) ?? boundPlace(text, own, figure);
    return area ? { area } : {};
  }
  const previous = page.sentences[index - 1];
  const before = previous?.paragraph === sentence?.paragraph ? within(page.hits, previous) : [];
  if (before.length > 0) {
    const area = oneArea(before);
    return area ? { area } : {};
  }
  return page.only ? { area: page.only } : {};
}
