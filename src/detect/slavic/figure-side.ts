import type { Metric, Side } from '../../core/vocabulary';
import { type Ctx, enemyOf, LIST_REACH, previousSide, sentenceClaimant } from './context';
import { BODIES } from './lexicon';
import { headerSide, isListItem, opensWithNumber } from './lists';
import type { Reading } from './reading';
import { once, type SlavicSentence } from './sentences';
import { type EnemyOf, lastPlaceIn, namesBothSides, sideOf } from './sides';

/**
 * The side of a figure read at tokens `spanFrom` to `reading.next` of sentence `s`: the one its
 * words name, else the one its place, its list, the figures before it or its verb imply.
 */
export function figureSide(
  ctx: Ctx,
  index: number,
  s: SlavicSentence,
  spanFrom: number,
  reading: Reading,
): Side {
  const civilians = /^(?:civilians|children)_/.test(reading.metric);
  const enemy = enemyOf(ctx, s);
  const query = {
    toks: ctx.toks,
    bothSides: namesBothSides(s),
    from: s.from,
    to: s.to,
    spanFrom,
    spanTo: reading.next,
    civilians,
    enemy,
  };
  return (
    (reading.keepSide ? reading.borrowed?.side : undefined) ??
    bodiesReturned(ctx, s, spanFrom, reading) ??
    sideOf(query) ??
    (civilians ? (civiliansBefore(ctx, index) ?? placeBefore(ctx, s) ?? 'ukraine') : undefined) ??
    reading.borrowed?.side ??
    previousSide(ctx, index, opensWithNumber(ctx, s) ? 2 : 1) ??
    (isListItem(ctx, s, ctx.sentences[index - 1]) ? headerSide(ctx, index) : undefined) ??
    knownSide(unnamedSide(ctx, s, enemy), () => recentSide(ctx, index, s, reading.metric))
  );
}

/** "повернули в Україну 1003 тіла", "передала Украине тела": the country the bodies went to. */
const RETURNED_TO =
  /(?:переда|поверн|поверт|верну|вернул|возвращ|репатрі|репатри)\p{L}*(?: [^ ,.]+){0,3}? (?:(?:в|у|до) )?(україн[уіа]|украин[уеа]|росі[юї]|росси[юи]|рф)(?![\p{L}])/u;

const RETURNED_INTO =
  /(?<![\p{L}])(?:в|у|до) (україн[уи]|украин[уы]|росі[юї]|росси[юи]|рф) (?:[^ ,.]+ )?(?:переда|поверн|поверт|верну|вернул|возвращ|репатрі|репатри)/u;

function bodiesReturned(
  ctx: Ctx,
  s: SlavicSentence,
  spanFrom: number,
  reading: Reading,
): Side | undefined {
  // Every figure asks, few name bodies: the span's words are read in place, not copied. From the
  // word before the span, as `toks.slice(spanFrom - 1, …)` read it (the last token at -1).
  const { length } = ctx.toks;
  let bodies = false;
  for (let j = spanFrom > 0 ? spanFrom - 1 : length - 1; j < reading.next && !bodies; j++) {
    const tok = ctx.toks[j];
    if (tok) bodies = BODIES.test(tok.norm);
  }
  if (!bodies) return undefined;
  const to = (RETURNED_TO.exec(s.folded) ?? RETURNED_INTO.exec(s.folded))?.[1];
  return to ? (/^(?:україн|украин)/.test(to) ? 'ukraine' : 'russia') : undefined;
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

/** Someone destroyed it: a figure without a side named is the enemy's. */
const DESTROYED =
  /(?<![\p{L}])(?:знищ|уничтож|збит|збив|збил|сбит|сбил|уражен|ураз|вразил|поражен|пораз|ліквід|ликвид|підбит|подбит|знешкод|обезвред|вивел|вывел|выведен|виведен|перехоп|перехват|перехвач|подавл|придуш|нейтрализ|нейтраліз)/u;

/**
 * The side of a figure whose sentence names none: the enemy's when someone destroyed it
 * ("знищено 18 артсистем", "уничтожены 144 БПЛА"); the source's own when people died and a party
 * reports it ("Минобороны России: погибли 1351 военнослужащий"); otherwise unknown.
 */
const DIED_OR_WOUNDED = /погиб|загин|загибл|ранен|поранен/;

function unnamedSide(ctx: Ctx, s: SlavicSentence, enemy: EnemyOf): Side {
  if (once(s, 'destroyed', () => DESTROYED.test(s.folded))) return enemy;
  if (!once(s, 'died or wounded', () => DIED_OR_WOUNDED.test(s.folded))) return 'unknown';
  const claimant = sentenceClaimant(ctx, s);
  if (claimant === 'ru-mod') return 'russia';
  if (claimant === 'ua-general-staff') return 'ukraine';
  return 'unknown';
}
