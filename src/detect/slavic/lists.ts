import type { Metric, Qualifier, Side } from '../../core/vocabulary';
import type { FigureMention } from '../types';
import { type Ctx, enemyOf, hasLossBefore, hasWord, LIST_REACH, push } from './context';
import { headOf, isMeasureWord, isModifier } from './lexicon';
import { lineMetric } from './list-line';
import { isAttack, isEquipmentLoss, lossKind } from './loss-verbs';
import { readNumber, type SlavicNumber } from './numbers';
import { numeral } from './numerals';
import { contextPeople, peopleMetric } from './people';
import { once, type SlavicSentence } from './sentences';
import { lastSideIn } from './sides';
import { onlySpaces, type Tok } from './tokens';

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
  // "589 ворожих цілей – 563 БпЛА": the words after a number are its noun, not a list's label.
  const previous = toks[first - 1];
  if (previous?.kind === 'd' && onlySpaces(ctx.text, previous.end, (toks[first] as Tok).start))
    return undefined;
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
  if (detailsBefore(s)) return hasWord(ctx.toks, prev.from, prev.to, isEquipmentLoss);
  // "втратила:\n• 45 танків;\n• 256 ББМ": an item of a list under a header that names the loss.
  if (isListItem(ctx, s, prev)) {
    const header = itemsHeader(ctx, index);
    return !(header && attackHeader(ctx, header)) && hasLossBefore(ctx, index - 1, prev);
  }
  return listGoesOn(ctx, index, s);
}

/**
 * "втратила:\n322 танки\n430 бойових броньованих машин\n…": a line that opens with a number,
 * right under lines that do too, one of which (at most two lines up) gave a figure, goes on
 * with that list.
 */
function listGoesOn(ctx: Ctx, index: number, s: SlavicSentence): boolean {
  const last = ctx.found.at(-1);
  if (!last || last.sentence < index - 2 || !opensWithNumber(ctx, s)) return false;
  for (let k = index - 1; k >= last.sentence; k--) {
    const line = ctx.sentences[k] as SlavicSentence;
    if (!opensWithNumber(ctx, line)) return false;
  }
  return true;
}

/** A line whose first word (after a bullet) is a number: "322 танки", "• п'ять літаків". */
export function opensWithNumber(ctx: Ctx, s: SlavicSentence): boolean {
  if (!s.lineStart) return false;
  let j = s.from;
  if (/^[•·*–—-]$/.test(ctx.toks[j]?.norm ?? '')) j++;
  if (ctx.toks[j]?.norm === 'по') j++;
  const tok = ctx.toks[j];
  return tok?.kind === 'd' || (tok?.kind === 'w' && numeral(tok.norm) !== undefined);
}

/** The line ending in ":" that opens the list an item belongs to. */
function itemsHeader(ctx: Ctx, index: number): SlavicSentence | undefined {
  const s = ctx.sentences[index] as SlavicSentence;
  for (let k = index - 1; k >= 0 && k >= index - 30; k--) {
    const h = ctx.sentences[k] as SlavicSentence;
    if (s.start - h.end > LIST_REACH) return undefined;
    if (ctx.toks[h.to - 1]?.norm === ':') return h;
  }
  return undefined;
}

/** "Ворог застосовував … різні види озброєння:": a list of the weapons used, not of those lost. */
function attackHeader(ctx: Ctx, header: SlavicSentence): boolean {
  return (
    hasWord(ctx.toks, header.from, header.to, isAttack) &&
    !hasWord(ctx.toks, header.from, header.to, isEquipmentLoss)
  );
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

/** Whether the sentence opens a detail of the one before (DETAILS), read once per sentence. */
export const detailsBefore = (s: SlavicSentence): boolean =>
  once(s, 'details', () => DETAILS.test(s.folded));

/** "(+17)", "( + 18)": the day's increase after the total just found. */
export function increment(ctx: Ctx, index: number, i: number): number | undefined {
  const { toks, text } = ctx;
  const open = toks[i - 1];
  const digits = toks[i + 1];
  const last = ctx.found.at(-1);
  if (open?.norm !== '(' || digits?.kind !== 'd' || !last) return undefined;
  // "65 823 безпілотники оперативно-тактичного рівня (+271)": a few words of the label may stand
  // between the total and its increase.
  if (open.start - last.mention.end > 80) return undefined;
  if (
    !/^[ \u00a0\u202f]*(?:[\p{L}'’-]+[ \u00a0\u202f]+){0,3}$/u.test(
      text.slice(last.mention.end, open.start),
    )
  )
    return undefined;
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
