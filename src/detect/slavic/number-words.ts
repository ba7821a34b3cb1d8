import type { Single } from './number-digits';
import { formsOf, isFew, numeral, scaleOf, VAGUE_PATTERNS, vagueOf } from './numerals';
import { onlySpaces, type Tok } from './tokens';

/** "двадцять тисяч", "шістьох", "восемь с половиной тысяч", "півтори тисячі". */
const ONE_THOUSAND_AFTER =
  /^(?:до|понад|більше|свыше|более|больше|около|близько|порядка|майже|почти)$/;

export function readWords(text: string, toks: readonly Tok[], i: number): Single | undefined {
  const first = toks[i] as Tok;
  // The first word must be a numeral (the loop below breaks at once otherwise): most words are
  // not, so the name test is skipped for them.
  if (numeral(first.norm) === undefined) return undefined;
  // "Юрий Сорока": a capitalised number word after another word is a name.
  const previous = toks[i - 1];
  const named =
    previous?.kind === 'w' &&
    onlySpaces(text, previous.end, first.start) &&
    /\p{Lu}/u.test(text[first.start] ?? '');
  if (named) return undefined;
  let total = 0;
  let current = 0;
  let lastRank = 1000;
  let used = 0;
  let scaled = false;
  let j = i;
  for (; j < toks.length; j++) {
    const tok = toks[j] as Tok;
    if (tok.kind !== 'w') break;
    const n = numeral(tok.norm);
    if (n?.kind === 'value') {
      if (n.rank >= lastRank) break; // "два три": two numbers, not twenty-three
      current += n.value;
      lastRank = n.rank;
    } else if (n?.kind === 'scale') {
      // "тисячі" alone is a vague magnitude; "тисячу", "тысяча" (singular) is one thousand.
      if (
        used === 0 &&
        !/^(?:тисячу|тисяча|тысячу|тысяча|мільйон|мільйона|миллион|миллиона)$/.test(tok.norm)
      ) {
        return undefined;
      }
      total += (current || 1) * n.value;
      current = 0;
      lastRank = 1000;
      scaled = true;
    } else if (
      /^(?:сотні|сотень|сотни|сотен)$/.test(tok.norm) &&
      lastRank === 1 &&
      current > 0 &&
      current < 10
    ) {
      // "дві сотні", "три сотни": hundreds counted in units.
      current *= 100;
      lastRank = 100;
    } else if (isHalf(toks, j) && used > 0 && current > 0) {
      current += 0.5;
      j++;
    } else break;
    used++;
  }
  if (used === 0) return undefined;
  const value = total + current;
  if (!Number.isInteger(value)) return undefined; // "півтори" of a noun: not a count
  return { value, scaled, end: (toks[j - 1] as Tok).end, next: j };
}

/** "з половиною", "с половиной". */
function isHalf(toks: readonly Tok[], j: number): boolean {
  const w = toks[j]?.norm;
  return (
    (w === 'з' || w === 'с' || w === 'із') && /^половин(?:ою|ой)$/.test(toks[j + 1]?.norm ?? '')
  );
}

const THOUSAND_GENITIVE = /^(?:тисячі|тысячи)$/;
const A_FEW_TENS = /^(?:кількасот|кількадесят)$/;
/**
 * Every word a vague number can start with: one lookup, where testing each pattern cost every
 * word of a block several regex calls (and almost no word is one).
 */
export const VAGUE_START_PATTERNS = [THOUSAND_GENITIVE, A_FEW_TENS, ...VAGUE_PATTERNS];
const VAGUE_STARTS = new Set(VAGUE_START_PATTERNS.flatMap((re) => formsOf(re)));
export const mayBeVague = (norm: string): boolean => VAGUE_STARTS.has(norm);

/** "сотні", "десятки тисяч", "кілька тисяч", "тисячі". */
export function readVague(toks: readonly Tok[], i: number): Single | undefined {
  const tok = toks[i] as Tok;
  if (!mayBeVague(tok.norm)) return undefined;
  // "до тысячи", "понад тисячі", "свыше тысячи": after these, the genitive of one thousand.
  if (THOUSAND_GENITIVE.test(tok.norm) && ONE_THOUSAND_AFTER.test(toks[i - 1]?.norm ?? '')) {
    return { value: 1000, scaled: true, end: tok.end, next: i + 1 };
  }
  // "кількасот", "несколько сотен": a few hundred.
  if (A_FEW_TENS.test(tok.norm)) {
    return {
      value: null,
      approx: tok.norm === 'кількасот' ? 100 : 10,
      scaled: false,
      end: tok.end,
      next: i + 1,
    };
  }
  const few = isFew(tok.norm);
  const base = few ? 1 : vagueOf(tok.norm);
  if (base === undefined) return undefined;
  const next = toks[i + 1]?.norm ?? '';
  const scale = scaleOf(next) ?? (/^(?:сотень|сотен)$/.test(next) ? 100 : undefined);
  if (scale !== undefined && base < 1000) {
    return {
      value: null,
      approx: base * scale,
      scaled: true,
      end: (toks[i + 1] as Tok).end,
      next: i + 2,
    };
  }
  if (few) return undefined;
  return { value: null, approx: base, scaled: false, end: tok.end, next: i + 1 };
}
