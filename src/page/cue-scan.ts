import { firstAtOrAfter, sortedHas } from '../core/sorted';
import { WINDOW } from '../detect/classify';
import { LAST_WORDS, VERB_REACH, VERB_WORDS } from '../detect/cues';
import { NUMBER_WORDS } from '../detect/spelled';
import { isAsciiLetter, isAsciiWordChar, trie } from '../detect/word-trie';

/**
 * The gate's one question, "does a cue word stand near a number?", answered at the speed of one
 * plain regex pass (issue 16). The detector finds cues with a Unicode regex whose lookbehind is
 * tried at every character (src/detect/cues.ts); on a page without loss figures that pass alone
 * costs several times a walk of the page. Here the same words are one case-insensitive,
 * non-Unicode regex shaped as a trie (each position costs one character test per branch, not
 * one per word), the word boundaries are checked in code for each match, and numbers are looked
 * for only around the cues found. Nothing a Unicode match would find is missed: the text's only
 * characters that fold onto ASCII letters (ſ and the Kelvin sign) are folded first, both one
 * UTF-16 unit like their ASCII letters, and every cue and number word is ASCII (checked by
 * figure-gate.test.ts).
 */

/**
 * How far a cue may stand from a number and still count: the detector's noun window (the verbs'
 * reach is shorter), plus the longest stretch of a number token without a digit or number word
 * in it ("70 per cent", "30,000 to 40,000").
 */
export const REACH = Math.max(WINDOW, VERB_REACH) + 32;
/** A model code ("Su-34", "T-72") names its noun: up to this many letters, a hyphen, a digit. */
export const MODEL_PREFIX_MAX = 3;

export const CUE_WORDS: ReadonlySet<string> = new Set(
  [...LAST_WORDS, ...VERB_WORDS].map((w) => w.toLowerCase()).filter((w) => w !== ''),
);
const CUE_TRIE = trie([...CUE_WORDS]);
// A cue word after a character that is no ASCII letter or digit (consumed with it), or the hyphen
// and digit of a model code (its letters are checked in code). Entered only where a word may
// start, the trie costs Chromium about two thirds of what trying it at every character did; a
// lookbehind instead of the consumed character was slower there (issue 16). A cue right after an
// ASCII letter or digit counts only where two text nodes meet: those are tried apart (CUE_HERE).
const CUE = new RegExp(`(?:^|[^a-z0-9])(?:${CUE_TRIE})|-\\d`, 'gi');
// The same, or a Cyrillic letter: the page gate's one pass also says whether the Slavic reading
// is needed (page-gate.ts), instead of a second pass over the page for that alone.
const CUE_OR_CYRILLIC = new RegExp(`${CUE.source}|[\\u0400-\\u04ff]`, 'gi');
const CUE_HERE = new RegExp(CUE_TRIE, 'iy');
const NUMBER = new RegExp(`\\d+|${trie(NUMBER_WORDS)}`, 'gi');
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A letter or digit of any script at `i`: ASCII (most text) decided without the Unicode regex. */
function isWordCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code < 0x80 ? isAsciiWordChar(code) : WORD_CHAR.test(text[i] as string);
}
const DIGIT = /\d/;
// The only characters whose Unicode case folding is an ASCII letter.
const FOLDS = /[\u017f\u212a]/g;
const unfold = (c: string) => (c === '\u017f' ? 's' : 'k');

/**
 * Whether a word may end or start at `offset` (between offset-1 and offset): no letter or digit
 * there, or a place where the page shell may put a block break (`mayBreak`).
 */
export type Breaks = (offset: number) => boolean;

function boundary(text: string, offset: number, mayBreak: Breaks): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  // Half a surrogate pair: an astral letter or not, let it pass.
  if ((before & 0xfc00) === 0xd800 || (after & 0xfc00) === 0xdc00) return true;
  return !(isWordCharAt(text, offset - 1) && isWordCharAt(text, offset)) || mayBreak(offset);
}

