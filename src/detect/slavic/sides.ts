import type { Side } from '../../core/vocabulary';
import { placeSideOf } from './places';
import { once, type SlavicSentence } from './sentences';
import { isActiveHarm, isPlacePreposition, type SideWord, sideWordOf } from './side-words';
import type { Tok } from './tokens';

/**
 * Whose losses a figure counts, read from its sentence: the figure's own words ("російських
 * військових"), the owner after it ("танків ворога", "танков ВСУ"), the attacker of an active
 * verb before it ("ЗСУ знищили 12 танків": Russia's tanks), or the nearest side named.
 */

/** "Ворог", "противник" mean Russia in Ukrainian reporting and Ukraine in the Russian MoD's. */
export type EnemyOf = Exclude<Side, 'unknown'>;

const other = (s: Side): Side =>
  s === 'russia' ? 'ukraine' : s === 'ukraine' ? 'russia' : 'unknown';
const resolve = (w: SideWord, enemy: EnemyOf): Side =>
  w === 'enemy' ? enemy : w === 'ours' ? other(enemy) : w;

/** Words that may stand between a figure and its owner: "армії", "збройних сил", "військ". */
const OWNER_FILLER =
  /^(?:армі[їя]|армии|сил|збройних|вооруженных|вс|військ|войск|угруповання|группировки|з|со|стороны|сторони|боку|\p{L}+(?:ых|их|ої|ой|ого))$/u;

const PLACE_NOUN =
  /^(?:столиц\S*|територі\S*|территори\S*|небом|небі|небе|глиб\S*|глуб\S*|тил\S*|тыл\S*|регіон\S*|регион\S*|област\S*|кордон\S*|границ\S*|напрям\S*|направлени\S*|бік|сторону)$/;

/** A side word at `j` that is not a place ("в Україні") nor part of a name ("Генштаб ЗСУ"). */
function sideAt(toks: readonly Tok[], j: number): SideWord | undefined {
  const tok = toks[j];
  if (tok?.kind !== 'w') return undefined;
  const side = sideWordOf(tok.norm);
  if (!side) return undefined;
  const before = toks[j - 1]?.norm ?? '';
  if (isPlacePreposition(before)) return undefined;
  if (
    /^(?:генштаб\S*|штаб\S*|міноборони|минобороны|мо|міністерств\S*|министерств\S*|оборони|обороны|мзс|мид|мвд|мвс|посольств\S*|президент\S*|уряд\S*|правительств\S*|командування|командования|пресслужб\S*|речник\S*|головком\S*|главком\S*|головнокомандувач\S*|главнокомандующ\S*|командувач\S*|командующ\S*|начальник\S*|представник\S*|представител\S*|спікер\S*|спикер\S*)$/.test(
      before,
    )
  )
    return undefined;
  // "Повітряних силах ЗСУ" (a reporter), not "Вооруженных сил Украины" (an army).
  const twoBefore = toks[j - 2]?.norm ?? '';
  // "летевший на столицу РФ", "над территорией России": a place, not an owner.
  if (PLACE_NOUN.test(before) && isPlacePreposition(twoBefore)) return undefined;
  if (/^(?:силах|сил|сили|силы)$/.test(before) && /^(?:повітрян|воздушн)/.test(twoBefore))
    return undefined;
  return side;
}

/** "з обох сторін", "с обеих сторон": the figure counts both sides' losses. */
const BOTH_SIDES =
  /(?:з|с|у|в) (?:обох|обеих) (?:сторін|сторон|боків|армій|армий)|обидві (?:сторони|армії)|обе (?:стороны|армии)|(?:втрати|потери) (?:рф|росії|россии) (?:і|и|та) (?:україни|украины)|(?:втрати|потери) (?:україни|украины) (?:і|и|та) (?:рф|росії|россии)/;

/** Whether the sentence counts both sides' losses, read once per sentence. */
export const namesBothSides = (s: SlavicSentence): boolean =>
  once(s, 'both sides', () => BOTH_SIDES.test(s.folded));

export interface SideQuery {
  /** The sentence names both sides' losses (namesBothSides). */
  bothSides: boolean;
  toks: readonly Tok[];
  /** Sentence token range. */
  from: number;
  to: number;
  /** The figure's first token and one past its last token. */
  spanFrom: number;
  spanTo: number;
  civilians: boolean;
  enemy: EnemyOf;
}

export function sideOf(q: SideQuery): Side | undefined {
  const { toks, enemy } = q;
  if (q.bothSides) return 'unknown';
  for (let j = q.spanFrom; j < q.spanTo; j++) {
    const w = sideAt(toks, j);
    if (w) return resolve(w, enemy);
  }
  const owner = ownerAfter(q);
  if (owner) return resolve(owner, enemy);
  // Civilians are the losses of the country they were killed in, whoever struck.
  const place = q.civilians ? placeOf(q) : undefined;
  if (place) return place;
  const attacker = attackerBefore(q);
  if (attacker) return other(resolve(attacker, enemy));
  if (q.civilians) return undefined;
  const loser = lossOwner(q);
  if (loser) return resolve(loser, enemy);
  for (let j = q.spanFrom - 1; j >= q.from; j--) {
    const w = sideAt(toks, j);
    // "российскими средствами ПВО … сбит самолет": a side in the instrumental is the agent.
    // "сбили над Украиной две ракеты": the land they were shot down over is the other side's.
    if (w)
      return /(?:ими|ым|ою|ами)$/.test(toks[j]?.norm ?? '') || isOver(toks, j)
        ? other(resolve(w, enemy))
        : resolve(w, enemy);
  }
  for (let j = q.spanTo; j < q.to; j++) {
    if (toks[j]?.kind === 'd') break; // the next figure's words
    const w = sideAt(toks, j);
    // "сбили 118 беспилотников над российскими регионами": shot down over one's own land.
    if (w) return isOver(toks, j) ? other(resolve(w, enemy)) : resolve(w, enemy);
  }
  return undefined;
}

