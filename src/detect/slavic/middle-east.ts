import type { Area, Metric, Side } from '../../core/vocabulary';
import { EVERYONE, PEOPLE_MEANS_EVERYONE as MIDDLE_EAST_SIDES } from '../people-metric';
import type { Ctx } from './context';
import { placeSideOf } from './places';
import type { Reading } from './reading';
import type { SlavicSentence } from './sentences';
import type { Tok } from './tokens';

/**
 * The wars in Gaza, the West Bank, Israel and Lebanon in Ukrainian and Russian copy ("погибли 272
 * военнослужащих" in Gaza, "двух бойцов «Хезболлы»", "в результате атаки погибли шесть человек"
 * in Lebanon). Whose loss: the group the figure's words name (Palestinians, Hamas; Israelis, the
 * IDF; Lebanese, Hezbollah); else, for people, the place they were in, named by the sentence or
 * the sentences before it; soldiers with no group named are the IDF's, which is whose soldiers
 * such copy counts (the other sides' are "бойовики"/"боевики" of a named group). Counts of people
 * there are everyone killed or injured (people_*), as in English (src/detect/people-metric.ts).
 */

type MiddleEastSide = 'palestine' | 'israel' | 'lebanon';

/** A side of the Middle East wars and, for Palestinian losses, the area. */
export interface MiddleEastReading {
  side: MiddleEastSide;
  metric: Metric;
  area?: Area;
}

/**
 * Whether a block speaks of the Middle East wars at all: the cheap test before any other. Read
 * on the block's own text, not folded: names are capitalised, and "газу", "газі" are gas.
 */
export const MIDDLE_EAST =
  /Газ[аеиуыі](?!\p{L})|Газою|Ізраїл|Израил|Ліван|Ливан|ХАМАС|Хамас|Хезбол|Хізбал|Хезбал|[Пп]алестин|ЦАХАЛ|Західн\S* берег|Западн\S* берег/u;

const GROUP: readonly [RegExp, MiddleEastSide][] = [
  [/^(?:палестин\S*|хамас\S*|джихад\S*)$/u, 'palestine'],
  [/^(?:ізраїл\S*|израил\S*|цахал\S*)$/u, 'israel'],
  [/^(?:ліван\S*|ливан\S*|хезбол\S*|хізбал\S*|хезбал\S*)$/u, 'lebanon'],
];

const GAZA =
  /^(?:газ[аеиуы]|газі|рафах\S*|хан-юнис\S*|хан-юніс\S*|джабал\S*|нусейрат\S*|дейр\S*|бейт-лах\S*)$/u;
const WEST_BANK =
  /^(?:дженин\S*|дженін\S*|тулькарм\S*|наблус\S*|хеврон\S*|рамалл\S*|тубас\S*|калькил\S*|иуде\S*|іуде\S*|самари\S*|самарі\S*)$/u;
const LEBANON =
  /^(?:ліван\S*|ливан\S*|бейрут\S*|набатi\S*|набатие\S*|набатія\S*|сидон\S*|бекаа|тира|тір\S*)$/u;
// The country's name, not "израильских ударов" (whose adjective names the attacker).
const ISRAEL =
  /^(?:ізраїл[ьяюі]|ізраїлем|израил[ьяюе]|израилем|хайф\S*|тель-авів\S*|тель-авив\S*|галиле\S*|галіле\S*|ашкелон\S*|сдерот\S*)$/u;
