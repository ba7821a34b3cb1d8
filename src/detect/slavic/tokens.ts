/**
 * Tokens of one Ukrainian or Russian block: words, digit runs and punctuation marks, with their
 * offsets in the page text. Words are folded (lower case, ё → е, typographic apostrophes → ')
 * so that the tables can be written once for every spelling a page may use.
 */

export interface Tok {
  /** Folded text: lower case, ё → е, ʼ ’ ` → '. */
  norm: string;
  start: number;
  end: number;
  /** 'w' a word, 'd' a run of digits, 'p' one punctuation mark. */
  kind: 'w' | 'd' | 'p';
}

// Letters joined by apostrophes or hyphens ("п'ять", "військово-морських"), a run of digits, or
// one other visible character. Each repetition needs a separator that letters cannot match, so
// the pattern cannot backtrack.
const TOKEN_RE = /[\p{L}\p{M}]+(?:['ʼ’`-][\p{L}\p{M}]+)*|\d+|[^\s\p{L}\p{M}\d]/gu;

const LETTER = /[\p{L}\p{M}]/u;
const FOLDED = /[ёʼ’`]/;

export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return FOLDED.test(lower) ? lower.replace(/ё/g, 'е').replace(/[ʼ’`]/g, "'") : lower;
}

/** The tokens of `text` between `from` and `to`. */
export function tokenize(text: string, from: number, to: number): Tok[] {
  return tokenizeFolded(text, from, to).toks;
}

/**
 * The tokens of `text` between `from` and `to`, and that stretch folded. It is folded once, and
 * each word's norm cut from it: folding word by word cost a tenth of the Slavic reading. Lower
 * case keeps the length of every letter but a few (Turkish İ); then each word is folded alone.
 */
export function tokenizeFolded(
  text: string,
  from: number,
  to: number,
): { toks: Tok[]; folded: string } {
  const slice = text.slice(from, to);
  const whole = foldWord(slice);
  const aligned = whole.length === slice.length;
  const toks: Tok[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m !== null; m = TOKEN_RE.exec(slice)) {
    const raw = m[0];
    const first = raw.charCodeAt(0);
    // Digits; else a word when the match is longer than one character or is a letter.
    const kind = first >= 48 && first <= 57 ? 'd' : raw.length > 1 || LETTER.test(raw) ? 'w' : 'p';
    const start = from + m.index;
    const norm =
      kind !== 'w' ? raw : aligned ? whole.slice(m.index, m.index + raw.length) : foldWord(raw);
    toks.push({ norm, start, end: start + raw.length, kind });
  }
  return { toks, folded: aligned ? whole : '' };
}

/** True when only spaces (of any width, not line breaks) separate the two offsets. */
export function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== ' ' && c !== '\u00a0' && c !== '\u202f' && c !== '\u2009' && c !== '\t') return false;
  }
  return true;
}
