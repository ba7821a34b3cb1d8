import type { Area, IsoDate, Metric, Qualifier, Side } from '../../core/vocabulary';
import type { FigureMention } from '../types';
import { BARE_RU_MOD, claimantIn } from './claimants';
import { dateIn } from './dates';
import type { People } from './lexicon';
import { isEquipmentLoss, outcomeOfVerb } from './loss-verbs';
import type { SlavicNumber } from './numbers';
import { numeral } from './numerals';
import { periodIn, periodPhrases } from './periods';
import { once, type SlavicSentence } from './sentences';
import { type EnemyOf, lastSideIn } from './sides';
import type { Tok } from './tokens';

/**
 * What the detector keeps while it reads one Ukrainian or Russian block, and what it reads from
 * the block's sentences for every figure: who reports it (claimant, and so whom "ворог" means),
 * the date it names, the list header above it. Each sentence is read once (see `once`).
 */

/** A figure found, with what later figures of the block may borrow from it. */
export interface Found {
  mention: FigureMention;
  sentence: number;
  dash: boolean;
  people?: People;
}

export interface Ctx {
  text: string;
  toks: Tok[];
  sentences: SlavicSentence[];
  pageDate: IsoDate;
  /** Whom "ворог"/"противник" means when the sentence's source does not say. */
  enemy: EnemyOf;
  lang: 'uk' | 'ru';
  found: Found[];
  /** The block cites Mediazona's count of the named Russian dead. */
  namedDead: boolean;
  /** The block speaks of the wars in Gaza, Israel or Lebanon (middle-east.ts). */
  middleEast: boolean;
}

/** The General Staff's own words: "ворог" there is Russia, whatever language quotes it. */
export const UKRAINIAN_SOURCE =
  /минобороны украины|міноборони україни|оккупант|рашист|терроборон|сил\S* обороны украины|воздушн\S* сил\S* (?:всу|украины)|генштаб\S* (?:всу|зсу)|(?:сухопутн\S* войск\S*|пресс-служб\S*|по данным) (?:\S+ ){0,2}(?:всу|зсу)|генеральн\S* штаб\S* (?:всу|зсу)|(?:загальні|общие) (?:бойові |боевые )?(?:втрати|потери) (?:противника|ворога)/;
/** A header listing the arms used against a place ("вдарило таке озброєння:", "выпустили …:"). */
const ARMS_USED =
  /(?:таке озброєння|такое вооружение|таке озброєння|застосува\S* (?:таке|такі)|вдарил\S* (?:таке|такі)|выпустил\S* по|випустил\S* по)[^.]*:\s*$/u;
/** How far back a list line looks for its header (side, claimant, date, "losses"). */
export const LIST_REACH = 600;
/** A word of loss in the sentence, or in the sentences just before it (a list's header). */
export function hasLossBefore(ctx: Ctx, index: number, s: SlavicSentence): boolean {
  for (let k = index; k >= 0; k--) {
    const sentence = ctx.sentences[k] as SlavicSentence;
    if (s.start - sentence.end > LIST_REACH) return false;
    // "По Харківщині вдарило таке озброєння: - чотири БпЛА…": the list of what struck, no loss.
    if (ARMS_USED.test(sentence.folded)) return false;
    const loss = (norm: string) => isEquipmentLoss(norm) || !!outcomeOfVerb(norm);
    if (hasWord(ctx.toks, sentence.from, sentence.to, loss)) return true;
  }
  return false;
}

export function hasWord(
  toks: readonly Tok[],
  from: number,
  to: number,
  test: (norm: string) => boolean,
): boolean {
  for (let j = from; j < to; j++) {
    const tok = toks[j] as Tok;
    if (tok.kind === 'w' && test(tok.norm)) return true;
  }
  return false;
}

/** Whom "ворог" means in this sentence: the opposite of the side its source speaks for. */
export function enemyOf(ctx: Ctx, s: SlavicSentence): EnemyOf {
  if (once(s, 'ukrainian source', () => UKRAINIAN_SOURCE.test(s.folded))) return 'russia';
  // "…сообщил представитель Минобороны РФ. По его словам, … были сбиты": the source named just
  // before speaks on (only the Russian ministry: a bare "Генштаб" may be either army's).
  const claimant = sentenceClaimant(ctx, s);
  const before = claimant ? undefined : s.prev;
  if (
    claimant === 'ru-mod' ||
    russianStaff(s) ||
    (before && (sentenceClaimant(ctx, before) === 'ru-mod' || russianStaff(before)))
  )
    return 'ukraine';
  if (claimant === 'ua-general-staff' || claimant === 'ua-president') return 'russia';
  return ctx.enemy;
}

/** "начальник Генерального штаба Вооруженных сил России": Russia's General Staff speaks. */
const RUSSIAN_STAFF =
  /(?:генштаб\S*|генеральн\S* штаб\S*) (?:вс |збройних сил |вооруженных сил )?(?:рф|росії|россии)/;
const russianStaff = (s: SlavicSentence) =>
  once(s, 'russian staff', () => RUSSIAN_STAFF.test(s.folded));

