import type { Metric, Qualifier, Side } from '../../core/vocabulary';
import type { FigureMention } from '../types';
import { type Ctx, enemyOf, hasLossBefore, hasWord, LIST_REACH, push } from './context';
import { headOf, isEquipmentLoss, isMeasureWord, isModifier } from './lexicon';
import { lineMetric } from './list-line';
import { readNumber, type SlavicNumber } from './numbers';
import { contextPeople, lossKind, peopleMetric } from './people';
import type { SlavicSentence } from './sentences';
import { lastSideIn } from './sides';
import type { Tok } from './tokens';

/**
 * Lists: the General Staff's lines ("танків ‒ 790 (+17) од."), the day's increase in brackets,
 * outcome lists ("загиблі - 64, поранені - 168") and bulleted items under a header that names
 * the loss ("втратила:\n• 45 танків;").
 */
export const DASHES = new Set(['‒', '–', '—', '-', '―', ':']);
/** "танків ‒ 790", "особового складу ‒ близько 20600": a line of the General Staff's list. */
export function dashLine(
  ctx: Ctx,
  index: number,
  s: SlavicSentence,
  hedgeFrom: number,
  num: SlavicNumber,
  qualifier: Qualifier,
): number | undefined {
  const { toks } = ctx;
  const dash = toks[hedgeFrom - 1];
  if (!dash || !DASHES.has(dash.norm)) return undefined;
  let first = hedgeFrom - 1;
  while (
    first > s.from &&
    first > hedgeFrom - 8 &&
    /^(?:w|p)$/.test(toks[first - 1]?.kind ?? '') &&
    !/^[,;:.()]$/.test(toks[first - 1]?.norm ?? '')
  )
    first--;
  // After a colon the words must open the line or a list item ("танков: 5 758"), not be a sentence.
  const opener = toks[first - 1]?.norm;
  if (dash.norm === ':' && first > s.from && opener !== ',' && opener !== ';') return undefined;
  // A bullet or dash that opens the line ("- танки — 9113", "• танки —") is not part of it.
  while (first < hedgeFrom - 1 && toks[first]?.kind === 'p') first++;
  // A list's label is a few words ("автомобільної техніки та автоцистерн"), never a clause.
  if (first === hedgeFrom - 1 || hedgeFrom - 1 - first > 5) return undefined;
  const words: string[] = [];
  for (let j = first; j < hedgeFrom - 1; j++) words.push((toks[j] as Tok).norm);
  if (!words.every(isLabelWord)) return undefined;
  const metric = lineMetric(words) ?? outcomeLine(words, s);
  if (!metric) return undefined;
  const last = ctx.found.at(-1);
  const listed =
    (last?.dash && num.start - last.mention.end < LIST_REACH) || hasLossBefore(ctx, index, s);
  if (!listed) return undefined;
  const side =
    lastSideIn(toks, first, hedgeFrom, ctx.enemy) ??
    (last?.dash ? last.mention.side : undefined) ??
    lastSideIn(toks, s.from, first, enemyOf(ctx, s)) ??
    headerSide(ctx, index) ??
    'unknown';
  const start = (toks[first] as Tok).start;
  push(ctx, index, s, { start, end: num.end, metric, side, qualifier, num }, true);
  return num.next;
}

/** The side the list's header names ("втрати противника"), read with the header's source. */
export function headerSide(ctx: Ctx, index: number): Side | undefined {
  const s = ctx.sentences[index] as SlavicSentence;
  for (let k = index - 1; k >= 0; k--) {
    const h = ctx.sentences[k] as SlavicSentence;
    if (s.start - h.end > LIST_REACH) return undefined;
    const side = lastSideIn(ctx.toks, h.from, h.to, enemyOf(ctx, h));
    if (side) return side;
  }
  return undefined;
}

