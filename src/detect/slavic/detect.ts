import type { IsoDate, Metric, Qualifier, Side } from '../../core/vocabulary';
import type { FigureMention } from '../types';
import { dateIn } from './dates';
import type { Block } from './language';
import {
  BARE_RU_MOD,
  claimantIn,
  headOf,
  hedgeBefore,
  isEquipmentLoss,
  isMeasureWord,
  isModifier,
  isNotLoss,
  type Outcome,
  outcomeOfVerb,
  type People,
} from './lexicon';
import { lineMetric } from './list-line';
import { readNumber, type SlavicNumber } from './numbers';
import { periodIn, periodPhrases } from './periods';
import { countedPhrase } from './phrase';
import { once, type SlavicSentence, splitSentences } from './sentences';
import { type EnemyOf, lastSideIn, sideOf } from './sides';
import type { Tok } from './tokens';

/**
 * Finds loss figures in the Ukrainian and Russian blocks of a text (see docs/DETECTION-UK-RU.md):
 * a number followed by its counted noun ("790 танків"), a line of the General Staff's list
 * ("танків ‒ 790 (+17) од."), the day's increase after a total ("(+17)"), and a number whose
 * noun is left out after a first figure ("ліквідовано 110 окупантів, ще 160 поранено"). Pure and
 * linear: each block is tokenised once and each number judged from its sentence.
 */
export function detectSlavic(
  text: string,
  blocks: readonly Block[],
  pageDate: IsoDate,
): FigureMention[] {
  const out: FigureMention[] = [];
  for (const block of blocks) out.push(...detectBlock(text, block, pageDate));
  return out;
}

/** A figure found, with what later figures of the block may borrow from it. */
interface Found {
  mention: FigureMention;
  sentence: number;
  dash: boolean;
  people?: People;
}

interface Ctx {
  text: string;
  toks: Tok[];
  sentences: SlavicSentence[];
  pageDate: IsoDate;
  /** Whom "ворог"/"противник" means when the sentence's source does not say. */
  enemy: EnemyOf;
  lang: 'uk' | 'ru';
  found: Found[];
}

/** Figures of another war ("в Афганістані загинули 15 тисяч") are not this one's. */
const OTHER_WAR =
  /афганістан|афганистан|чечн|другої світової|второй мировой|вітчизнян\S* війн|отечественн\S* войн|чеченск|сирії|сирии|на хранении|на зберіганні/;
/** A condition or a future ("якщо росія втратить ще 100 тисяч"): no loss has happened. */
const HYPOTHETICAL =
  /^(?:якщо|якби|если|коли б) |(?:^|[^\p{L}])(?:втратить|потеряет|може втратити|может потерять|могут потерять|можуть втратити)(?![\p{L}])/u;
const DASHES = new Set(['‒', '–', '—', '-', '―', ':']);
/** The General Staff's own words: "ворог" there is Russia, whatever language quotes it. */
const UKRAINIAN_SOURCE =
  /минобороны украины|міноборони україни|оккупант|рашист|терроборон|сил\S* обороны украины|воздушн\S* сил\S* (?:всу|украины)|генштаб\S* (?:всу|зсу)|генеральн\S* штаб\S* (?:всу|зсу)|(?:загальні|общие) (?:бойові |боевые )?(?:втрати|потери) (?:противника|ворога)/;
/** Someone destroyed it: a figure without a side named is the enemy's. */
const DESTROYED =
  /(?:^|[^\p{L}])(?:знищ|уничтож|збит|збив|збил|сбит|сбил|уражен|ураз|вразил|поражен|пораз|ліквід|ликвид|підбит|подбит|знешкод|обезвред|вивел|вывел|выведен|виведен)/u;
