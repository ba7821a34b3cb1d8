import { allMatches } from '../core/matches';
/**
 * Paragraph and sentence segmentation. Paragraphs are separated by '\n' because the content
 * script joins the page's block elements with '\n' (and the scan CLI does the same). A sentence
 * ends at '.', '!', '?' or '…' (plus closing quotes or brackets) followed by white space and a
 * capital letter, digit or opening quote, unless the word before the full stop is a known
 * abbreviation or an initial ("Mr.", "U.S.", "Gen.").
 */

/** One sentence: offsets into the text (trimmed of white space) and its paragraph's index. */
export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph among the non-empty paragraphs of the text. */
  paragraph: number;
}

// A match may only start where a run of sentence punctuation starts (the lookbehind after its
// first character), and takes the rest of the run at once ((?=(…))\1 is atomic): tried at every
// character of a long run of dots and backtracking through it, the regex would be quadratic in
// the run's length. Starting with a plain character class lets the engine skip ahead fast.
const END_RE = /[.!?…](?<![.!?…][.!?…])(?=([.!?…]*))\1["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\d])/gu;
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st gen lt col maj capt sgt cpl pvt adm cmdr gov sen rep pres jr sr ' +
    'no nos vs etc approx est jan feb mar apr jun jul aug sep sept oct nov dec fig inc ltd co corp ' +
    'e.g i.e u.s u.k u.n mon tue tues wed thu thur thurs fri sat sun'
  ).split(' '),
);

/** Splits `text` into sentences, in order. Linear in the length of the text. */
export function segmentSentences(text: string): Sentence[] {
  const ends = sentenceEnds(text);
  const sentences: Sentence[] = [];
  let next = 0;
  let paragraph = 0;
  let pos = 0;
  while (pos <= text.length) {
    const newline = text.indexOf('\n', pos);
    const end = newline < 0 ? text.length : newline;
    let start = skipSpace(text, pos, end);
    if (start < end) {
      // The ends found in this paragraph, from the one pass over the whole text.
      for (; next < ends.length && (ends[next] ?? 0) <= end; next++) {
        const at = ends[next] ?? 0;
        if (at <= start) continue;
        sentences.push({ start, end: at, paragraph });
        start = skipSpace(text, at, end);
      }
      const last = trimEnd(text, end, start);
      if (start < last) sentences.push({ start, end: last, paragraph });
      paragraph++;
    }
    pos = end + 1;
  }
  return sentences;
}

/** The offsets just past every sentence end of the text (abbreviations and initials left out). */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const m of allMatches(END_RE, text)) {
    if (m[0] === '.' && isAbbreviation(text, m.index)) continue;
    ends.push(m.index + m[0].length);
  }
  return ends;
}

/** Whether the word ending at `dot` (a full stop) is an abbreviation or an initial. */
function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && dot - i < 12 && !isSpace(text.charCodeAt(i - 1))) i--;
  const word = text
    .slice(i, dot)
    .toLowerCase()
    .replace(/^["'“‘(]+/, '');
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

/** White space as /\s/ knows it, by code unit: a regex per character would cost far more. */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function skipSpace(s: string, i: number, end: number): number {
  let j = i;
  while (j < end && isSpace(s.charCodeAt(j))) j++;
  return j;
}

function trimEnd(s: string, i: number, floor: number): number {
  let j = i;
  while (j > floor && isSpace(s.charCodeAt(j - 1))) j--;
  return j;
}

/**
 * Finds the sentence containing an offset. Figures are visited in text order, so the cursor only
 * moves forward and the whole walk is linear.
 */
export class SentenceCursor {
  private index = 0;

  constructor(readonly sentences: readonly Sentence[]) {}

  /** The index of the sentence containing `pos`, or -1 when `pos` is between sentences. */
  at(pos: number): number {
    while (this.index < this.sentences.length && (this.sentences[this.index]?.end ?? 0) <= pos) {
      this.index++;
    }
    const sentence = this.sentences[this.index];
    return sentence && sentence.start <= pos ? this.index : -1;
  }
}