/** A word a list's label may have: what is counted and how, never a verb or a clause's word. */
function isLabelWord(word: string): boolean {
  return (
    headOf(word) !== undefined ||
    isModifier(word) ||
    isMeasureWord(word) ||
    LABEL_WORDS.test(word) ||
    lossKind(word) !== undefined ||
    // Feminine adjectives ("спеціальна техніка", "автомобільна техніка").
    /^\p{L}{4,}(?:на|ва|ка|ла|ра|та|ча|жа|ня)$/u.test(word)
  );
}

const LABEL_WORDS =
  /^(?:та|і|й|и|з|із|\/|систем\S*|машин\S*|технік\S*|техник\S*|засоб\S*|средств\S*|комплекс\S*|апарат\S*|аппарат\S*|човн\S*|лод\S*|установ\S*|рівня|уровня|складу|состава|сили|силы|автоцистерн\S*|пмм|отрк|трк|оперативно-тактичного|оперативно-тактического)$/;

/** "загиблі - 64, поранені - 168": a list of people by outcome. */
function outcomeLine(words: readonly string[], s: SlavicSentence): Metric | undefined {
  if (words.length > 2) return undefined;
  // "безповоротні – 1864", "санітарні – 971": the killed and the wounded of a count of losses.
  const kind = lossKind(words[0]);
  if (kind) return peopleMetric('personnel', kind, 'personnel');
  const head = headOf(words[0] ?? '');
  if (head?.kind !== 'outcome') return undefined;
  return peopleMetric(contextPeople(s), head.outcome, contextPeople(s));
}

/** "Зокрема, 1 танк, 3 ББМ…": a sentence that details the losses of the one before it. */
export function continuesLoss(ctx: Ctx, index: number, s: SlavicSentence): boolean {
  const prev = ctx.sentences[index - 1];
  if (!prev) return false;
  if (DETAILS.test(s.folded)) return hasWord(ctx.toks, prev.from, prev.to, isEquipmentLoss);
  // "втратила:\n• 45 танків;\n• 256 ББМ": an item of a list under a header that names the loss.
  return isListItem(ctx, s, prev) && hasLossBefore(ctx, index - 1, prev);
}

/** A line that opens with a bullet or follows a line ending in ":" or ";". */
export function isListItem(ctx: Ctx, s: SlavicSentence, prev: SlavicSentence | undefined): boolean {
  if (!s.lineStart || !prev) return false;
  const first = ctx.toks[s.from]?.norm ?? '';
  const prevLast = ctx.toks[prev.to - 1]?.norm ?? '';
  return /^[•·*–—-]$/.test(first) || prevLast === ':' || prevLast === ';';
}

export const DETAILS =
  /^[«"„]?(?:зокрема|в тому числі|у тому числі|серед них|з них|із них|в том числе|из них|среди них|в частности|також|также)/;

/** "(+17)", "( + 18)": the day's increase after the total just found. */
export function increment(ctx: Ctx, index: number, i: number): number | undefined {
  const { toks, text } = ctx;
  const open = toks[i - 1];
  const digits = toks[i + 1];
  const last = ctx.found.at(-1);
  if (open?.norm !== '(' || digits?.kind !== 'd' || !last) return undefined;
  if (!/^[ \u00a0\u202f]*$/.test(text.slice(last.mention.end, open.start))) return undefined;
  const num = readNumber(text, toks, i + 1);
  if (!num || num.value === null || num.value === 0) return undefined;
  // "(+4 за минулу добу)": a few words may follow the increase inside its brackets.
  let close = num.next;
  while (close < num.next + 5 && toks[close]?.kind === 'w') close++;
  if (toks[close]?.norm !== ')') return undefined;
  const prev = last.mention;
  const start = (toks[i] as Tok).start;
  const mention: FigureMention = {
    start,
    end: num.end,
    text: text.slice(start, num.end),
    metric: prev.metric,
    side: prev.side,
    unit: 'count',
    value: num.value,
    qualifier: 'exact',
    ...(prev.claimant ? { claimant: prev.claimant } : {}),
    asOf: prev.asOf,
    period: { start: prev.asOf, end: prev.asOf },
  };
  ctx.found.push({ mention, sentence: index, dash: last.dash });
  return close + 1;
}
