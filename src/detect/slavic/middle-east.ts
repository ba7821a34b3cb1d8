import type { Area, Metric, Side } from '../../core/vocabulary';
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

/** Whether a block speaks of the Middle East wars at all: the cheap test before any other. */
export const MIDDLE_EAST =
  /газ[аеиуы]|ізраїл|израил|ліван|ливан|хамас|хезбол|хізбал|палестин|цахал|західн\S* берег|западн\S* берег/u;

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
const ISRAEL =
  /^(?:ізраїл\S*|израил\S*|хайф\S*|тель-авів\S*|тель-авив\S*|галиле\S*|галіле\S*|ашкелон\S*|сдерот\S*)$/u;
const ISRAEL_PLACE_BEFORE =
  /^(?:в|у|на|по|півночі|севере|півдні|юге|центрі|центре|территории|території)$/u;
/** "Западный берег", "Західний берег": the West Bank, two words. */
const BANK = /^(?:західн\S*|западн\S*)$/u;

/** The place a token names: a Middle East side with its area, or Ukraine or Russia. */
function placeAt(toks: readonly Tok[], j: number): { side: Side; area?: Area } | undefined {
  const norm = toks[j]?.norm ?? '';
  if (GAZA.test(norm)) return { side: 'palestine', area: 'gaza' };
  if (WEST_BANK.test(norm)) return { side: 'palestine', area: 'west-bank' };
  if (BANK.test(norm) && /^берег/u.test(toks[j + 1]?.norm ?? ''))
    return { side: 'palestine', area: 'west-bank' };
  if (LEBANON.test(norm)) return { side: 'lebanon' };
  // "удар Израиля по Ливану": Israel named with no preposition is the attacker, not a place.
  if (ISRAEL.test(norm) && ISRAEL_PLACE_BEFORE.test(toks[j - 1]?.norm ?? ''))
    return { side: 'israel' };
  const side = placeSideOf(norm);
  return side ? { side } : undefined;
}

/** The place named nearest to token `at` in [from, to). */
function nearestPlace(toks: readonly Tok[], from: number, to: number, at: number) {
  for (let d = 0; at - d >= from || at + d < to; d++) {
    const before = at - d >= from ? placeAt(toks, at - d) : undefined;
    if (before) return before;
    const after = d > 0 && at + d < to ? placeAt(toks, at + d) : undefined;
    if (after) return after;
  }
  return undefined;
}

/** The group named by the figure's words or the two words after it ("бойцов «Хезболлы»"). */
function groupOf(toks: readonly Tok[], from: number, to: number): MiddleEastSide | undefined {
  for (let j = from; j < to; j++) {
    const norm = toks[j]?.norm ?? '';
    for (const [re, side] of GROUP) if (re.test(norm)) return side;
  }
  return undefined;
}

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
  const { toks } = ctx;
  const personnel = reading.metric.startsWith('personnel_');
  const group = groupOf(toks, spanFrom, Math.min(s.to, reading.next + 2));
  const place = nearestPlace(toks, s.from, s.to, spanFrom) ?? previousPlace(ctx, s);
  const area = areaOf(ctx, s, spanFrom);
  if (group) return withMetric(reading.metric, group, area);
  if (!place || place.side === 'russia' || place.side === 'ukraine') return undefined;
  const side = place.side as MiddleEastSide;
  // Soldiers in Gaza or Lebanon are the IDF's unless a group is named (see above).
  if (personnel) return withMetric(reading.metric, 'israel', undefined);
  return withMetric(reading.metric, side, place.area ?? area);
}

function previousPlace(ctx: Ctx, s: SlavicSentence) {
  let k = s.prev;
  for (let n = 0; k && n < REACH; n++, k = k.prev) {
    const found = nearestPlace(ctx.toks, k.from, k.to, k.to - 1);
    if (found) return found;
  }
  return undefined;
}

/** The area of a Palestinian figure: the nearest area named in its sentence or before. */
function areaOf(ctx: Ctx, s: SlavicSentence, at: number): Area | undefined {
  const here = nearestPlace(ctx.toks, s.from, s.to, at);
  if (here?.area) return here.area;
  let k = s.prev;
  for (let n = 0; k && n < REACH; n++, k = k.prev) {
    const found = nearestPlace(ctx.toks, k.from, k.to, k.to - 1);
    if (found?.area) return found.area;
  }
  return undefined;
}

const EVERYONE: Readonly<Partial<Record<Metric, Metric>>> = {
  civilians_killed: 'people_killed',
  civilians_injured: 'people_injured',
};

function withMetric(
  metric: Metric,
  side: MiddleEastSide,
  area: Area | undefined,
): MiddleEastReading {
  return {
    side,
    metric: EVERYONE[metric] ?? metric,
    ...(side === 'palestine' && area ? { area } : {}),
  };
}
