/**
 * Numbers written in words, Ukrainian and Russian, in every case and gender: "шістьох" (6),
 * "двадцять" (20), "двухсот" (200), "тисяч" (×1000). One pattern per value; the endings cover
 * the declension, so "п'ятьох", "п'яти", "пятью" are all 5. Both languages share one table:
 * their forms rarely collide, and a block's language can be misjudged.
 */

type Entry = readonly [RegExp, number];

const UNITS: Entry[] = [
  [/^(?:один|одна|одне|одно|одного|одної|одной|одному|одній|одним|одною|одну|одном)$/, 1],
  [/^(?:два|дві|две|двох|двух|двом|двум|двома|двумя|двоє|двое|двоих)$/, 2],
  [/^(?:три|трьох|трех|трьом|трем|трьома|тремя|троє|трое|троих)$/, 3],
  [/^(?:чотири|четыре|чотирьох|четырех|чотирьом|четырем|чотирма|четырьмя|четверо|четверых)$/, 4],
  [/^(?:п'ять|пять|п'яти|пяти|п'ятьох|п'ятьма|пятью|п'ятеро|пятеро|пятерых)$/, 5],
  [/^(?:шість|шесть|шести|шістьох|шістьма|шестью|шестеро|шестерых)$/, 6],
  [/^(?:сім|семь|семи|сімох|сьома|семью|семеро|семерых)$/, 7],
  [/^(?:вісім|восемь|восьми|вісьмох|вісьма|восемью|восьмеро|восьмерых)$/, 8],
  [/^(?:дев'ять|девять|дев'яти|девяти|дев'ятьох|дев'ятьма|девятью|дев'ятеро|девятеро)$/, 9],
  [/^(?:десять|десяти|десятьох|десятьма|десятью|десятеро|десятерых)$/, 10],
  [/^(?:одинадцять|одиннадцать|одинадцяти|одиннадцати|одинадцятьох)$/, 11],
  [/^(?:дванадцять|двенадцать|дванадцяти|двенадцати|дванадцятьох)$/, 12],
  [/^(?:тринадцять|тринадцать|тринадцяти|тринадцати|тринадцятьох)$/, 13],
  [/^(?:чотирнадцять|четырнадцать|чотирнадцяти|четырнадцати|чотирнадцятьох)$/, 14],
  [/^(?:п'ятнадцять|пятнадцать|п'ятнадцяти|пятнадцати|п'ятнадцятьох)$/, 15],
  [/^(?:шістнадцять|шестнадцать|шістнадцяти|шестнадцати|шістнадцятьох)$/, 16],
  [/^(?:сімнадцять|семнадцать|сімнадцяти|семнадцати|сімнадцятьох)$/, 17],
  [/^(?:вісімнадцять|восемнадцать|вісімнадцяти|восемнадцати|вісімнадцятьох)$/, 18],
  [/^(?:дев'ятнадцять|девятнадцать|дев'ятнадцяти|девятнадцати|дев'ятнадцятьох)$/, 19],
];

const TENS: Entry[] = [
  [/^(?:двадцять|двадцать|двадцяти|двадцати|двадцятьох|двадцятьма|двадцатью)$/, 20],
  [/^(?:тридцять|тридцать|тридцяти|тридцати|тридцятьох|тридцатью)$/, 30],
  [/^(?:сорок|сорока)$/, 40],
  [/^(?:п'ятдесят|пятьдесят|п'ятдесяти|пятидесяти|п'ятдесятьох)$/, 50],
  [/^(?:шістдесят|шестьдесят|шістдесяти|шестидесяти|шістдесятьох)$/, 60],
  [/^(?:сімдесят|семьдесят|сімдесяти|семидесяти|сімдесятьох)$/, 70],
  [/^(?:вісімдесят|восемьдесят|вісімдесяти|восьмидесяти|вісімдесятьох)$/, 80],
  [/^(?:дев'яносто|девяносто|дев'яноста|девяноста)$/, 90],
];

const HUNDREDS: Entry[] = [
  [/^(?:сто|ста)$/, 100],
  [/^(?:двісті|двести|двохсот|двухсот|двомстам|двумстам)$/, 200],
  [/^(?:триста|трьохсот|трехсот)$/, 300],
  [/^(?:чотириста|четыреста|чотирьохсот|четырехсот)$/, 400],
  [/^(?:п'ятсот|пятьсот|п'ятисот|пятисот)$/, 500],
  [/^(?:шістсот|шестьсот|шестисот|шістьохсот)$/, 600],
  [/^(?:сімсот|семьсот|семисот|сімохсот)$/, 700],
  [/^(?:вісімсот|восемьсот|восьмисот|вісьмохсот)$/, 800],
  [/^(?:дев'ятсот|девятьсот|дев'ятисот|девятисот)$/, 900],
];

/** "півтори", "полторы": one and a half (of the scale word that follows, or of the noun). */
const ONE_AND_A_HALF = /^(?:півтори|півтора|полтора|полторы|полутора)$/;

const SCALES: Entry[] = [
  [/^(?:тисяча|тисячі|тисяч|тисячу|тисячею|тисячам|тисячами|тисячах|тыс|тис)$/, 1_000],
  [/^(?:тысяча|тысячи|тысяч|тысячу|тысячей|тысячам|тысячами|тысячах)$/, 1_000],
  [
    /^(?:мільйон|мільйона|мільйони|мільйонів|мільйонах|миллион|миллиона|миллионов|миллионах|млн)$/,
    1_000_000,
  ],
];

/** What a number word contributes: a value to add, a scale to multiply by, or nothing. */
export type Numeral =
  | { kind: 'value'; value: number; rank: 1 | 10 | 100 }
  | { kind: 'scale'; value: number }
  | { kind: 'half' };

/**
 * Every form of every table, for one lookup per word: the detector asks about each word it meets,
 * and most are not numbers. The tables stay patterns because that is how they read best.
 */
const FORMS = new Map<string, Numeral>();

/** The forms of a pattern written /^(?:form|form|…)$/: its alternatives. */
export function formsOf(re: RegExp): string[] {
  return re.source
    .replace(/^\^\(\?:/, '')
    .replace(/\)\$$/, '')
    .split('|');
}

function addForms(table: Entry[], numeralOf: (value: number) => Numeral): void {
  for (const [re, value] of table) {
    for (const form of formsOf(re)) if (!FORMS.has(form)) FORMS.set(form, numeralOf(value));
  }
}
addForms(SCALES, (value) => ({ kind: 'scale', value }));
addForms([[ONE_AND_A_HALF, 1.5]], () => ({ kind: 'value', value: 1.5, rank: 1 }));
addForms(UNITS, (value) => ({ kind: 'value', value, rank: value >= 10 ? 10 : 1 }));
addForms(TENS, (value) => ({ kind: 'value', value, rank: 10 }));
addForms(HUNDREDS, (value) => ({ kind: 'value', value, rank: 100 }));

export function numeral(norm: string): Numeral | undefined {
  return FORMS.get(norm);
}

/** A scale word or abbreviation after digits: "20,6 тис.", "40 тисяч", "1,2 млн". */
export function scaleOf(norm: string): number | undefined {
  const n = FORMS.get(norm);
  return n?.kind === 'scale' ? n.value : undefined;
}

/**
 * Vague magnitudes: "сотні окупантів" (hundreds), "десятки тисяч" (tens of thousands), "тисячі"
 * (thousands), "кілька тисяч" (a few thousand). The value is the power of ten they name.
 */
export function vagueOf(norm: string): number | undefined {
  if (HUNDREDS_VAGUE.test(norm)) return 100;
  if (TENS_VAGUE.test(norm)) return 10;
  if (THOUSANDS_VAGUE.test(norm)) return 1_000;
  return undefined;
}
const HUNDREDS_VAGUE = /^(?:сотні|сотень|сотни|сотен|сотнями|сотням)$/;
const TENS_VAGUE = /^(?:десятки|десятків|десятков|десятками)$/;
const THOUSANDS_VAGUE = /^(?:тисячі|тисяч|тысячи|тысяч|тисячами|тысячами)$/;

/** "кілька", "декілька", "несколько": a few (of the scale that follows). */
const FEW = /^(?:кілька|декілька|кількох|несколько|нескольких)$/;
export const isFew = (norm: string): boolean => FEW.test(norm);

/** Every word that is a vague magnitude or "a few" (see `vagueOf`, `isFew`). */
export const VAGUE_PATTERNS: readonly RegExp[] = [HUNDREDS_VAGUE, TENS_VAGUE, THOUSANDS_VAGUE, FEW];