const ISRAEL_PLACE_BEFORE =
  /^(?:в|у|на|по|півночі|севере|півдні|юге|центрі|центре|территории|території|здоров'я|здравоохранения|мзс|мид|жителей|жителів|мешканців|громадян|граждан|населення|населения|атакувала|атакували|атаковал|атаковали|обстріляли|обстреляли)$/u;
/** "Западный берег", "Західний берег": the West Bank, two words. */
const BANK = /^(?:західн\S*|западн\S*)$/u;

/** The place a token names: a Middle East side with its area, or Ukraine or Russia. */
function placeAt(
  text: string,
  toks: readonly Tok[],
  j: number,
): { side: Side; area?: Area } | undefined {
  const norm = toks[j]?.norm ?? '';
  // "в Газе", not "газу" (gas): the name is capitalised.
  if (GAZA.test(norm) && text[toks[j]?.start ?? 0] === 'Г')
    return { side: 'palestine', area: 'gaza' };
  if (WEST_BANK.test(norm)) return { side: 'palestine', area: 'west-bank' };
  if (BANK.test(norm) && /^берег/u.test(toks[j + 1]?.norm ?? ''))
    return { side: 'palestine', area: 'west-bank' };
  if (LEBANON.test(norm)) return { side: 'lebanon' };
  // "в Израиле", "на севере Израиля", "Минздрав Израиля": a place; "удар Израиля", "между
  // Израилем и ХАМАС": an actor, which Gaza's copy names in nearly every sentence.
  if (ISRAEL.test(norm) && ISRAEL_PLACE_BEFORE.test(toks[j - 1]?.norm ?? ''))
    return { side: 'israel' };
  const side = placeSideOf(norm);
  return side ? { side } : undefined;
}

/** The place named nearest to token `at` in [from, to). */
function nearestPlace(ctx: Ctx, from: number, to: number, at: number) {
  const { text, toks } = ctx;
  for (let d = 0; at - d >= from || at + d < to; d++) {
    const before = at - d >= from ? placeAt(text, toks, at - d) : undefined;
    if (before) return before;
    const after = d > 0 && at + d < to ? placeAt(text, toks, at + d) : undefined;
    if (after) return after;
  }
  return undefined;
}

/** The group named by the figure's words or the two words after it ("бойцов «Хезболлы»"). */
function groupOf(
  toks: readonly Tok[],
  from: number,
  spanEnd: number,
  to: number,
): MiddleEastSide | undefined {
  for (let j = from; j < to; j++) {
    const norm = toks[j]?.norm ?? '';
    // After the figure an adjective names the attacker: "52 загиблих унаслідок ізраїльських ударів".
    if (j >= spanEnd && ADJECTIVE.test(norm)) continue;
    for (const [re, side] of GROUP) if (re.test(norm)) return side;
  }
  return undefined;
}

const ADJECTIVE = /(?:ськ|ск)(?:ий|а|е|і|их|им|ими|ого|ому|ій|ую|ої|ие|ая|ое|ых|ым|ыми|ой)$/u;

const REACH = 4;

/**
 * The Middle East reading of the figure at tokens [spanFrom, reading.next) of sentence `s`, or
 * undefined when it is not one of those wars' losses. Call only for a block that MIDDLE_EAST
 * matches.
 */
export function middleEastReading(
  ctx: Ctx,
  s: SlavicSentence,
  spanFrom: number,
  reading: Reading,
): MiddleEastReading | undefined {
  const people = reading.people === 'generic' || reading.people === 'civilians';
  const east = middleEastOf(ctx, s, spanFrom, reading, people);
  // Children injured stay civilians injured: no claimant counts them apart (DETECTION.md §3).
  return east && reading.people === 'children' ? { ...east, metric: reading.metric } : east;
}

function middleEastOf(
  ctx: Ctx,
  s: SlavicSentence,
  spanFrom: number,
  reading: Reading,
  people: boolean,
): MiddleEastReading | undefined {
  const { toks } = ctx;
  const group = groupOf(toks, spanFrom, reading.next, Math.min(s.to, reading.next + 2));
  const area = areaOf(ctx, s, spanFrom);
  if (group) return withMetric(reading.metric, group, area, people);
  const place = nearestPlace(ctx, s.from, s.to, spanFrom);
  // "погибли 463 палестинца, в том числе 182 ребенка", "и более 15 тысяч получили ранения":
  // a figure with no place of its own goes on counting the one before it.
  const before = place ? undefined : recentMiddleEast(ctx, s, reading);
  // A count of fighters stays theirs; a count with no noun of its own counts what the one before did.
  const asPeople = people || (!reading.people && before?.metric.startsWith('people_') === true);
  if (before) return withMetric(reading.metric, before.side, before.area ?? area, asPeople);
  const where = place ?? previousPlace(ctx, s);
  if (!where || where.side === 'russia' || where.side === 'ukraine') return undefined;
  const side = where.side as MiddleEastSide;
  // Soldiers in Gaza or Lebanon are the IDF's, unless they are fighters or were "liquidated".
  const soldiers = !people && reading.metric.startsWith('personnel_');
  if (soldiers && !isEnemyOfIsrael(toks, s, spanFrom))
    return withMetric(reading.metric, 'israel', undefined, false);
  // Fighters struck "near the border with Israel" are still Hezbollah's or Hamas's.
  if (soldiers && side === 'israel') {
    const lebanese = hasWord(toks, s, LEBANESE);
    return withMetric(reading.metric, lebanese ? 'lebanon' : 'palestine', area, false);
  }
  return withMetric(reading.metric, side, where.area ?? area, people);
}

/** The Middle East figure just before (same sentence or the one before), if any. */
function recentMiddleEast(ctx: Ctx, s: SlavicSentence, reading: Reading) {
  const last = reading.borrowed ?? ctx.found.at(-1)?.mention;
  if (!last || !MIDDLE_EAST_SIDES.has(last.side)) return undefined;
  if (s.start - last.end > RECENT) return undefined;
  return { side: last.side as MiddleEastSide, area: last.area, metric: last.metric };
}

const RECENT = 300;

/** "двух боевиков", "были ликвидированы двое бойцов": the IDF's enemies, not its soldiers. */
function isEnemyOfIsrael(toks: readonly Tok[], s: SlavicSentence, spanFrom: number): boolean {
  for (let j = s.from; j < s.to; j++) {
    const norm = toks[j]?.norm ?? '';
    if (FIGHTERS.test(norm) && j >= spanFrom - 1) return true;
    if (HARMED.test(norm)) return true;
  }
  return false;
}

const LEBANESE = /^(?:ліван\S*|ливан\S*|хезбол\S*|хізбал\S*|хезбал\S*)$/u;

function hasWord(toks: readonly Tok[], s: SlavicSentence, re: RegExp): boolean {
  for (let j = s.from; j < s.to; j++) if (re.test(toks[j]?.norm ?? '')) return true;
  return false;
}

const FIGHTERS = /^(?:боевик\S*|бойовик\S*|террорист\S*|терорист\S*)$/u;
const HARMED = /^(?:ликвид\S*|ліквід\S*|уничтож\S*|знищ\S*|нейтрализ\S*|нейтраліз\S*)$/u;

function previousPlace(ctx: Ctx, s: SlavicSentence) {
  let k = s.prev;
  for (let n = 0; k && n < REACH; n++, k = k.prev) {
    const found = nearestPlace(ctx, k.from, k.to, k.to - 1);
    if (found) return found;
  }
  return undefined;
}

/** The area of a Palestinian figure: the nearest area named in its sentence or before. */
function areaOf(ctx: Ctx, s: SlavicSentence, at: number): Area | undefined {
  const here = nearestPlace(ctx, s.from, s.to, at);
  if (here?.area) return here.area;
  let k = s.prev;
  for (let n = 0; k && n < REACH; n++, k = k.prev) {
    const found = nearestPlace(ctx, k.from, k.to, k.to - 1);
    if (found?.area) return found.area;
  }
  return undefined;
}

/** People counted with a soldier's measure ("погибли 5087 палестинцев"): everyone, too. */
const PEOPLE: Readonly<Partial<Record<Metric, Metric>>> = {
  ...EVERYONE,
  personnel_killed: 'people_killed',
  personnel_wounded: 'people_injured',
};

function withMetric(
  metric: Metric,
  side: MiddleEastSide,
  area: Area | undefined,
  people: boolean,
): MiddleEastReading {
  return {
    side,
    metric: (people ? PEOPLE[metric] : EVERYONE[metric]) ?? metric,
    ...(side === 'palestine' && area ? { area } : {}),
  };
}
