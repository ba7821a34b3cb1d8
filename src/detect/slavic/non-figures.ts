import type { Ctx } from './context';
import { readNumber, type SlavicNumber } from './numbers';
import { countedPhrase } from './phrase';
import type { SlavicSentence } from './sentences';
import type { Tok } from './tokens';

/**
 * Sentences and numbers that hold no loss figure whatever their words: another war, a condition
 * or a future, a ratio, a year, a share, an age, an average, a toll that may yet be reached, a rate.
 */

/** Figures of another war ("в Афганістані загинули 15 тисяч") are not this one's. */
const OTHER_WAR =
  /афганістан|афганистан|чечн|другої світової|второй мировой|вітчизнян\S* війн|отечественн\S* войн|чеченск|сирії|сирии|на хранении|на зберіганні/;
/** A condition or a future ("якщо росія втратить ще 100 тисяч"): no loss has happened. */
const HYPOTHETICAL =
  /(?<![\p{L}])(?:втратить|потеряет|може втратити|может потерять|могут потерять|можуть втратити)(?![\p{L}])/u;
/** "Якщо…", "Если…" opening a sentence: a condition, unless its clause tells of the past. */
const IF_CLAUSE = /^(?:якщо|якби|если|коли б) ([^,]*)/;
/** "Если в феврале Зеленский говорил о 46 000 погибших, то теперь…": a past contrast, no condition. */
const PAST_VERB =
  /(?<![\p{L}])[\p{L}]{3,}(?:вал|вав|ял|яв|ил|ив|ел|ав|ал|ло)(?:а|и|о)?(?![\p{L}])/u;
function hypothetical(folded: string): boolean {
  if (HYPOTHETICAL.test(folded)) return true;
  const m = IF_CLAUSE.exec(folded);
  if (!m) return false;
  // "якби", "если бы": a past form under a condition is still unreal.
  if (/^(?:якби|коли б)|(?<![\p{L}])(?:б|бы|би)(?![\p{L}])/u.test(m[0])) return true;
  // "Якщо екстраполювати ці цифри…", "Если посчитать…": a way of reckoning, not a condition.
  if (/^\p{L}{4,}(?:ти|ть|чь)(?![\p{L}])/u.test(m[1] ?? '')) return false;
  return !PAST_VERB.test(m[1] ?? '');
}
/** "на шістьох вбитих окупантів припадає один загиблий": a ratio of losses, no count of them. */
const RATIO = /(?<![\p{L}])(?:припада\p{L}*|приходится|приходилось|приходятся)(?![\p{L}])/u;
/** "на шістьох", "на каждого", "на 10 убитых": what the ratio is counted against. */
const RATIO_BASE =
  /(?<![\p{L}])на (?:\d|кожн|каждо|одн|дв|тр|чотир|четыр|п'ят|пят|шіст|шест|сім|сем|вісім|восем|десят)/u;
const ratio = (folded: string) => RATIO.test(folded) && RATIO_BASE.test(folded);

/** A sentence of another war, a condition or a ratio: none of its numbers is a figure. */
export const noFigureSentence = (folded: string): boolean =>
  OTHER_WAR.test(folded) || hypothetical(folded) || ratio(folded) || RATE.test(folded);

/** "каждую неделю в плен сдаются от 60 до 90", "среднесуточные потери… 1262": rates, no counts. */
const RATE = /среднесуточн|середньодобов|(?:каждую|кожного) (?:неделю|тижня)|щотижня|еженедельно/u;

/** "теряют в среднем 1 тыс. военнослужащих": an average is no count (docs/DETECTION.md §3). */
const AVERAGE = /^(?:среднем|середньому)$/;
/** "ця цифра може сягнути 1 мільйона": a toll that may yet be reached is no loss. */
const MAY_REACH =
  /^(?:сягнути|досягти|досягнути|перевищити|зрости|достичь|достигнуть|превысить|вырасти)$/;
const MAY = /^(?:може|можуть|может|могут|міг|мог)$/;
/** "за пів року ця цифра сягне мільйона": a toll the future will reach. */
const WILL_REACH =
  /^(?:сягне|сягнуть|досягне|досягнуть|перевищить|перевищать|зросте|зростуть|достигнет|достигнут|превысит|превысят|вырастет|вырастут)$/;

/**
 * A number at token `i` that is no count whatever it counts: a year ("у 2024 році"), a share,
 * an age or a state (`notACount`), a toll that may yet be reached, an average. `before` are the
 * words right before it (`wordsBefore`).
 */
export function noCountAt(
  ctx: Ctx,
  from: number,
  i: number,
  num: SlavicNumber,
  before: readonly string[],
): boolean {
  const { toks } = ctx;
  // "у 2024 році", "за 2025 год": a year is never a figure.
  if (/^(?:рік|року|році|роки|років|год|года|году|годы|лет)$/.test(toks[num.next]?.norm ?? ''))
    return true;
  if (notACount(ctx, num) || aloneOnLine(ctx.text, num)) return true;
  if (mayReach(toks, from, i)) return true;
  return AVERAGE.test(before.at(-1) ?? '') && /^(?:в|у)$/.test(before.at(-2) ?? '');
}

const TIME_UNIT =
  /^(?:місяц\S*|месяц\S*|тиждень|тижні|тижнів|недел[иья]|недель|днів|дней|дня|дні|доби|діб|суток|годин[иу]?|часа|часов|хвилин\S*|минут\S*|секунд\S*)$/;

/** "…на СВО\n\n43816\n\nНа кладбище…": a number alone on its line is a page's counter. */
function aloneOnLine(text: string, num: SlavicNumber): boolean {
  // Only a line of at most 40 characters is looked for: a search through the whole line would
  // cost every number of a long line that line's length.
  const from = Math.max(0, num.end - 40);
  const at = text.slice(from, num.start).lastIndexOf('\n');
  const before = at < 0 ? -1 : from + at;
  const found = before < 0 ? -1 : text.slice(num.end, before + 41).indexOf('\n');
  const after = found < 0 ? -1 : num.end + found;
  if (before < 0 || after < 0) return false;
  return (
    /^\s*$/.test(text.slice(before + 1, num.start)) && /^\s*$/.test(text.slice(num.end, after))
  );
}

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
  // "одному из которых — семь месяцев", "за 3 дні": spans of time count no losses.
  if (TIME_UNIT.test(after.norm)) return true;
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

/**
 * "120 погибших на 10 тысяч мужчин": a rate, not a count; its denominator is none either.
 * Returns the index after the denominator when the reading ending at `next` is a rate.
 */
export function rateEnd(ctx: Ctx, s: SlavicSentence, next: number): number | undefined {
  const { toks } = ctx;
  const per = toks[next]?.norm === 'на' ? readNumber(ctx.text, toks, next + 1) : undefined;
  if (per?.value && per.value >= 100 && /^10*$/.test(String(per.value))) {
    return countedPhrase(ctx.text, toks, per.next, s.to)?.next ?? per.next;
  }
  return undefined;
}
