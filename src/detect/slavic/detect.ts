import type { IsoDate, Metric, Qualifier, Side } from '../../core/vocabulary';
import type { FigureMention } from '../types';
import {
  type Ctx,
  enemyOf,
  hasLossBefore,
  hasWord,
  previousSide,
  push,
  sentenceClaimant,
  UKRAINIAN_SOURCE,
} from './context';
import type { Block } from './language';
import { hedgeBefore, isEquipmentLoss, outcomeOfVerb, type People } from './lexicon';
import { continuesLoss, dashLine, headerSide, increment, isListItem } from './lists';
import { readNumber, type SlavicNumber } from './numbers';
import {
  contextPeople,
  exchanged,
  notLossBefore,
  outcomesAt,
  peopleMetric,
  tollOf,
  verbOutcome,
} from './people';
import { countedPhrase } from './phrase';
import { once, type SlavicSentence, splitSentences } from './sentences';
import { type EnemyOf, sideOf } from './sides';
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

/** Figures of another war ("в Афганістані загинули 15 тисяч") are not this one's. */
const OTHER_WAR =
  /афганістан|афганистан|чечн|другої світової|второй мировой|вітчизнян\S* війн|отечественн\S* войн|чеченск|сирії|сирии|на хранении|на зберіганні/;
/** A condition or a future ("якщо росія втратить ще 100 тисяч"): no loss has happened. */
const HYPOTHETICAL =
  /^(?:якщо|якби|если|коли б) |(?:^|[^\p{L}])(?:втратить|потеряет|може втратити|может потерять|могут потерять|можуть втратити)(?![\p{L}])/u;
/** Someone destroyed it: a figure without a side named is the enemy's. */
const DESTROYED =
  /(?:^|[^\p{L}])(?:знищ|уничтож|збит|збив|збил|сбит|сбил|уражен|ураз|вразил|поражен|пораз|ліквід|ликвид|підбит|подбит|знешкод|обезвред|вивел|вывел|выведен|виведен)/u;
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