/** How far back a list line looks for its header (side, claimant, date, "losses"). */
const LIST_REACH = 600;
/** "кількість загиблих … зросла до 30": a toll whose noun came before the number. */
const TOLL =
  /(?:кількість|число|количество|кол-во) (?:[\p{L}'-]+,? ){0,2}?(?:загиблих|погибших|жертв|убитых|вбитих|поранених|раненых|постраждалих|пострадавших)/u;
const GROWTH =
  /^(?:превысило|превысила|превысили|перевищило|перевищила|перевищили|перевалило|зросла|зросло|зросли|збільшилася|збільшилась|сягнула|возросло|выросло|увеличилось|достигло|составило|становить|составляет|склала)$/;

function detectBlock(text: string, block: Block, pageDate: IsoDate): FigureMention[] {
  const { toks, sentences } = splitSentences(text, block.start, block.end);
  const enemy: EnemyOf =
    block.lang === 'ru' && !UKRAINIAN_SOURCE.test(text.slice(block.start, block.end).toLowerCase())
      ? 'ukraine'
      : 'russia';
  const ctx: Ctx = {
    text,
    toks,
    sentences,
    pageDate,
    enemy,
    lang: block.lang === 'ru' ? 'ru' : 'uk',
    found: [],
  };
  sentences.forEach((s, index) => {
    if (OTHER_WAR.test(s.folded) || HYPOTHETICAL.test(s.folded)) return;
    for (let i = s.from; i < s.to; i++) {
      const next = visit(ctx, index, s, i);
      if (next !== undefined) i = next - 1;
    }
  });
  return ctx.found.map((f) => f.mention);
}

/** Judges the token at `i`; returns the index after the figure found there, if any. */
function visit(ctx: Ctx, index: number, s: SlavicSentence, i: number): number | undefined {
  const { toks, text } = ctx;
  const tok = toks[i] as Tok;
  if (tok.norm === '+') return increment(ctx, index, i);
  if (tok.kind === 'p' || /^[№#]$/.test(toks[i - 1]?.norm ?? '')) return undefined;
  // "по одному самолету": one each, a distribution, not a count.
  if (tok.kind === 'w' && toks[i - 1]?.norm === 'по') return undefined;
  const num = readNumber(text, toks, i);
  if (!num) return undefined;
  const figure = judge(ctx, index, s, i, num);
  // A number that is no figure is skipped whole: "10 000" is not also "000".
  return figure ?? num.next;
}

function judge(
  ctx: Ctx,
  index: number,
  s: SlavicSentence,
  i: number,
  num: SlavicNumber,
): number | undefined {
  const { toks } = ctx;
  const last = ctx.found.at(-1);
  if (last && num.start < last.mention.end) return undefined;
  // "11 з 16 шахедів", "120 зі 150 дронів": N of M counts N (M were launched, not lost).
  const of = /^(?:з|зі|із|из)$/.test(toks[num.next]?.norm ?? '')
    ? readNumber(ctx.text, toks, num.next + 1)
    : undefined;
  if (of && num.value !== null && of.value !== null && num.value <= of.value) {
    return judge(ctx, index, s, i, { ...num, end: of.end, next: of.next });
  }
  // "у 2024 році", "за 2025 год": a year is never a figure.
  if (/^(?:рік|року|році|роки|років|год|года|году|годы|лет)$/.test(toks[num.next]?.norm ?? ''))
    return undefined;
  const before = wordsBefore(toks, s.from, i);
  // "зросла до 30", "превысило 8000": the new count of a toll, not a hedge.
  const grown =
    GROWTH.test(before.at(-1) ?? '') ||
    (before.at(-1) === 'до' && GROWTH.test(before.at(-2) ?? ''));
  const hedge = grown ? undefined : hedgeBefore(before);
  const hedgeFrom = hedge ? i - hedge.used : i;
  const qualifier: Qualifier = hedge?.qualifier ?? (num.approx !== undefined ? 'about' : 'exact');
  const line = dashLine(ctx, index, s, hedgeFrom, num, qualifier);
  if (line) return line;
  const reading = readPhrase(ctx, index, s, i, num, grown);
  if (!reading) return undefined;
  const civilians = /^(?:civilians|children)_/.test(reading.metric);
  const query = {
    toks,
    folded: s.folded,
    from: s.from,
    to: s.to,
    spanFrom: hedgeFrom,
    number: i,
    spanTo: reading.next,
  };
  const enemy = enemyOf(ctx, s);
  const side =
    sideOf({ ...query, civilians, enemy }) ??
    (civilians ? 'ukraine' : undefined) ??
    reading.borrowed?.side ??
    previousSide(ctx, index) ??
    (isListItem(ctx, s, ctx.sentences[index - 1]) ? headerSide(ctx, index) : undefined) ??
    unnamedSide(ctx, s, enemy);
  const start = (toks[hedgeFrom] as Tok).start;
  const draft = { start, end: reading.end, metric: reading.metric, side, qualifier, num };
  push(ctx, index, s, draft, false, reading.people);
  return reading.next;
}

/** What a number counts, where its figure ends, and the figure it borrowed its people from. */
interface Reading {
  metric: Metric;
  end: number;
  next: number;
  people?: People;
  borrowed?: FigureMention;
}

/** What a number counts: its own noun phrase, else a toll's noun or the figure before it. */
function readPhrase(
  ctx: Ctx,
  index: number,
  s: SlavicSentence,
  i: number,
  num: SlavicNumber,
  grown: boolean,
): Reading | undefined {
  const { toks, text } = ctx;
  if (notLossBefore(toks, s.from, i)) return undefined;
  const phrase = countedPhrase(text, toks, num.next, s.to);
  if (phrase) {
    if (phrase.equipment) {
      const loss =
        once(s, 'equipment loss', () => hasWord(toks, s.from, s.to, isEquipmentLoss)) ||
        continuesLoss(ctx, index, s);
      return loss ? { metric: phrase.equipment, end: phrase.end, next: phrase.next } : undefined;
    }
    const people = phrase.people ?? contextPeople(s);
    const outcome =
      phrase.outcome ?? (grown ? tollOf(s) : undefined) ?? verbOutcome(toks, s, i, phrase.next);
    // The General Staff's "ліквідовано … особового складу" is its killed and wounded together.
    const staff = people === 'casualties' && sentenceClaimant(ctx, s) === 'ua-general-staff';
    const metric = outcome && peopleMetric(people, staff ? 'lost' : outcome, contextPeople(s));
    // "обмін полоненими: повернули 200 захисників": an exchange returns people, loses none.
    if (metric === 'personnel_captured' && exchanged(ctx, index, s)) return undefined;
    return metric ? { metric, end: phrase.end, next: phrase.next, people } : undefined;
  }
  // "зросла до 30": the toll named before the number.
  const toll = tollOf(s);
  if (grown && toll) {
    // "кількість дітей, загиблих …, зросла до 500": the toll names whom it counts.
    const people = /кількість діт|число дет|количество дет/.test(s.folded)
      ? 'children'
      : contextPeople(s);
    const metric = peopleMetric(people, toll, people);
    return metric ? { metric, end: num.end, next: num.next, people } : undefined;
  }
  return elliptic(ctx, index, s, i, num);
}

/**
 * "ліквідовано 110 окупантів, ще 160 поранено", "ранены 3825": a number without a noun, right
 * next to a loss verb, counts the people of the figure just before it.
 */
function elliptic(
  ctx: Ctx,
  index: number,
  s: SlavicSentence,
  i: number,
  num: SlavicNumber,
): Reading | undefined {
  const last = ctx.found.at(-1);
  if (!last || last.sentence < index - 1 || last.dash) return undefined;
  const { toks } = ctx;
  // "сбито 80 беспилотников: над Брянской областью — 30, …", "«Запад» — свыше 220": the items of
  // a breakdown after a dash count what the figure before them counted.
  const dashed = [toks[i - 1], toks[i - 2]].some((t) => t && /^[—–‒-]$/.test(t.norm));
  if (
    dashed &&
    /^\p{L}/u.test(toks[i - 2]?.norm ?? toks[i - 3]?.norm ?? '') &&
    hasLossBefore(ctx, index, s)
  ) {
    const { metric, side } = last.mention;
    return {
      metric,
      end: num.end,
      next: num.next,
      borrowed: { ...last.mention, side },
      ...(last.people ? { people: last.people } : {}),
    };
  }
  const near = [toks[num.next], toks[i - 1], toks[i - 2], toks[num.next + 1], toks[num.next + 2]];
  // "1941 получил ранения": receiving a wound right after the number comes first.
  const received = outcomesAt(toks, num.next, s.to)[0];
  // "1239 танків було знищено, 106 – пошкоджено, 113 – кинуто": more of the same equipment.
  if (!last.people) {
    // Only a loss verb right after the number (or its dash): "106 – пошкоджено", "113 кинуто".
    const dashed = /^[–—-]$/.test(toks[num.next]?.norm ?? '') ? num.next + 1 : num.next;
    const verb = toks[dashed];
    const equipment = verb?.kind === 'w' && isEquipmentLoss(verb.norm);
    const metric = last.mention.metric;
    if (!equipment || /^(?:personnel|civilians|children|people)_/.test(metric)) return undefined;
    return { metric, end: num.end, next: num.next, borrowed: last.mention };
  }
  const outcome =
    received ??
    near.map((t) => (t?.kind === 'w' ? outcomeOfVerb(t.norm) : undefined)).find(Boolean);
  // "з них 400 — полоненими": a part of a casualty count, read as the people it counts.
  const people = last.people === 'casualties' ? 'personnel' : last.people;
  const metric = outcome && peopleMetric(people, outcome, contextPeople(s));
  if (!metric) return undefined;
  return { metric, end: num.end, next: num.next, people, borrowed: last.mention };
}

function lossKind(word: string | undefined): Outcome | undefined {
  if (/^(?:безповоротн|безвозвратн)/.test(word ?? '')) return 'killed';
  if (/^(?:санітарн|санитарн)/.test(word ?? '')) return 'wounded';
  return undefined;
}

function tollOutcome(folded: string): Outcome | undefined {
  const m = TOLL.exec(folded);
  if (!m) return undefined;
  return /загибл|погибш|жертв|убит|вбит/.test(m[0]) ? 'killed' : 'wounded';
}

/** The folded words right before token `i` in its sentence (at most three), for the hedge. */
function wordsBefore(toks: readonly Tok[], from: number, i: number): string[] {
  const words: string[] = [];
  for (let j = i - 1; j >= from && words.length < 3; j--) {
    const t = toks[j] as Tok;
    if (t.kind !== 'w') break;
    words.unshift(t.norm);
  }
  // "від 100 до 150" is a range, not "up to 100".
  return words.at(-1) === 'від' || words.at(-1) === 'от' ? [] : words;
}

/** "танків ‒ 790", "особового складу ‒ близько 20600": a line of the General Staff's list. */
function dashLine(
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
function headerSide(ctx: Ctx, index: number): Side | undefined {
  const s = ctx.sentences[index] as SlavicSentence;
  for (let k = index - 1; k >= 0; k--) {
    const h = ctx.sentences[k] as SlavicSentence;
    if (s.start - h.end > LIST_REACH) return undefined;
    const side = lastSideIn(ctx.toks, h.from, h.to, enemyOf(ctx, h));
    if (side) return side;
  }
  return undefined;
}

const EXCHANGE =
  /обмін|обмен|повернул|повернути|повертаємо|повертаються|вернули|вернуть|возвращ|звільнил|освобод/;

/** The sentence, or the one before it, tells of a prisoner exchange. */
function exchanged(ctx: Ctx, index: number, s: SlavicSentence): boolean {
  const prev = ctx.sentences[index - 1];
  return (
    once(s, 'exchange', () => EXCHANGE.test(s.folded)) ||
    (!!prev && once(prev, 'exchange', () => EXCHANGE.test(prev.folded)))
  );
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

/** A word of loss in the sentence, or in the sentences just before it (a list's header). */
function hasLossBefore(ctx: Ctx, index: number, s: SlavicSentence): boolean {
  for (let k = index; k >= 0; k--) {
    const sentence = ctx.sentences[k] as SlavicSentence;
    if (s.start - sentence.end > LIST_REACH) return false;
    const loss = (norm: string) => isEquipmentLoss(norm) || !!outcomeOfVerb(norm);
    if (hasWord(ctx.toks, sentence.from, sentence.to, loss)) return true;
  }
  return false;
}

function hasWord(
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

/** "Зокрема, 1 танк, 3 ББМ…": a sentence that details the losses of the one before it. */
function continuesLoss(ctx: Ctx, index: number, s: SlavicSentence): boolean {
  const prev = ctx.sentences[index - 1];
  if (!prev) return false;
  if (DETAILS.test(s.folded)) return hasWord(ctx.toks, prev.from, prev.to, isEquipmentLoss);
  // "втратила:\n• 45 танків;\n• 256 ББМ": an item of a list under a header that names the loss.
  return isListItem(ctx, s, prev) && hasLossBefore(ctx, index - 1, prev);
}

/** A line that opens with a bullet or follows a line ending in ":" or ";". */
function isListItem(ctx: Ctx, s: SlavicSentence, prev: SlavicSentence | undefined): boolean {
  if (!s.lineStart || !prev) return false;
  const first = ctx.toks[s.from]?.norm ?? '';
  const prevLast = ctx.toks[prev.to - 1]?.norm ?? '';
  return /^[•·*–—-]$/.test(first) || prevLast === ':' || prevLast === ';';
}

const DETAILS =
  /^[«"„]?(?:зокрема|в тому числі|у тому числі|серед них|з них|із них|в том числе|из них|среди них|в частности|також|также)/;

/** "(+17)", "( + 18)": the day's increase after the total just found. */
function increment(ctx: Ctx, index: number, i: number): number | undefined {
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

/** A verb of delivery, production or exchange nearer before the number than any loss word. */
function notLossBefore(toks: readonly Tok[], from: number, i: number): boolean {
  for (let j = i - 1; j >= from && j >= i - 8; j--) {
    const tok = toks[j] as Tok;
    if (tok.kind !== 'w') continue;
    if (isEquipmentLoss(tok.norm) || outcomeOfVerb(tok.norm)) return false;
    // "отримали поранення", "получили ранения": receiving a wound is a loss.
    const object = toks[j + 1];
    const wound = (t: Tok | undefined) => t?.kind === 'w' && !!outcomeOfVerb(t.norm);
    const wounded = wound(object) || [1, 2, 3, 4].some((k) => wound(toks[j - k]));
    if (isNotLoss(tok.norm) && !wounded) return true;
  }
  return false;
}

/** The loss the sentence's verbs name: right after the phrase, else the nearest before, else after. */
/** "убитыми и ранеными", "убиты или ранены": killed and wounded counted together. */
const CASUALTY_PAIR =
  /(?:убит|вбит|загибл|погибш|погибл)\p{L}*(?:,? (?:и|та|і|й|или|або|чи)|,) (?:поранен|ранен)/u;

function verbOutcome(
  toks: readonly Tok[],
  s: SlavicSentence,
  i: number,
  after: number,
): Outcome | undefined {
  if (once(s, 'casualty pair', () => CASUALTY_PAIR.test(s.folded))) return 'lost';
  const direct = /^(?:[—–‒-]|було|були|было|были|є)$/.test(toks[after]?.norm ?? '')
    ? after + 1
    : after;
  const right = outcomesAt(toks, direct, s.to);
  // "убитими та пораненими": killed and wounded together are casualties.
  if (right.length > 1) return 'lost';
  if (right[0]) return right[0];
  for (let j = i - 1; j >= s.from; j--) {
    const tok = toks[j] as Tok;
    const o = tok.kind === 'w' ? outcomeOfVerb(tok.norm) : undefined;
    // "безповоротні втрати" are the killed, "санітарні втрати" the wounded.
    if (o === 'lost') return lossKind(toks[j - 1]?.norm) ?? o;
    if (o) return o;
  }
  for (let j = after; j < s.to; j++) {
    const tok = toks[j] as Tok;
    if (tok.kind === 'd') break;
    const o = tok.kind === 'w' ? outcomeOfVerb(tok.norm) : undefined;
    if (o) return o;
  }
  return undefined;
}

/**
 * The losses named right after a counted phrase: "загинули", "отримали поранення", "убитими та
 * пораненими" (two: casualties).
 */
function outcomesAt(toks: readonly Tok[], from: number, to: number): Outcome[] {
  let j = from;
  const at = (k: number) =>
    k < to && toks[k]?.kind === 'w' ? outcomeOfVerb((toks[k] as Tok).norm) : undefined;
  const receive =
    /^(?:отримали|отримав|отримала|дістали|дістав|зазнали|зазнав|получили|получил|получила)$/;
  // "77 143 російських військових, загиблих від початку…": a participle after a comma.
  if (
    toks[j]?.norm === ',' &&
    toks[j + 1]?.kind === 'w' &&
    /(?:их|ых)$/.test(toks[j + 1]?.norm ?? '')
  )
    j++;
  const first = at(j) ?? (receive.test(toks[j]?.norm ?? '') ? at(j + 1) : undefined);
  if (!first) return [];
  const joined = /^(?:та|і|й|и)$/.test(toks[j + 1]?.norm ?? '') ? at(j + 2) : undefined;
  return joined && joined !== first ? [first, joined] : [first];
}

const MILITARY =
  /потер|втрат|арми|військов|солдат|армі|армии|зсу|всу|окупант|оккупант|фронт|бойов|боев|противник|ворог|бригад|полк|батальйон|батальон|военнослуж|личн|особов|вагнер|мобілізован|мобилизован|бійц|бойц|десант|військ|войск|военн/;
const CIVILIAN =
  /удар|атак|ракет|дрон|беспилот|безпілот|шахед|мирн|цивільн|гражданск|жител|мешканц|дітей|детей|дитин|ребен|обстріл|обстрел|населен|житлов|багатоповерх|многоэтаж|агресі|агресс|ракетн\S* удар|удар\S* по |атак\S* (?:рф|росі|дрон|ракет|безпілот)|обірвав|оборвал|місцев\S* влад|местн\S* власт|мер |голова /;
/** Regional "military administrations" run towns: their name says nothing about soldiers. */
const ADMINISTRATION = /військов\S* адміністрац\S*|военн\S* администрац\S*/g;

function defaultPeople(folded: string): People {
  const text = folded.replace(ADMINISTRATION, ' ');
  return MILITARY.test(text) && !CIVILIAN.test(text) ? 'personnel' : 'civilians';
}

/** Whom a sentence's unnamed people are ("5 загиблих", "25 людей"), read once per sentence. */
const contextPeople = (s: SlavicSentence): People =>
  once(s, 'people', () => defaultPeople(s.folded));
const tollOf = (s: SlavicSentence) => once(s, 'toll', () => tollOutcome(s.folded));

/** The metric of people counted with an outcome; `context` stands in for "people" in general. */
function peopleMetric(people: People, outcome: Outcome, context: People): Metric | undefined {
  const kind = people === 'generic' ? context : people;
  if (kind === 'children') return outcome === 'killed' ? 'children_killed' : undefined;
  if (kind === 'civilians') {
    if (outcome === 'killed') return 'civilians_killed';
    if (outcome === 'wounded') return 'civilians_injured';
    return undefined;
  }
  // "уничтожено 40 человек личного состава": a verb that says killed wins over the noun.
  if (kind === 'casualties' && outcome === 'killed') return 'personnel_killed';
  if (kind === 'casualties' || outcome === 'lost') return 'personnel_casualties';
  const metrics: Record<Outcome, Metric> = {
    killed: 'personnel_killed',
    wounded: 'personnel_wounded',
    captured: 'personnel_captured',
    missing: 'personnel_missing',
    lost: 'personnel_casualties',
  };
  return metrics[outcome];
}

/** Whom "ворог" means in this sentence: the opposite of the side its source speaks for. */
function enemyOf(ctx: Ctx, s: SlavicSentence): EnemyOf {
  if (once(s, 'ukrainian source', () => UKRAINIAN_SOURCE.test(s.folded))) return 'russia';
  const claimant = sentenceClaimant(ctx, s);
  if (claimant === 'ru-mod') return 'ukraine';
  if (claimant === 'ua-general-staff' || claimant === 'ua-president') return 'russia';
  return ctx.enemy;
}

/**
 * The side of a figure whose sentence names none: the enemy's when someone destroyed it
 * ("знищено 18 артсистем", "уничтожены 144 БПЛА"); the source's own when people died and a party
 * reports it ("Минобороны России: погибли 1351 военнослужащий"); otherwise unknown.
 */
function unnamedSide(ctx: Ctx, s: SlavicSentence, enemy: EnemyOf): Side {
  if (once(s, 'destroyed', () => DESTROYED.test(s.folded))) return enemy;
  if (!/погиб|загин|загибл|ранен|поранен/.test(s.folded)) return 'unknown';
  const claimant = sentenceClaimant(ctx, s);
  if (claimant === 'ru-mod') return 'russia';
  if (claimant === 'ua-general-staff') return 'ukraine';
  return 'unknown';
}

/** The side of the last figure or side word of the sentence before (same block). */
function previousSide(ctx: Ctx, index: number): Side | undefined {
  const prev = ctx.sentences[index - 1];
  if (!prev) return undefined;
  const last = ctx.found.at(-1);
  if (last?.sentence === index - 1 && last.mention.side !== 'unknown') return last.mention.side;
  return lastSideIn(ctx.toks, prev.from, prev.to, enemyOf(ctx, prev));
}

interface Draft {
  start: number;
  end: number;
  metric: Metric;
  side: Side;
  qualifier: Qualifier;
  num: SlavicNumber;
}

function push(
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
    sentenceClaimant(ctx, header);
  const dated = dateOf(ctx, s) ?? dateOf(ctx, header) ?? ctx.pageDate;
  const phrases = once(s, 'phrases', () => periodPhrases(s.folded));
  const reading = dash ? undefined : periodIn(phrases, d.start - s.start, dated, ctx.pageDate);
  const mention: FigureMention = {
    start: d.start,
    end: d.end,
    text: ctx.text.slice(d.start, d.end),
    metric: d.metric,
    side: d.side,
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

/** "…, повідомляє Генштаб ЗСУ." in the next sentence of the paragraph attributes this one too. */
function attributedAfter(ctx: Ctx, index: number): string | undefined {
  const next = ctx.sentences[index + 1];
  if (!next || !ATTRIBUTION.test(next.folded)) return undefined;
  return sentenceClaimant(ctx, next);
}

const ATTRIBUTION =
  /(?:повідомляє|повідомив|повідомили|інформує|сообщает|сообщил|сообщили|информирует|заявили|заявил|заявив)/;

/** The claimant a sentence names, read once per sentence. */
function sentenceClaimant(ctx: Ctx, s: SlavicSentence | undefined): string | undefined {
  if (!s) return undefined;
  return once(s, 'claimant', () => claimantOf(ctx, s.folded));
}

/** The date a sentence names, read once per sentence. */
function dateOf(ctx: Ctx, s: SlavicSentence | undefined): IsoDate | undefined {
  if (!s) return undefined;
  return once(s, 'date', () => dateIn(s.folded, ctx.pageDate));
}

function claimantOf(ctx: Ctx, folded: string): string | undefined {
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