/** The side of the figure just before, else of the last side word of the sentence before. */
export function previousSide(ctx: Ctx, index: number, reach = 1): Side | undefined {
  // The figure just before, in this sentence or the last one: a list goes on ("…, 26 895 танков").
  const last = ctx.found.at(-1);
  if (last && last.sentence >= index - reach && last.mention.side !== 'unknown')
    return last.mention.side;
  const prev = ctx.sentences[index - 1];
  return prev && lastSideIn(ctx.toks, prev.from, prev.to, enemyOf(ctx, prev));
}

export interface Draft {
  start: number;
  end: number;
  metric: Metric;
  side: Side;
  qualifier: Qualifier;
  num: SlavicNumber;
  /** The other measure the wording allows (docs/DETECTION.md §7). */
  alsoMetric?: Metric;
  /** Gaza or the West Bank, for a Palestinian figure. */
  area?: Area;
}

export function push(
  ctx: Ctx,
  index: number,
  s: SlavicSentence,
  d: Draft,
  dash: boolean,
  people?: People,
): void {
  const { num } = d;
  const header = dash ? listHeader(ctx, index) : undefined;
  const claimant =
    sentenceClaimant(ctx, s) ??
    sentenceClaimant(ctx, ctx.sentences[index - 1]) ??
    attributedAfter(ctx, index) ??
    sentenceClaimant(ctx, header) ??
    listClaimant(ctx, index, s);
  const dated = dateOf(ctx, s) ?? dateOf(ctx, header) ?? ctx.pageDate;
  // "11 224 танки (+1 за добу)": the bracket's period is the increase's, not the total's.
  const phrases = once(s, 'phrases', () =>
    periodPhrases(s.folded.replace(/\(\+[^()]*\)/g, (m) => ' '.repeat(m.length))),
  );
  const reading = dash ? undefined : periodIn(phrases, d.start - s.start, dated, ctx.pageDate);
  const mention: FigureMention = {
    start: d.start,
    end: d.end,
    text: ctx.text.slice(d.start, d.end),
    metric: d.metric,
    ...(d.alsoMetric ? { alsoMetric: d.alsoMetric } : {}),
    side: d.side,
    ...(d.area ? { area: d.area } : {}),
    unit: 'count',
    value: num.value,
    ...(num.low !== undefined ? { low: num.low, high: num.high } : {}),
    ...(num.approx !== undefined ? { approx: { magnitude: num.approx } } : {}),
    qualifier: d.qualifier,
    ...(claimant ? { claimant } : {}),
    asOf: reading?.asOf ?? dated,
    ...(reading ? { period: reading.period } : {}),
  };
  ctx.found.push({ mention, sentence: index, dash, ...(people ? { people } : {}) });
}

/**
 * "За даними Генштабу, росія втратила:\n322 танки\n430 бойових броньованих машин": the lines
 * of a list are attributed with its first figure.
 */
function listClaimant(ctx: Ctx, index: number, s: SlavicSentence): string | undefined {
  const last = ctx.found.at(-1);
  if (!last?.mention.claimant || !s.lineStart || last.sentence < index - 2) return undefined;
  const first = ctx.toks[s.from];
  const listed = first && (/^(?:\d+|[•·*–—-]|по)$/.test(first.norm) || numeral(first.norm));
  return listed ? last.mention.claimant : undefined;
}

/** "…, повідомляє Генштаб ЗСУ." in the next sentence of the paragraph attributes this one too. */
function attributedAfter(ctx: Ctx, index: number): string | undefined {
  const next = ctx.sentences[index + 1];
  if (!next || !once(next, 'attribution', () => ATTRIBUTION.test(next.folded))) return undefined;
  return sentenceClaimant(ctx, next);
}

const ATTRIBUTION =
  /(?:повідомляє|повідомив|повідомили|інформує|сообщает|сообщил|сообщили|информирует|заявили|заявил|заявив)/;

/** The claimant a sentence names, read once per sentence. */
export function sentenceClaimant(ctx: Ctx, s: SlavicSentence | undefined): string | undefined {
  if (!s) return undefined;
  return once(s, 'claimant', () => claimantOf(ctx, s.folded));
}

/** The date a sentence names, read once per sentence. */
function dateOf(ctx: Ctx, s: SlavicSentence | undefined): IsoDate | undefined {
  if (!s) return undefined;
  return once(s, 'date', () => dateIn(s.folded, ctx.pageDate));
}

export function claimantOf(ctx: Ctx, folded: string): string | undefined {
  return (
    claimantIn(folded) ?? (ctx.lang === 'ru' && BARE_RU_MOD.test(folded) ? 'ru-mod' : undefined)
  );
}

/** The nearest sentence before a list line that is not itself a list line: the list's header. */
function listHeader(ctx: Ctx, index: number): SlavicSentence | undefined {
  const s = ctx.sentences[index] as SlavicSentence;
  for (let k = index - 1; k >= 0; k--) {
    const h = ctx.sentences[k] as SlavicSentence;
    if (s.start - h.end > LIST_REACH) return undefined;
    if (!/[‒–—―-]\s*(?:близько|около|понад|более)?\s*\d/.test(h.folded)) return h;
  }
  return undefined;
}
