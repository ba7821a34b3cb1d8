import { foldWord, type Tok, tokenizeFolded } from './tokens';

/**
 * The sentences of one block, as ranges of its tokens. A sentence ends at a line break, or at
 * '.', '!', '?', '…' before a capital letter, so that abbreviations ("тис.", "од.", "м.") inside a
 * sentence do not end it.
 */
export interface SlavicSentence {
  /** Index of the first token and one past the last, in the block's tokens. */
  from: number;
  to: number;
  start: number;
  end: number;
  /** The sentence's text, folded like the tokens (same length, so offsets carry over). */
  folded: string;
  /** The sentence is a line of its own (starts after a line break or the block's start). */
  lineStart: boolean;
  /** The sentence before it in the block. */
  prev?: SlavicSentence;
  /**
   * What the detector has read from the whole sentence, kept so that each of its figures does
   * not read it again (which would make a long list of figures cost its length squared).
   */
  memo: Record<string, unknown>;
}

const ENDS = new Set(['.', '!', '?', '…']);
/** Abbreviations whose point never ends a sentence: "117 тис. Дронів", "м. Київ". */
const ABBREVIATIONS = new Set([
  'тис',
  'тыс',
  'млн',
  'млрд',
  'од',
  'ед',
  'шт',
  'м',
  'г',
  'с',
  'смт',
  'обл',
  'р',
  'ст',
  'див',
  'вул',
  'ул',
]);
/** Characters after which a run-on sentence is cut at a comma, and after which at any token. */
const SOFT_LIMIT = 600;
const HARD_LIMIT = 1500;

export function splitSentences(
  text: string,
  from: number,
  to: number,
): { toks: Tok[]; sentences: SlavicSentence[] } {
  const { toks, folded } = tokenizeFolded(text, from, to);
  const sentences: SlavicSentence[] = [];
  let first = 0;
  let lineStart = true;
  const close = (end: number, nextOnNewLine: boolean) => {
    if (end > first) {
      const start = (toks[first] as Tok).start;
      const stop = (toks[end - 1] as Tok).end;
      const prev = sentences.at(-1);
      const sentence: SlavicSentence = {
        from: first,
        to: end,
        start,
        end: stop,
        folded: folded
          ? folded.slice(start - from, stop - from)
          : foldWord(text.slice(start, stop)),
        lineStart,
        memo: {},
      };
      if (prev) sentence.prev = prev;
      sentences.push(sentence);
    }
    first = end;
    lineStart = nextOnNewLine;
  };
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i] as Tok;
    const next = toks[i + 1];
    if (!next) break;
    const newline = hasLineBreak(text, tok.end, next.start);
    const length = tok.end - (toks[first] as Tok).start;
    if (newline) close(i + 1, true);
    // Every figure reads its whole sentence, so a sentence is kept short enough for that to
    // cost a bounded amount: a run-on text is cut at a comma, and at worst anywhere.
    else if (
      length > HARD_LIMIT ||
      (length > SOFT_LIMIT && (tok.norm === ',' || tok.norm === ';'))
    ) {
      close(i + 1, false);
    } else if (
      ENDS.has(tok.norm) &&
      !ABBREVIATIONS.has(toks[i - 1]?.norm ?? '') &&
      next.start > tok.end &&
      next.kind === 'w' &&
      isCapital(text, next.start)
    ) {
      close(i + 1, false);
    }
  }
  close(toks.length, false);
  return { toks, sentences };
}

/** A line break between the two offsets (read in place: cutting each gap cost a copy a token). */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

function isCapital(text: string, at: number): boolean {
  const c = text[at] ?? '';
  return c !== c.toLowerCase();
}

/** What `read` finds in the sentence, computed on the first call only. */
export function once<T>(s: SlavicSentence, key: string, read: () => T): T {
  if (!(key in s.memo)) s.memo[key] = read();
  return s.memo[key] as T;
}