/** Where the run of letters and digits around `offset` starts (left) or ends (right). */
function runEdge(text: string, offset: number, step: -1 | 1): number {
  let i = offset;
  if (step < 0) while (i > 0 && isWordCharAt(text, i - 1)) i--;
  else while (i < text.length && isWordCharAt(text, i)) i++;
  return i;
}

/**
 * The cue that `found` (matched at `start`) makes, or null: a whole word (or a shorter one ending
 * at a hyphen), or a model code's short letters.
 */
function cueAt(
  text: string,
  start: number,
  found: string,
  mayBreak: Breaks,
): [number, number] | null {
  if (found[0] === '-') {
    // "Su-34": the letters before the hyphen, no digit among them, at most three of them.
    const from = runEdge(text, start, -1);
    const letters = text.slice(from, start);
    if (letters.length === 0 || letters.length > MODEL_PREFIX_MAX || DIGIT.test(letters))
      return null;
    return [from, start];
  }
  if (!boundary(text, start, mayBreak)) return null;
  if (boundary(text, start + found.length, mayBreak)) return [start, start + found.length];
  // "fighter-bombersX": the longest word failed its end; a shorter one may end at a hyphen.
  for (let i = found.lastIndexOf('-'); i > 0; i = found.lastIndexOf('-', i - 1))
    if (CUE_WORDS.has(found.slice(0, i).toLowerCase())) return [start, start + i];
  return null;
}

/**
 * The first and last numbers (digits, or number words) of `text` within `reach` of a cue, or null;
 * the numbers are found left to right as far as the cues ask, and kept: on a page dense with cues
 * each number is within reach of many, and scanning each cue's reach apart read the same numbers
 * again for every one (issue 16). A scan started at the start of a run of letters and digits, as
 * each cue's was, finds there the very numbers a scan from the text's start finds (a number word
 * is letters only: no match crosses such a start), so the ones kept are those each cue's own scan
 * found. Calls for a text must come in order of their cues.
 */
function numbersNear(text: string, mayBreak: Breaks) {
  const starts: number[] = [];
  const ends: number[] = [];
  // The numbers kept are those of [first, next), scanned from first; the scan goes on at next.
  let first = 0;
  let next = 0;
  return ([from, to]: [number, number], reach: number): [number, number] | null => {
    // Whole runs: a run with a digit counts wherever the digit is (figure-gate.ts).
    const left = runEdge(text, Math.max(0, from - reach), -1);
    const right = runEdge(text, Math.min(text.length, to + reach), 1);
    // The text between two cues' reaches is never asked for: without this restart the number
    // regex went over all of it, most of a second pass on a page of sparse cues. No match crosses
    // `left` (a run's start), so a scan from there finds the same numbers from there on.
    if (next < left || left < first) {
      starts.length = 0;
      ends.length = 0;
      first = next = left;
    }
    while (next < right) {
      NUMBER.lastIndex = next;
      const m = NUMBER.exec(text);
      // Nothing before that match: the next scan starts there.
      next = m === null ? text.length : m.index;
      if (m === null || m.index >= right) break;
      const end = m.index + m[0].length;
      const isNumber =
        DIGIT.test(m[0]) || (boundary(text, m.index, mayBreak) && boundary(text, end, mayBreak));
      if (isNumber) {
        starts.push(m.index);
        ends.push(end);
      }
      next = isNumber ? end : m.index + 1;
    }
    const i = firstAtOrAfter(starts, left, same);
    const j = firstAtOrAfter(starts, right, same) - 1;
    return i > j ? null : [starts[i] as number, ends[j] as number];
  };
}

const same = (n: number) => n;

/**
 * Calls `hit(from, to)` for the spans where a cue word stands within REACH of a number (each cue
 * with the farthest numbers within reach on either side), in order, until `hit` returns true;
 * returns whether one did. `breaks` (ascending) are the offsets where the page shell may later
 * insert a block break (between two text nodes): a word may start or end there; `reach` may be
 * wider than REACH for a text that holds more than the page shell reads (page-gate.ts).
 */