/** "над российскими регионами", "над территорией России": the land a thing was shot down over. */
function isOver(toks: readonly Tok[], j: number): boolean {
  const before = toks[j - 1]?.norm;
  return before === 'над' || (PLACE_NOUN.test(before ?? '') && toks[j - 2]?.norm === 'над');
}

/** "танків ворога", "танков ВСУ", "військових армії РФ". */
function ownerAfter(q: SideQuery): SideWord | undefined {
  for (let j = q.spanTo; j < Math.min(q.to, q.spanTo + 4); j++) {
    const tok = q.toks[j];
    if (tok?.norm === '«' || tok?.norm === '"' || tok?.norm === '»') continue;
    if (tok?.kind !== 'w') return undefined;
    const side = sideWordOf(tok.norm);
    if (side) return side;
    if (!OWNER_FILLER.test(tok.norm)) return undefined;
  }
  return undefined;
}

/** The side named before the nearest active verb of harm before the figure: the attacker. */
function attackerBefore(q: SideQuery): SideWord | undefined {
  let verb = -1;
  for (let j = q.spanFrom - 1; j >= q.from; j--) {
    const tok = q.toks[j];
    if (tok?.kind === 'w' && isActiveHarm(tok.norm)) {
      verb = j;
      break;
    }
  }
  if (verb < 0) return undefined;
  // A gerund ("…, знищивши") or a verb after "і" ("ліквідували 1 150 окупантів і знищили") shares
  // the subject of the clause before it.
  const gerund =
    /(?:вши|ши)$/.test(q.toks[verb]?.norm ?? '') ||
    /^(?:і|та|и|й|а)$/.test(q.toks[verb - 1]?.norm ?? '');
  // The subject stands in the verb's own clause: a comma or another verb ends the search.
  // A gerund ("…, знищивши 4 танки") shares the subject of the main clause before its comma:
  // the side named before that clause's verb, not its object ("розгромили колону окупантів").
  let needVerb = /^(?:і|та|и|й|а)$/.test(q.toks[verb - 1]?.norm ?? '');
  for (let j = verb - 1; j >= q.from && j >= verb - 10; j--) {
    const tok = q.toks[j];
    if (tok?.norm === ',') {
      if (!gerund || needVerb || (j !== verb - 1 && j !== verb - 2)) return undefined;
      needVerb = true;
      continue;
    }
    if (tok?.kind === 'w' && isActiveHarm(tok.norm)) {
      // "знищили або вивели з ладу 4 танки": verbs joined by a conjunction share the subject.
      if (/^(?:і|та|и|й|або|или|чи)$/.test(q.toks[j + 1]?.norm ?? '') && j + 1 < verb) continue;
      if (!needVerb) return undefined;
      needVerb = false;
      continue;
    }
    const w = needVerb ? undefined : sideAt(q.toks, j);
    if (w) return w;
  }
  return undefined;
}

/** "втрати росії", "потери ВСУ", "втрати російської армії": whose losses the sentence counts. */
function lossOwner(q: SideQuery): SideWord | undefined {
  for (let j = q.from; j < q.to; j++) {
    const tok = q.toks[j];
    if (tok?.kind !== 'w' || !/^(?:втрат|потер)/.test(tok.norm)) continue;
    for (let k = j + 1; k < Math.min(q.to, j + 4); k++) {
      const word = q.toks[k];
      if (word?.kind !== 'w') break;
      const side = sideWordOf(word.norm);
      if (side) return side;
      if (!OWNER_FILLER.test(word.norm) && !/(?:ої|ой|ей|их|ых)$/.test(word.norm)) break;
    }
  }
  return undefined;
}

/** Civilians take the side of the place they were killed in: the nearest place named. */
function placeOf(q: SideQuery): Side | undefined {
  // A country is a place only after a preposition ("в Україні"), not in "вторгнення росії".
  const at = (j: number) => {
    const tok = q.toks[j];
    if (tok?.kind !== 'w') return undefined;
    const country = /^(?:україн|украин|росі|росси)/.test(tok.norm);
    if (country && !isPlacePreposition(q.toks[j - 1]?.norm ?? '')) return undefined;
    return placeSideOf(tok.norm);
  };
  for (let j = q.spanFrom - 1; j >= q.from; j--) {
    const side = at(j);
    if (side) return side;
  }
  for (let j = q.spanTo; j < q.to; j++) {
    const side = at(j);
    if (side) return side;
  }
  return undefined;
}

/** The last place a sentence names whose civilians are a side's ("по Белгороду"), if any. */
export function lastPlaceIn(toks: readonly Tok[], from: number, to: number): Side | undefined {
  for (let j = to - 1; j >= from; j--) {
    const tok = toks[j];
    if (tok?.kind !== 'w') continue;
    const country = /^(?:україн|украин|росі|росси)/.test(tok.norm);
    if (country && !isPlacePreposition(toks[j - 1]?.norm ?? '')) continue;
    // "депортовано до Росії": a destination, not where people were hurt.
    if (toks[j - 1]?.norm === 'до') continue;
    const side = placeSideOf(tok.norm);
    if (side) return side;
  }
  return undefined;
}

/** The last side named in a sentence (for a figure whose own sentence names none). */
export function lastSideIn(
  toks: readonly Tok[],
  from: number,
  to: number,
  enemy: EnemyOf,
): Side | undefined {
  for (let j = to - 1; j >= from; j--) {
    const w = sideAt(toks, j);
    if (w) return resolve(w, enemy);
  }
  return undefined;
}
