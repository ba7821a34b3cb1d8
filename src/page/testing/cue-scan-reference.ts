/*
 * The page gate's cue scan as it was before it entered its trie only at word starts (issue 16):
 * the trie tried at every character, the numbers scanned from the text's start. Kept, its word
 * lists, trie and reach taken from the scan itself, as the reference that src/page/cue-scan.test.ts
 * holds the faster scan to (the same hits, in the same order, on fuzzed text cut into text nodes
 * anywhere).
 */
import { firstAtOrAfter } from '../../core/sorted';
import { NUMBER_WORDS } from '../../detect/spelled';
import { trie } from '../../detect/word-trie';
import { type Breaks, CUE_WORDS, MODEL_PREFIX_MAX, REACH } from '../cue-scan';

// A cue word, or the hyphen and digit of a model code (its letters are checked in code).
const CUE = new RegExp(`${trie([...CUE_WORDS])}|-\\d`, 'gi');
// The same, or a Cyrillic letter: the page gate's one pass also says whether the Slavic reading
// is needed (page-gate.ts), instead of a second pass over the page for that alone.
const CUE_OR_CYRILLIC = new RegExp(`${CUE.source}|[\\u0400-\\u04ff]`, 'gi');
const NUMBER = new RegExp(`\\d+|${trie(NUMBER_WORDS)}`, 'gi');
const WORD_CHAR = /[\p{L}\p{N}]/u;
const DIGIT = /\d/;
// The only characters whose Unicode case folding is an ASCII letter.
const FOLDS = /[\u017f\u212a]/g;
const unfold = (c: string) => (c === '\u017f' ? 's' : 'k');

const never: Breaks = () => false;

function boundary(text: string, offset: number, mayBreak: Breaks): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  // Half a surrogate pair: an astral letter or not, let it pass.
  if ((before & 0xfc00) === 0xd800 || (after & 0xfc00) === 0xdc00) return true;
  return (
    !(WORD_CHAR.test(text[offset - 1] as string) && WORD_CHAR.test(text[offset] as string)) ||
    mayBreak(offset)
  );
}

/** Where the run of letters and digits around `offset` starts (left) or ends (right). */
function runEdge(text: string, offset: number, step: -1 | 1): number {
  let i = offset;
  if (step < 0) while (i > 0 && WORD_CHAR.test(text[i - 1] as string)) i--;
  else while (i < text.length && WORD_CHAR.test(text[i] as string)) i++;
  return i;
}

/** The cue at a match of CUE, or null: a whole word, or a model code's short letters. */
function cueAt(text: string, m: RegExpExecArray, mayBreak: Breaks): [number, number] | null {
  const start = m.index;
  const found = m[0];
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
  // Where the scan goes on: the text before it is scanned.
  let next = 0;
  return ([from, to]: [number, number], reach: number): [number, number] | null => {
    // Whole runs: a run with a digit counts wherever the digit is (figure-gate.ts).
    const left = runEdge(text, Math.max(0, from - reach), -1);
    const right = runEdge(text, Math.min(text.length, to + reach), 1);
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
    const first = firstAtOrAfter(starts, left, same);
    const last = firstAtOrAfter(starts, right, same) - 1;
    return first > last ? null : [starts[first] as number, ends[last] as number];
  };
}

const same = (n: number) => n;

/**
 * Calls `hit(from, to)` for the spans where a cue word stands within REACH of a number (each cue
 * with the farthest numbers within reach on either side), in order, until `hit` returns true;
 * returns whether one did. `mayBreak` names the offsets where the page shell may later insert a
 * block break (between two text nodes): a word may start or end there; `reach` may be wider than
 * REACH for a text that holds more than the page shell reads (page-gate.ts).
 */
export function cueHits(
  source: string,
  hit: (from: number, to: number) => boolean,
  mayBreak: Breaks = never,
  reach = REACH,
): boolean {
  return scan(CUE, source, hit, mayBreak, reach) === true;
}

/**
 * cueHits, stopped by the first Cyrillic letter of the text ('cyrillic', whatever was hit before
 * it): for the page gate, which reads a page with Cyrillic whole (page-gate.ts).
 */
export function cueHitsUntilCyrillic(
  source: string,
  hit: (from: number, to: number) => boolean,
  mayBreak: Breaks,
  reach: number,
): boolean | 'cyrillic' {
  return scan(CUE_OR_CYRILLIC, source, hit, mayBreak, reach);
}

function scan(
  regex: RegExp,
  source: string,
  hit: (from: number, to: number) => boolean,
  mayBreak: Breaks,
  reach: number,
): boolean | 'cyrillic' {
  FOLDS.lastIndex = 0;
  const text = FOLDS.test(source) ? source.replace(FOLDS, unfold) : source;
  const near = numbersNear(text, mayBreak);
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0].length === 1 && m[0] >= '\u0400' && m[0] <= '\u04ff') return 'cyrillic';
    const cue = cueAt(text, m, mayBreak);
    if (!cue) {
      regex.lastIndex = m.index + 1;
      continue;
    }
    const numbers = near(cue, reach);
    if (numbers && hit(Math.min(numbers[0], cue[0]), Math.max(numbers[1], cue[1]))) return true;
    regex.lastIndex = Math.max(cue[1], m.index + 1);
  }
  return false;
}