export function cueHits(
  source: string,
  hit: (from: number, to: number) => boolean,
  breaks: readonly number[] = [],
  reach = REACH,
): boolean {
  return scan(CUE, source, hit, breaks, reach) === true;
}

/**
 * cueHits, stopped by the first Cyrillic letter of the text ('cyrillic', whatever was hit before
 * it): for the page gate, which reads a page with Cyrillic whole (page-gate.ts).
 */
export function cueHitsUntilCyrillic(
  source: string,
  hit: (from: number, to: number) => boolean,
  breaks: readonly number[],
  reach: number,
): boolean | 'cyrillic' {
  return scan(CUE_OR_CYRILLIC, source, hit, breaks, reach);
}

const isCyrillic = (code: number) => code >= 0x400 && code <= 0x4ff;

/** Where a match of CUE starts what it found: after the character it consumed, if it took one. */
function foundAt(m: RegExpExecArray, untilCyrillic: boolean): number {
  const code = m[0].charCodeAt(0);
  // A model code's hyphen and digit or a Cyrillic letter alone (shorter than any cue word with
  // its consumed character), a cue at the text's start, or a Cyrillic letter before a cue.
  if (m[0].length < 3 || isAsciiLetter(code) || (untilCyrillic && isCyrillic(code))) return m.index;
  return m.index + 1;
}

/**
 * The scan of cueHits: the cues found in order, as trying the trie at every character found them
 * (a cue right after a letter or digit is a cue only where boundary() allows it: at `breaks`).
 */
function scan(
  regex: RegExp,
  source: string,
  hit: (from: number, to: number) => boolean,
  breaks: readonly number[],
  reach: number,
): boolean | 'cyrillic' {
  // indexOf finds one character far faster than a regex pass (which cost a third of a walk).
  const folds = source.indexOf('\u017f') >= 0 || source.indexOf('\u212a') >= 0;
  const text = folds ? source.replace(FOLDS, unfold) : source;
  const mayBreak: Breaks = (at) => sortedHas(breaks, at);
  const near = numbersNear(text, mayBreak);
  const untilCyrillic = regex === CUE_OR_CYRILLIC;
  // Where the next cue may start (all before it is looked at), and the next break to try.
  let start = 0;
  let b = 0;
  regex.lastIndex = 0;
  let m = regex.exec(text);
  for (;;) {
    // The regex's next match, unless the last one is still ahead (it then still is the next).
    if (m !== null && m.index < start) {
      regex.lastIndex = start;
      m = regex.exec(text);
    }
    let at = m === null ? text.length : foundAt(m, untilCyrillic);
    let found = m === null ? '' : m[0].slice(at - m.index);
    // A cue starting mid-word where two text nodes meet, before that match.
    for (let offset = breaks[b] ?? at; offset < at; offset = breaks[++b] ?? at) {
      // Most nodes start with no letter, or after a space: no sticky regex is tried there (the
      // test in line: this loop sees every node of the page, most often run by the interpreter).
      const first = text.charCodeAt(offset) | 0x20;
      if (first < 0x61 || first > 0x7a || offset < start) continue;
      if (!isAsciiWordChar(text.charCodeAt(offset - 1))) continue;
      CUE_HERE.lastIndex = offset;
      const word = CUE_HERE.exec(text);
      if (word) {
        at = offset;
        found = word[0];
        break;
      }
    }
    if (found === '') return false;
    const code = found.charCodeAt(0);
    if (isCyrillic(code) && untilCyrillic) return 'cyrillic';
    const cue = cueAt(text, at, found, mayBreak);
    if (cue) {
      const numbers = near(cue, reach);
      if (numbers && hit(Math.min(numbers[0], cue[0]), Math.max(numbers[1], cue[1]))) return true;
    }
    start = Math.max(cue?.[1] ?? 0, at + 1);
  }
}
