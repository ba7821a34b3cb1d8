import type { IsoDate, Metric, Qualifier, Side } from '../../core/vocabulary';
import type { FigureMention } from '../types';
import {
  type Ctx,
  type Draft,
  enemyOf,
  type Found,
  hasLossBefore,
  hasWord,
  LIST_REACH,
  previousSide,
  push,
  sentenceClaimant,
  UKRAINIAN_SOURCE,
} from './context';
import type { Block } from './language';
import {
  headOf,
  hedgeBefore,
  isAttack,
  isEquipmentLoss,
  isMeasureWord,
  isModifier as isModifierWord,
  modifiedHead,
  type Outcome,
  outcomeOfVerb,
  type People,
} from './lexicon';
import {
  continuesLoss,
  DETAILS,
  dashLine,
  headerSide,
  increment,
  isListItem,
  opensWithNumber,
} from './lists';
import { readNumber, type SlavicNumber } from './numbers';
import {
  contextPeople,
  exchanged,
  namesBoth,
  notLossBefore,
  outcomeOfMetric,
  outcomesAt,
  peopleMetric,
  tollOf,
  verbOutcome,
} from './people';
import { type CountedPhrase, countedPhrase } from './phrase';
import { once, type SlavicSentence, splitSentences } from './sentences';
import { type EnemyOf, lastPlaceIn, sideOf } from './sides';
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
  /(?:^|[^\p{L}])(?:втратить|потеряет|може втратити|может потерять|могут потерять|можуть втратити)(?![\p{L}])/u;
/** "Якщо…", "Если…" opening a sentence: a condition, unless its clause tells of the past. */
const IF_CLAUSE = /^(?:якщо|якби|если|коли б) ([^,]*)/;
/** "Если в феврале Зеленский говорил о 46 000 погибших, то теперь…": a past contrast, no condition. */
const PAST_VERB =
  /(?:^|[^\p{L}])[\p{L}]{3,}(?:вал|вав|ял|яв|ил|ив|ел|ав|ал|ло)(?:а|и|о)?(?![\p{L}])/u;
