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

// A match may only start where a run of sentence punctuation starts, and takes the whole run at
// once ((?=(…))\1 is atomic): tried at every character of a long run of dots and backtracking
// through it, the regex would be quadratic in the run's length.
const END_RE = /(?<![.!?…])(?=([.!?…]+))\1["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\d])/gu;
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st gen lt col maj capt sgt cpl pvt adm cmdr gov sen rep pres jr sr ' +
    'no nos vs etc approx est jan feb mar apr jun jul aug sep sept oct nov dec fig inc ltd co corp ' +
    'e.g i.e u.s u.k u.n'
  ).split(' '),
);

/** Splits `text` into sentences, in order. Linear in the length of the text. */
export function segmentSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let pos = 0;
  while (pos <= text.length) {
    const newline = text.indexOf('\n', pos);
    const end = newline < 0 ? text.length : newline;
    if (splitParagraph(text, pos, end, paragraph, sentences)) paragraph++;
    pos = end + 1;
  }
  return sentences;
}

/** Appends the sentences of one paragraph; false when the paragraph is blank. */
function splitParagraph(
  text: string,
  from: number,
  to: number,
  paragraph: number,
  out: Sentence[],
): boolean {
  const slice = text.slice(from, to);
  let start = skipSpace(slice, 0);
  if (start >= slice.length) return false;
  END_RE.lastIndex = 0;
  for (let m = END_RE.exec(slice); m !== null; m = END_RE.exec(slice)) {
    if (m[0] === '.' && isAbbreviation(slice, m.index)) continue;
    const end = m.index + m[0].length;
    out.push({ start: from + start, end: from + end, paragraph });
    start = skipSpace(slice, end);
  }
  const last = trimEnd(slice, slice.length);
  if (start < last) out.push({ start: from + start, end: from + last, paragraph });
  return true;
}

/** Whether the word ending at `dot` (a full stop) is an abbreviation or an initial. */
function isAbbreviation(slice: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && dot - i < 12 && !/\s/.test(slice[i - 1] ?? ' ')) i--;
  const word = slice
    .slice(i, dot)
    .toLowerCase()
    .replace(/^["'“‘(]+/, '');
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

function skipSpace(s: string, i: number): number {
  let j = i;
  while (j < s.length && /\s/.test(s[j] ?? '')) j++;
  return j;
}

function trimEnd(s: string, i: number): number {
  let j = i;
  while (j > 0 && /\s/.test(s[j - 1] ?? '')) j--;
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