function hypothetical(folded: string): boolean {
  if (HYPOTHETICAL.test(folded)) return true;
  const m = IF_CLAUSE.exec(folded);
  if (!m) return false;
  // "якби", "если бы": a past form under a condition is still unreal.
  if (/^(?:якби|коли б)|(?:^|[^\p{L}])(?:б|бы|би)(?![\p{L}])/u.test(m[0])) return true;
  // "Якщо екстраполювати ці цифри…", "Если посчитать…": a way of reckoning, not a condition.
  if (/^\p{L}{4,}(?:ти|ть|чь)(?![\p{L}])/u.test(m[1] ?? '')) return false;
  return !PAST_VERB.test(m[1] ?? '');
}
/** "на шістьох вбитих окупантів припадає один загиблий": a ratio of losses, no count of them. */
const RATIO = /(?:^|[^\p{L}])(?:припада\p{L}*|приходится|приходилось|приходятся)(?![\p{L}])/u;
/** "на шістьох", "на каждого", "на 10 убитых": what the ratio is counted against. */
const RATIO_BASE =
  /(?:^|[^\p{L}])на (?:\d|кожн|каждо|одн|дв|тр|чотир|четыр|п'ят|пят|шіст|шест|сім|сем|вісім|восем|десят)/u;
const ratio = (folded: string) => RATIO.test(folded) && RATIO_BASE.test(folded);
/** "теряют в среднем 1 тыс. военнослужащих": an average is no count (docs/DETECTION.md §3). */
const AVERAGE = /^(?:среднем|середньому)$/;
/** "ця цифра може сягнути 1 мільйона": a toll that may yet be reached is no loss. */
const MAY_REACH =
  /^(?:сягнути|досягти|досягнути|перевищити|зрости|достичь|достигнуть|превысить|вырасти)$/;
const MAY = /^(?:може|можуть|может|могут|міг|мог)$/;
/** "за пів року ця цифра сягне мільйона": a toll the future will reach. */
const WILL_REACH =
  /^(?:сягне|сягнуть|досягне|досягнуть|перевищить|перевищать|зросте|зростуть|достигнет|достигнут|превысит|превысят|вырастет|вырастут)$/;
/** Someone destroyed it: a figure without a side named is the enemy's. */
const DESTROYED =
  /(?:^|[^\p{L}])(?:знищ|уничтож|збит|збив|збил|сбит|сбил|уражен|ураз|вразил|поражен|пораз|ліквід|ликвид|підбит|подбит|знешкод|обезвред|вивел|вывел|выведен|виведен|перехоп|перехват|перехвач|подавл|придуш)/u;
const GROWTH =
  /^(?:превысило|превысила|превысили|превышают|перевищило|перевищила|перевищили|перевищують|перевалило|зросла|зросло|зросли|збільшилася|збільшилась|збільшився|збільшилися|збільшилось|сягнула|сягнуло|сягнули|сягнув|досягла|досягло|досягли|досяг|возросло|возросла|возросли|выросло|выросла|выросли|увеличилось|увеличилась|увеличился|увеличились|достигло|достигла|достигли|достиг|составило|составила|составили|составил|становить|становлять|составляет|составляют|склала|склало|склали|склав|сягати|сягає|сягають|сягали|сягала|досягає|досягають|достигать|достигает|достигают)$/;
/** "постраждалих уже 15", "загиблих вже 10": the outcome of a toll named right before its count. */
function tollNounBefore(toks: readonly Tok[], i: number): Outcome | undefined {
  if (!/^(?:уже|вже)$/.test(toks[i - 1]?.norm ?? '') || toks[i - 2]?.kind !== 'w') return undefined;
  const head = headOf((toks[i - 2] as Tok).norm);
  return head?.kind === 'outcome' && head.outcome !== 'lost' ? head.outcome : undefined;
}

/** Verbs of a toll's rise: "до" after them gives the new count, "на" the increase. */
const RISE =
  /^(?:зросла|зросло|зросли|збільшилася|збільшилась|збільшився|збільшилися|збільшилось|возросло|возросла|возросли|выросло|выросла|выросли|увеличилось|увеличилась|увеличился|увеличились)$/;
/** A sentence that speaks of a count ("кількість", "число") or of a figure ("цифра"). */
const TALLY_WORD = /(?:^|[^\p{L}])(?:кількість|число|количество)(?![\p{L}])/u;
const FIGURE_WORD = /(?:^|[^\p{L}])(?:цифр[аиуі]|цифрой|цифрою)(?![\p{L}])/u;
const tallyWord = (s: SlavicSentence) => once(s, 'tally word', () => TALLY_WORD.test(s.folded));
const figureWord = (s: SlavicSentence) => once(s, 'figure word', () => FIGURE_WORD.test(s.folded));
/** "довівши їхню загальну кількість до 11 603", "их общее число до 400": a toll brought to a count. */
const TALLY = /^(?:кількість|число|количество|кількості|числа|количества)$/;

function detectBlock(text: string, block: Block, pageDate: IsoDate): FigureMention[] {
  const { toks, sentences } = splitSentences(text, block.start, block.end);
  const blockText = text.slice(block.start, block.end).toLowerCase();
  const enemy: EnemyOf =
    block.lang === 'ru' && !UKRAINIAN_SOURCE.test(blockText) ? 'ukraine' : 'russia';
  const ctx: Ctx = {
    text,
    toks,
    sentences,
    pageDate,
    enemy,
    lang: block.lang === 'ru' ? 'ru' : 'uk',
    found: [],
    namedDead: /медиазон|медіазон/.test(blockText),
  };
  sentences.forEach((s, index) => {
    if (OTHER_WAR.test(s.folded) || hypothetical(s.folded) || ratio(s.folded)) return;
    bothAmong(ctx, index, s);
    for (let i = s.from; i < s.to; i++) {
      const next = visit(ctx, index, s, i);
      if (next !== undefined) i = next - 1;
    }
  });
  return ctx.found.map((f) => f.mention);
}

/** "Серед них убиті та поранені", "Среди них убитые и раненые": a sentence naming both. */
const BOTH_AMONG =
  /^[«"„]?(?:серед|среди|з|із|из) них (?:\S+ )?(?:убит|вбит|загибл|погибш)\p{L}* (?:і|и|та|й) (?:важко|тяжело)?(?:поранен|ранен)/u;

/**
 * "Загалом було знищено понад 92 000 осіб… Серед них убиті та поранені": the soldiers just
 * counted as killed are the killed and wounded together.
 */
function bothAmong(ctx: Ctx, index: number, s: SlavicSentence): void {
  if (!BOTH_AMONG.test(s.folded)) return;
  for (let k = ctx.found.length - 1; k >= 0; k--) {
    const f = ctx.found[k] as Found;
    if (f.sentence !== index - 1) break;
    if (f.mention.metric === 'personnel_killed') f.mention.metric = 'personnel_casualties';
  }
}

/** Judges the token at `i`; returns the index after the figure found there, if any. */
function visit(ctx: Ctx, index: number, s: SlavicSentence, i: number): number | undefined {
  const { toks, text } = ctx;
  const tok = toks[i] as Tok;
  if (tok.norm === '+') return increment(ctx, index, i);
  if (tok.kind === 'p' || /^[№#]$/.test(toks[i - 1]?.norm ?? '')) return undefined;
  // "по одному самолету": one each, a distribution, not a count; but a list's line "по одному
  // кораблю та підводному човну" counts one of each.
  // "І по одному – над Курською і Липецькою областями": one over each place is a breakdown's item.
  if (
    tok.kind === 'w' &&
    toks[i - 1]?.norm === 'по' &&
    !(i - 1 === s.from && s.lineStart) &&
    !overPlaces(toks, i + 1, s.to)
  )
    return undefined;
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
  if (notACount(ctx, num)) return undefined;
  const before = wordsBefore(toks, s.from, i);
  if (mayReach(toks, s.from, i)) return undefined;
  if (AVERAGE.test(before.at(-1) ?? '') && /^(?:в|у)$/.test(before.at(-2) ?? '')) return undefined;
  // "зросла до 30", "превысило 8000": the new count of a toll, not a hedge.
  // "зросли на 3", "збільшився ще на 930": the toll's increase.
  const by = before.at(-1) === 'до' || before.at(-1) === 'на';
  const still = /^(?:ще|еще)$/.test(before.at(-2) ?? '');
  // "можуть сягати приблизно 1,2 мільйона": a hedge between the verb and the number.
  const hedged = !by && hedgeBefore(before.slice(-1)) && GROWTH.test(before.at(-2) ?? '');
  const grown =
    hedged ||
    GROWTH.test(before.at(-1) ?? '') ||
    (by && RISE.test((still ? before.at(-3) : before.at(-2)) ?? '')) ||
    (before.at(-1) === 'до' && TALLY.test(before.at(-2) ?? '')) ||
    // "До двох зросла кількість постраждалих": the new count before the verb of its rise.
    (before.at(-1) === 'до' && RISE.test(toks[num.next]?.norm ?? '')) ||
    // "постраждалих уже 15": the toll's noun, then its count.
    tollNounBefore(toks, i) !== undefined;
  const hedge = hedged ? hedgeBefore(before.slice(-1)) : grown ? undefined : hedgeBefore(before);
  const hedgeFrom = hedge ? i - hedge.used : i;
  const qualifier: Qualifier = hedge?.qualifier ?? (num.approx !== undefined ? 'about' : 'exact');
  const line = dashLine(ctx, index, s, hedgeFrom, num, qualifier);
  if (line) return line;
  const reading = readPhrase(ctx, index, s, i, num, grown);
  if (!reading) return undefined;
  // "120 погибших на 10 тысяч мужчин": a rate, not a count; its denominator is none either.
  const per =
    toks[reading.next]?.norm === 'на' ? readNumber(ctx.text, toks, reading.next + 1) : undefined;
  if (per?.value && per.value >= 100 && /^10*$/.test(String(per.value))) {
    return countedPhrase(ctx.text, toks, per.next, s.to)?.next ?? per.next;
  }
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
    (reading.keepSide ? reading.borrowed?.side : undefined) ??
    sideOf({ ...query, civilians, enemy }) ??
    (civilians ? (civiliansBefore(ctx, index) ?? placeBefore(ctx, s) ?? 'ukraine') : undefined) ??
    reading.borrowed?.side ??
    previousSide(ctx, index, opensWithNumber(ctx, s) ? 2 : 1) ??
    (isListItem(ctx, s, ctx.sentences[index - 1]) ? headerSide(ctx, index) : undefined) ??
    knownSide(unnamedSide(ctx, s, enemy), () => recentSide(ctx, index, s, reading.metric));
  const start = (toks[hedgeFrom] as Tok).start;
  const draft = {
    start,
    end: reading.end,
    metric: reading.metric,
    side,
    qualifier,
    num,
    ...(reading.alsoMetric ? { alsoMetric: reading.alsoMetric } : {}),
  };
  push(ctx, index, s, draft, false, reading.people);
  return shared(ctx, index, s, reading.next, draft) ?? reading.next;
}

/** "по одному кораблю та підводному човну": a second noun shares the number of the first. */
function shared(
  ctx: Ctx,
  index: number,
  s: SlavicSentence,
  next: number,
  draft: Draft,
): number | undefined {
  const { toks } = ctx;
  if (toks[s.from]?.norm !== 'по' || !/^(?:та|і|и|й)$/.test(toks[next]?.norm ?? '')) return;
  const phrase = countedPhrase(ctx.text, toks, next + 1, s.to);
  if (!phrase?.equipment) return undefined;
  const start = (toks[next + 1] as Tok).start;
  push(ctx, index, s, { ...draft, start, end: phrase.end, metric: phrase.equipment }, false);
  return phrase.next;
}

/** "– над Брянською областю", "беспилотнику перехватили над": a place a count is broken down by. */
function overPlaces(toks: readonly Tok[], from: number, to: number): boolean {
  for (let j = from; j < to && j < from + 4; j++) {
    const norm = toks[j]?.norm ?? '';
    if (/^(?:над|під|под)$/.test(norm)) return true;
    if (toks[j]?.kind === 'p' && !/^[—–‒-]$/.test(norm)) return false;
  }
  return false;
}

/** "в тому числі один БПЛА", "в том числе два": a part of a count, right before the number. */
function includedBefore(toks: readonly Tok[], from: number, i: number): boolean {
  const j = /^["«„“]$/.test(toks[i - 1]?.norm ?? '') ? i - 2 : i - 1;
  if (j < from) return false;
  const last = toks[j]?.norm ?? '';
  if (/^(?:зокрема|частности)$/.test(last)) return true;
  return /^(?:числі|числе)$/.test(last) && /^(?:тому|том)$/.test(toks[j - 1]?.norm ?? '');
}

/** A figure of the same equipment in this sentence or the two before: a breakdown goes on. */
function sameKindBefore(ctx: Ctx, index: number, metric: Metric): boolean {
  const last = ctx.found.at(-1);
  return !!last && last.sentence >= index - 2 && last.mention.metric === metric;
}

/** What a number counts, where its figure ends, and the figure it borrowed its people from. */
interface Reading {
  metric: Metric;
  end: number;
  next: number;
  people?: People;
  borrowed?: FigureMention;
  /** A breakdown's item: the side of the figure it details, whatever its own words say. */
  keepSide?: boolean;
  alsoMetric?: Metric;
}

/** Verbs of eliminating: killed by the UK-RU table, killed and wounded to some readers. */
const ELIMINATED = /(?:^|[^\p{L}])(?:ліквід|ликвид|знищ|уничтож)/u;
/** Words that say the people died: then nothing else is meant. */
const DIED = /загин|загибл|вбит|вбив|убит|убив|погиб|смерт|помер|умер|мертв/;

/**
 * The other measure a loose wording allows (docs/DETECTION.md §7): soldiers "lost"
 * ("втратила 980 військових") are killed and wounded by the rules but the dead to some readers;
 * soldiers "eliminated" ("ліквідовано 1000 окупантів") the other way round. Not when the
 * sentence says they died, nor for "особовий склад", the General Staff's word for both.
 */
function looseMetric(
  s: SlavicSentence,
  metric: Metric,
  outcome: Outcome,
  people: People,
): Metric | undefined {
  if (people === 'casualties' || namesBoth(s)) return undefined;
  if (metric === 'personnel_casualties' && outcome === 'lost' && !DIED.test(s.folded))
    return 'personnel_killed';
  if (metric === 'personnel_killed' && ELIMINATED.test(s.folded) && !DIED.test(s.folded))
    return 'personnel_casualties';
  return undefined;
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
  const own = countedPhrase(text, toks, num.next, s.to);
  // "список насчитывает 153 171 задокументированную смерть": a count of the dead is counted.
  if (notLossBefore(toks, s.from, i, !!own?.outcome && own.outcome !== 'lost')) return undefined;
  // "до 220, 190 и 510 человек", "без 220 и 70 военнослужащих": numbers in a row share the noun
  // of the last one; each figure's span is its own number.
  const phrase = own ?? sharedPhrase(ctx, s, num);
  // "Из них 335 солдат…", "из них четыре западного производства": a part of the figure before.
  const whole = wholeOf(ctx, index, s, i, num);
  if (phrase) {
    const end = own ? phrase.end : num.end;
    const next = own ? phrase.next : num.next;
    if (phrase.equipment) {
      // "застосувавши 115 ударних безпілотників", "атакованы десять дронов": launched, not lost.
      if (launchedBefore(toks, s.from, i)) return undefined;
      const loss =
        once(s, 'equipment loss', () => hasWord(toks, s.from, s.to, isEquipmentLoss)) ||
        continuesLoss(ctx, index, s) ||
        ((overPlaces(toks, next, s.to) || includedBefore(toks, s.from, i)) &&
          sameKindBefore(ctx, index, phrase.equipment));
      if (!loss) return undefined;
      // "в тому числі один БПЛА": a part of the figure before, of its side.
      const of =
        whole ??
        (includedBefore(toks, s.from, i) && sameKindBefore(ctx, index, phrase.equipment)
          ? ctx.found.at(-1)?.mention
          : undefined);
      const part = of && isEquipmentMetric(of.metric) ? { borrowed: of, keepSide: true } : {};
      return { metric: phrase.equipment, end, next, ...part };
    }
    const people = nationals(ctx, index, s, phrase) ?? phrase.people ?? contextPeople(s);
    const outcome =
      phrase.outcome ??
      (grown ? tollOf(s) : undefined) ??
      (comparative(toks, i, phrase.next) ? previousOutcome(ctx, index) : undefined) ??
      verbOutcome(toks, s, i, phrase.next) ??
      detailOutcome(ctx, index, s) ??
      // "Рютте називав цифру у 700 тисяч осіб": another estimate of the figure before.
      (figureWord(s) ? previousOutcome(ctx, index) : undefined) ??
      (grown ? previousOutcome(ctx, index) : undefined);
    // The General Staff's "ліквідовано … особового складу" is its killed and wounded together.
    const staff = people === 'casualties' && sentenceClaimant(ctx, s) === 'ua-general-staff';
    const metric = outcome && peopleMetric(people, staff ? 'lost' : outcome, contextPeople(s));
    // "обмін полоненими: повернули 200 захисників": an exchange returns people, loses none.
    if (metric === 'personnel_captured' && exchanged(ctx, index, s)) return undefined;
    if (!metric) return undefined;
    const also = staff || phrase.outcome ? undefined : looseMetric(s, metric, outcome, people);
    const part =
      whole && !isEquipmentMetric(whole.metric) ? { borrowed: whole, keepSide: true } : {};
    return { metric, end, next, people, ...part, ...(also ? { alsoMetric: also } : {}) };
  }
  // "зросла до 30": the toll named before the number.
  // "Втрати бойових броньованих машин зросли на 3 і склали 23 949 одиниць", "знищено 31
  // систему" under "шкоди завдано артилерії": the equipment named before a bare count.
  const after = toks[num.next];
  // "установили 8 712 имен погибших", "в нем указаны 83 фамилии": the named dead are soldiers.
  if (after?.kind === 'w' && NAMES.test(after.norm) && namesTheDead(s)) {
    return { metric: 'personnel_killed', end: after.end, next: num.next + 1, people: 'personnel' };
  }
  const bare = after?.kind === 'w' && (isMeasureWord(after.norm) || /^систем\S*$/.test(after.norm));
  if (grown || bare) {
    const named = namedBefore(ctx, index, s, i);
    if (named && hasWord(toks, s.from, s.to, isEquipmentLoss)) {
      const { metric, figure } = named;
      const borrowed = figure ? { borrowed: figure, keepSide: true } : {};
      return bare
        ? { metric, end: after.end, next: num.next + 1, ...borrowed }
        : { metric, end: num.end, next: num.next, ...borrowed };
    }
  }
  const toll = tollNounBefore(toks, i) ?? tollOf(s);
  if (grown && toll) {
    // "кількість дітей, загиблих …, зросла до 500": the toll names whom it counts.
    const people = /кількість діт|число дет|количество дет/.test(s.folded)
      ? 'children'
      : contextPeople(s);
    const metric = peopleMetric(people, toll, people);
    return metric ? { metric, end: num.end, next: num.next, people } : undefined;
  }
  // "Сначала писали о 4 пострадавших. Но … их количество возросло до 6": the same toll, grown.
  const last = ctx.found.at(-1);
  if (grown && last?.people && last.sentence >= index - 1 && tallyWord(s)) {
    const { metric } = last.mention;
    return { metric, end: num.end, next: num.next, people: last.people, borrowed: last.mention };
  }
  // "Цифра така дійсно є, вона трохи більше семи тисяч": the figure just given, told again.
  const bareNumber = toks[num.next]?.kind !== 'w';
  if (last?.people && last.sentence >= index - 2 && bareNumber && figureWord(s)) {
    const { metric } = last.mention;
    return {
      metric,
      end: num.end,
      next: num.next,
      people: last.people,
      borrowed: last.mention,
      keepSide: true,
    };
  }
  // "8 боевых бронированных машин, из них четыре западного производства", "атакованы десять
  // дронов, из которых семь подавлены и сбиты": a part of the equipment just named.
  if (whole === undefined || isEquipmentMetric(whole.metric)) {
    const item = equipmentPart(ctx, index, s, i, num, whole);
    if (item) return item;
  }
  const part = partOf(ctx, s, num);
  if (part !== undefined) return part || undefined;
  const reading =
    breakdown(ctx, index, s, i, num) ??
    elliptic(ctx, index, s, i, num) ??
    bareLoss(ctx, index, s, i, num) ??
    dashTail(ctx, index, s, i, num);
  // "870 из них погибло": a part is of the side of its whole.
  return reading && whole ? { ...reading, borrowed: whole, keepSide: true } : reading;
}

/**
 * "15 загиблих людей, четверо з них – діти": the part counts the people named after it, with the
 * loss of the figure it is part of. "один из них в тяжелом состоянии", "троих из них
 * госпитализировали": a part that names no one and no loss is no figure (false). Undefined when
 * the number is not followed by "з них".
 */
function partOf(ctx: Ctx, s: SlavicSentence, num: SlavicNumber): Reading | false | undefined {
  const { toks } = ctx;
  if (!/^(?:з|із|зі|из)$/.test(toks[num.next]?.norm ?? '') || toks[num.next + 1]?.norm !== 'них')
    return undefined;
  let j = num.next + 2;
  if (/^[—–‒-]$/.test(toks[j]?.norm ?? '')) j++;
  if (/^(?:це|это|—)$/.test(toks[j]?.norm ?? '')) j++;
  const last = ctx.found.at(-1);
  const phrase = countedPhrase(ctx.text, toks, j, s.to);
  if (!last || !phrase || phrase.equipment || !(phrase.people || phrase.outcome)) {
    // "двоє з них загинули": a loss named right after stays for the elliptic reading.
    const verb = toks[j];
    return verb?.kind === 'w' && outcomeOfVerb(verb.norm) ? undefined : false;
  }
  // "майже 200 тисяч з них – це загиблі": the people of the whole, the loss of the part.
  const people = phrase.people ?? (last.people === 'casualties' ? 'personnel' : last.people);
  const outcome = phrase.outcome ?? outcomeOfMetric(last.mention.metric);
  const metric = people && outcome && peopleMetric(people, outcome, contextPeople(s));
  if (!metric) return false;
  return { metric, end: num.end, next: phrase.next, people, borrowed: last.mention };
}

/** A verb of attacking nearer before the number than any verb of loss. */
function launchedBefore(toks: readonly Tok[], from: number, i: number): boolean {
  for (let j = i - 1; j >= from && j >= i - 6; j--) {
    const tok = toks[j] as Tok;
    if (tok.kind !== 'w') continue;
    if (isEquipmentLoss(tok.norm)) return false;
    if (isAttack(tok.norm)) return true;
  }
  return false;
}

/** "из них", "з них", "из которых", "з яких", "среди них", "серед них" right before a number. */
const PART_OF = /^(?:них|которых|яких)$/;
const PART_FROM = /^(?:з|із|зі|из|среди|серед)$/;

/**
 * The figure a number is part of: "Из них 335 солдат", "з яких 12": the last figure of this
 * sentence or the one before, when "of them" stands right before the number (after a hedge).
 */
function wholeOf(
  ctx: Ctx,
  index: number,
  s: SlavicSentence,
  i: number,
  num: SlavicNumber,
): FigureMention | undefined {
  const { toks } = ctx;
  let j = i - 1;
  for (let k = 0; k < 3 && ITEM_HEDGE.test(toks[j]?.norm ?? ''); k++) j--;
  if (/^[—–‒:-]$/.test(toks[j]?.norm ?? '')) j--;
  const before =
    j >= s.from + 1 && PART_OF.test(toks[j]?.norm ?? '') && PART_FROM.test(toks[j - 1]?.norm ?? '');
  const after =
    PART_FROM.test(toks[num.next]?.norm ?? '') && PART_OF.test(toks[num.next + 1]?.norm ?? '');
  if (!before && !after) return undefined;
  const last = ctx.found.at(-1);
  return last && last.sentence >= index - 1 ? last.mention : undefined;
}

/**
 * A part of equipment with no noun of its own: "из них четыре западного производства" (of the
 * figure just found), "десять дронов, из которых семь подавлены и сбиты" (of the noun just named,
 * when a verb of loss follows the part).
 */
function equipmentPart(
  ctx: Ctx,
  index: number,
  s: SlavicSentence,
  i: number,
  num: SlavicNumber,
  whole: FigureMention | undefined,
): Reading | undefined {
  const { toks } = ctx;
  const j = i - 1;
  if (!PART_OF.test(toks[j]?.norm ?? '') || !PART_FROM.test(toks[j - 1]?.norm ?? ''))
    return undefined;
  if (whole)
    return { metric: whole.metric, end: num.end, next: num.next, borrowed: whole, keepSide: true };
  const verb = toks[num.next];
  if (verb?.kind !== 'w' || !isEquipmentLoss(verb.norm)) return undefined;
  const named = namedBefore(ctx, index, s, j - 1);
  return named ? { metric: named.metric, end: num.end, next: num.next } : undefined;
}

const NATIONALS = /^(?:українц\S*|украинц\S*|росіян\S*|россиян\S*)$/;
const CIVILIAN_COUNT =
  /(?:^|[^\p{L}])(?:діт(?:ей|и|ьми)|дет(?:ей|и|ьми)|ребен\p{L}*|дитин\p{L}*|оон|увкпл|увкпч|мирн\p{L}*|цивільн\p{L}*|гражданск\p{L}*)(?![\p{L}])/u;

/**
 * "было ранено 3180 украинцев, включая 303 ребенка" (the UN's count): Ukrainians or Russians
 * counted with children, civilians or by the UN monitors are civilians, not soldiers.
 */
function nationals(
  ctx: Ctx,
  index: number,
  s: SlavicSentence,
  phrase: CountedPhrase,
): People | undefined {
  if (
    phrase.people !== 'personnel' ||
    !phrase.words.every((w) => NATIONALS.test(w) || isModifierWord(w))
  )
    return undefined;
  const prev = ctx.sentences[index - 1];
  const civil = (t: SlavicSentence | undefined) =>
    !!t &&
    (once(t, 'civilian count', () => CIVILIAN_COUNT.test(t.folded)) ||
      sentenceClaimant(ctx, t) === 'ohchr');
  return civil(s) || civil(prev) ? 'civilians' : undefined;
}

/** "мінус 5": a loss only before the people it counts ("Мінус 1000 окупантів"). */
const MINUS = /^(?:мінус|минус)$/;
const NAMES = /^(?:имен|імен|фамилий|фамилии|прізвищ|записей|записів)$/;
const DEAD = /погиб|загиб|загинул|убит|вбит|некролог/;

/** A sentence, or the one before it, speaks of the dead ("списком погибших"). */
function namesTheDead(s: SlavicSentence): boolean {
  const prev = s.prev;
  return (
    once(s, 'dead', () => DEAD.test(s.folded)) ||
    (!!prev && once(prev, 'dead', () => DEAD.test(prev.folded)))
  );
}

/** "на 5 тысяч человек больше": a count by which another is larger. */
function comparative(toks: readonly Tok[], i: number, next: number): boolean {
  const by = toks[i - 1]?.norm === 'на' || toks[i - 2]?.norm === 'на';
  return by && /^(?:больше|більше|меньше|менше)$/.test(toks[next]?.norm ?? '');
}

/**
 * "втрати … сягнули 1 233 020 військовослужбовців. Лише за останню добу цей показник збільшився
 * ще на 930 осіб": an increase with no loss of its own counts the loss of the figure before.
 */
function previousOutcome(ctx: Ctx, index: number): Outcome | undefined {
  const last = ctx.found.at(-1);
  if (!last || last.sentence < index - 1 || !last.people) return undefined;
  return outcomeOfMetric(last.mention.metric);
}

const INLINE_DETAILS = /(?:серед|среди|з|із|из) них|в тому числі|в том числе/;

/**
 * "…загинули 15 осіб. В тому числі 4 дитини.", "Серед них 5 дітей": a sentence that details the
 * figure just before takes its loss when it names none of its own.
 */
function detailOutcome(ctx: Ctx, index: number, s: SlavicSentence): Outcome | undefined {
  const last = ctx.found.at(-1);
  if (!last || last.sentence < index - 1 || !last.people) return undefined;
  const inline = last.sentence === index && INLINE_DETAILS.test(s.folded);
  if (!inline && !DETAILS.test(s.folded)) return undefined;
  return outcomeOfMetric(last.mention.metric);
}

/** Hedge words that may open an item of a row of numbers: "до 220, 190 и более 440". */
const ITEM_HEDGE =
  /^(?:до|более|свыше|около|понад|близько|більше|больше|менее|менше|ще|еще|почти|майже|приблизно|примерно|щонайменше|не|чем|ніж|по)$/;

/** "до 220, 190 и 510 человек": the noun of the last number of a row, for the numbers before. */
function sharedPhrase(ctx: Ctx, s: SlavicSentence, num: SlavicNumber): CountedPhrase | undefined {
  const { toks, text } = ctx;
  // "кількість тисяч, десятків тисяч людей": a vague magnitude outbid, not a row of counts.
  if (num.approx !== undefined) return undefined;
  let j = num.next;
  for (let items = 0; items < 6; items++) {
    if (!/^(?:,|и|і|та|й)$/.test(toks[j]?.norm ?? '')) return undefined;
    j++;
    if (toks[j]?.norm === 'и' || toks[j]?.norm === 'і') j++;
    for (let k = 0; k < 3 && ITEM_HEDGE.test(toks[j]?.norm ?? ''); k++) j++;
    const item = j < s.to ? readNumber(text, toks, j) : undefined;
    if (!item) return undefined;
    const phrase = countedPhrase(text, toks, item.next, s.to);
    if (phrase) return phrase;
    j = item.next;
  }
  return undefined;
}

/**
 * "Украина потеряла 47 самолётов на земле и 13 в воздухе", "свыше 210 бойцов в зоне «Восток» и
 * до 50 — в зоне «Днепр»", "24 БПЛА уничтожили над Брянской областью, 21 — над Белгородской",
 * "Башкортостану (5 945) і Татарстану (5 605)": the items of a breakdown by place count what the
 * figure before them counted, and are that side's.
 */
function breakdown(ctx: Ctx, index: number, s: SlavicSentence, i: number, num: SlavicNumber) {
  const { toks } = ctx;
  const last = ctx.found.at(-1);
  if (!last || last.sentence < index - 1) return undefined;
  // "(5 945)" after a region's name; not "(2022)", a year.
  const year = num.value !== null && num.value >= 1900 && num.value <= 2100;
  const bracketed =
    toks[i - 1]?.norm === '(' && toks[num.next]?.norm === ')' && toks[i - 2]?.kind === 'w' && !year;
  let j = i - 1;
  for (let k = 0; k < 3 && ITEM_HEDGE.test(toks[j]?.norm ?? ''); k++) j--;
  if (/^(?:також|также)$/.test(toks[j]?.norm ?? '')) j--;
  const joined = /^(?:,|;|и|і|та|й|а)$/.test(toks[j]?.norm ?? '') && last.sentence === index;
  // "Ще 26 – над Тульською областю.", "3 – над Ростовською областю.": a line of the breakdown.
  while (j >= s.from && /^(?:і|и|й|а|також|также)$/.test(toks[j]?.norm ?? '')) j--;
  const opening = j < s.from;
  let after = num.next;
  if (/^[—–‒-]$/.test(toks[after]?.norm ?? '')) after++;
  const placed = /^(?:в|во|у|на|над|под|під|при|біля|возле|около)$/.test(toks[after]?.norm ?? '');
  if (!(bracketed || ((joined || opening) && placed))) return undefined;
  if (!hasLossBefore(ctx, index, s)) return undefined;
  return {
    metric: last.mention.metric,
    end: num.end,
    next: bracketed ? num.next + 1 : num.next,
    borrowed: last.mention,
    keepSide: true,
    ...(last.people ? { people: last.people } : {}),
  };
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
  // "«Восток» — более 340": the dash may stand before a hedge.
  const dash = /^[—–‒-]$/.test(toks[i - 1]?.norm ?? '')
    ? i - 1
    : /^[—–‒-]$/.test(toks[i - 2]?.norm ?? '')
      ? i - 2
      : -1;
  // "на территории «Запада» — более 300": the label may close a quotation.
  const label = /^[»"“]$/.test(toks[dash - 1]?.norm ?? '') ? toks[dash - 2] : toks[dash - 1];
  if (dash > s.from && label?.kind === 'w' && hasLossBefore(ctx, index, s)) {
    const { metric, side } = last.mention;
    // "погибли 2 729 человек, а ранены - 3111": a label that names a loss of its own.
    const own = last.people ? outcomeOfVerb(label.norm) : undefined;
    const people = last.people === 'casualties' ? 'personnel' : last.people;
    const relabelled = own && people && peopleMetric(people, own, contextPeople(s));
    return {
      metric: relabelled || metric,
      end: num.end,
      next: num.next,
      borrowed: { ...last.mention, side },
      keepSide: true,
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
    near
      .map((t) => (t?.kind === 'w' && !MINUS.test(t.norm) ? outcomeOfVerb(t.norm) : undefined))
      .find(Boolean);
  // "з них 400 — полоненими": a part of a casualty count, read as the people it counts.
  const people = last.people === 'casualties' ? 'personnel' : last.people;
  const metric = outcome && peopleMetric(people, outcome, contextPeople(s));
  if (!metric) return undefined;
  return { metric, end: num.end, next: num.next, people, borrowed: last.mention };
}

/**
 * "погиб человек, еще 23 пострадали", "Ще один – постраждав", "атаки дронов, один сбит": a number
 * with no noun, right before a verb of loss, counts the people of its sentence, or the equipment
 * it names just before.
 */
function bareLoss(
  ctx: Ctx,
  index: number,
  s: SlavicSentence,
  i: number,
  num: SlavicNumber,
): Reading | undefined {
  const { toks } = ctx;
  if (num.value === null || (num.value >= 1900 && num.value <= 2100)) return undefined;
  if (toks[i - 1]?.kind === 'd' || toks[i - 1]?.norm === ':') return undefined;
  const after = /^[—–‒-]$/.test(toks[num.next]?.norm ?? '') ? num.next + 1 : num.next;
  const verb = toks[after];
  if (verb?.kind !== 'w') return undefined;
  if (isEquipmentLoss(verb.norm) && !outcomeOfVerb(verb.norm)) {
    const named = namedBefore(ctx, index, s, i);
    return named && isEquipmentMetric(named.metric)
      ? { metric: named.metric, end: num.end, next: num.next }
      : undefined;
  }
  const outcome = outcomesAt(toks, after, s.to)[0];
  if (!outcome || outcome === 'lost') return undefined;
  // "сбит" is also "уничтожен": equipment named just before outranks people.
  const named = namedBefore(ctx, index, s, i);
  if (named && isEquipmentMetric(named.metric)) {
    return isEquipmentLoss(verb.norm)
      ? { metric: named.metric, end: num.end, next: num.next }
      : undefined;
  }
  const people = contextPeople(s);
  const metric = peopleMetric('generic', outcome, people);
  return metric ? { metric, end: num.end, next: num.next, people } : undefined;
}

/**
 * "Погибла одна местная жительница. Шестеро пострадавших госпитализированы": civilians with no
 * place of their own, right after civilians counted, were hurt in the same place.
 */
function civiliansBefore(ctx: Ctx, index: number): Side | undefined {
  const last = ctx.found.at(-1);
  if (!last || last.sentence < index - 2) return undefined;
  const { metric, side } = last.mention;
  return /^(?:civilians|children)_/.test(metric) && side !== 'unknown' ? side : undefined;
}

/**
 * "збили рекордну кількість дронів, на Миколаївщині – 14", "загинула найбільша кількість
 * цивільних людей … – понад 2,5 тис.": a number after a dash that closes its sentence counts what
 * the words before the dash name: equipment just named, or people whose count ("кількість") lost.
 */
function dashTail(
  ctx: Ctx,
  index: number,
  s: SlavicSentence,
  i: number,
  num: SlavicNumber,
): Reading | undefined {
  const { toks } = ctx;
  let d = i - 1;
  for (let k = 0; k < 3 && ITEM_HEDGE.test(toks[d]?.norm ?? ''); k++) d--;
  if (!/^[—–‒-]$/.test(toks[d]?.norm ?? '') || toks[d - 1]?.kind !== 'w') return undefined;
  const end = toks[num.next];
  // "– понад 2,5 тис. Про це…": the abbreviation's point may end the sentence too.
  const closed =
    ctx.text[num.end - 1] === '.' && end?.kind === 'w' && /\p{Lu}/u.test(ctx.text[end.start] ?? '');
  if (num.next < s.to && !closed && !(end?.kind === 'p' && /^[.!;]$/.test(end.norm)))
    return undefined;
  const named = namedBefore(ctx, index, s, d);
  if (named && isEquipmentMetric(named.metric)) {
    if (!once(s, 'equipment loss', () => hasWord(toks, s.from, s.to, isEquipmentLoss))) return;
    return { metric: named.metric, end: num.end, next: num.next };
  }
  if (!tallyWord(s)) return undefined;
  const outcome = verbOutcome(toks, s, d, d);
  const people = contextPeople(s);
  const metric = outcome && outcome !== 'lost' && peopleMetric('generic', outcome, people);
  return metric ? { metric, end: num.end, next: num.next, people } : undefined;
}

/** How many sentences back civilians with no place of their own look for one. */
const PLACE_REACH = 5;

/**
 * "ВСУ нанесли удар по Белгороду… В ходе обстрела получили ранения четыре человека": civilians
 * whose sentence names no place were hurt in the place named last before it.
 */
function placeBefore(ctx: Ctx, s: SlavicSentence): Side | undefined {
  let k = s.prev;
  for (let n = 0; k && n < PLACE_REACH && s.start - k.end < LIST_REACH; n++, k = k.prev) {
    const sentence: SlavicSentence = k;
    const place = once(sentence, 'place', () => lastPlaceIn(ctx.toks, sentence.from, sentence.to));
    if (place) return place;
  }
  return undefined;
}

/**
 * The equipment a sentence names before token `i`: the last figure found in it ("4 танки,
 * довівши їхню загальну кількість до 11 603 одиниць"), or a noun ("Втрати бойових броньованих
 * машин зросли на 3"), whichever is nearer.
 */
function namedBefore(
  ctx: Ctx,
  index: number,
  s: SlavicSentence,
  i: number,
): { metric: Metric; figure?: FigureMention } | undefined {
  const { toks } = ctx;
  const last = ctx.found.at(-1);
  const lastFrom = last && last.sentence === index ? last.mention.start : -1;
  for (let j = i - 1; j >= s.from && j >= i - 12; j--) {
    const tok = toks[j] as Tok;
    if (last && (tok.start < lastFrom || (tok.start >= lastFrom && tok.end <= last.mention.end))) {
      const { metric } = last.mention;
      return isEquipmentMetric(metric) ? { metric, figure: last.mention } : undefined;
    }
    if (tok.kind === 'd') return undefined;
    if (tok.kind !== 'w') continue;
    const head = headOf(tok.norm);
    if (head?.kind === 'equipment') return { metric: head.metric };
    // "кількість загиблих зросла до 30": a loss of people named nearer than any equipment.
    if (head?.kind === 'outcome' && head.outcome !== 'lost') return undefined;
    const modifiers = [toks[j - 2]?.norm ?? '', toks[j - 1]?.norm ?? ''];
    const modified = modifiedHead(tok.norm, modifiers, toks[j + 1]?.norm);
    if (modified) return { metric: modified };
  }
  return undefined;
}

const isEquipmentMetric = (metric: Metric | undefined): boolean =>
  !!metric && !/^(?:personnel|civilians|children|people)_/.test(metric);

/**
 * "27% встановлених загиблих" (a share), "загинули два 70-річні чоловіки" (people counted by
 * age: the ages are the text's, the count a detail of a toll), "двое в тяжелом состоянии" (the
 * state of some of the injured): none of these is a count of losses.
 */
function notACount(ctx: Ctx, num: SlavicNumber): boolean {
  const { toks, text } = ctx;
  const after = toks[num.next];
  if (!after) return false;
  if (after.norm === '%' || /^(?:відсот|процент)/.test(after.norm)) return true;
  if (after.kind === 'd' && /^-(?:річн|летн)/.test(text.slice(after.end, after.end + 6)))
    return true;
  const state = /^(?:в|у)$/.test(after.norm) ? toks[num.next + 1]?.norm : undefined;
  return (
    !!state &&
    /^(?:тяжел|важк|критич|стабильн|стабільн|средн|середн|удовлетвор|задовільн)/.test(state)
  );
}

/** "може сягнути (близько) 1 мільйона": a modal verb of reaching a few words before the number. */
function mayReach(toks: readonly Tok[], from: number, i: number): boolean {
  for (let j = i - 1; j > from && j >= i - 3; j--) {
    if (MAY_REACH.test(toks[j]?.norm ?? '') && MAY.test(toks[j - 1]?.norm ?? '')) return true;
    if (WILL_REACH.test(toks[j]?.norm ?? '')) return true;
  }
  return false;
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

const knownSide = (side: Side, otherwise: () => Side | undefined): Side =>
  side === 'unknown' ? (otherwise() ?? side) : side;

/**
 * "установили имена 8712 погибших российских военных … Всего известно о 163 погибших
 * резервистах": soldiers a paragraph goes on counting, with no side of their own, are the side
 * of the soldiers counted a few sentences before.
 */
function recentSide(ctx: Ctx, index: number, s: SlavicSentence, metric: Metric): Side | undefined {
  // Mediazona counts Russia's named dead: a block citing it counts Russian soldiers killed.
  if (metric === 'personnel_killed' && ctx.namedDead) return 'russia';
  const last = ctx.found.at(-1);
  if (!last || !metric.startsWith('personnel_') || !last.mention.metric.startsWith('personnel_'))
    return undefined;
  if (last.sentence < index - PEOPLE_REACH || s.start - last.mention.end > LIST_REACH) return;
  return last.mention.side === 'unknown' ? undefined : last.mention.side;
}

const PEOPLE_REACH = 6;

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
