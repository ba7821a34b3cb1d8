import type { Metric } from '../core/vocabulary';
import type { Candidate } from './candidate';
import { placeSide } from './places';
import type { Word } from './words';

/**
 * Who a bare count of the dead or wounded counts. "1 killed", "three deaths", "41 dead and 111
 * wounded", "the death toll rose to 40" name no one: in a report of shelling, strikes or a
 * ministry's toll they count the people of the place (civilians in Ukraine and Russia, everyone
 * in the Middle East wars, docs/DETECTION.md §4–5); beside soldiers they count soldiers.
 */

/** People of an army: a bare count of the dead beside one of them counts soldiers. */
const MILITARY_PEOPLE = new Set(
  (
    'soldiers soldier troops servicemen serviceman servicemembers fighters fighter militants ' +
    'militant combatants operatives personnel conscripts mercenaries marines paratroopers ' +
    'reservists officers commanders sailors pilots action frontline battlefield combat ' +
    'losses'
  ).split(' '),
);

/** Words of a strike on a place: the dead and wounded of such a sentence are its people. */
const STRIKE_CUES = new Set(
  (
    'strike strikes airstrike airstrikes shelling shelled attack attacks attacked missile ' +
    'missiles drone drones bomb bombs bombing bombardment raid rocket rockets debris explosion ' +
    'uav uavs shahed shaheds'
  ).split(' '),
);
/** Words of the people of a place and those who count them. */
const CIVILIAN_CUES = new Set(
  (
    'residential city town village civilians civilian people governor mayor administration ' +
    'hospital apartment building buildings house homes ministry martyrs lebanon gaza ' +
    'palestinian palestinians hezbollah hamas israel israeli'
  ).split(' '),
);

const MILITARY_SPAN = /\b(?:troop|troops|military|soldiers?|army|combat)\b/i;

const AS_CIVILIANS: Readonly<Partial<Record<Metric, Metric>>> = {
  personnel_killed: 'civilians_killed',
  personnel_wounded: 'civilians_injured',
  personnel_casualties: 'other',
};

/**
 * The candidate read again when it is a bare count of the dead or wounded (its noun is a loss
 * word, or it has no noun) in a sentence about the people of a place rather than soldiers.
 */
export function victimsOfPlace(
  c: Candidate,
  words: readonly Word[],
  previousWords: readonly Word[],
  text: string,
  previous: Candidate | undefined,
): Candidate {
  const bare = c.people?.kind === 'loss' || (c.people === undefined && c.trailing === true);
  const civilian = AS_CIVILIANS[c.metric];
  if (!bare || !civilian || c.side === 'russia' || c.side === 'ukraine') return c;
  if (words.some((w) => MILITARY_PEOPLE.has(w.norm))) return c;
  // "up to 325,000 troop deaths"; "100,000 casualties, including 20,000 killed".
  if (MILITARY_SPAN.test(text.slice(c.start, c.end))) return c;
  if (previous?.metric.startsWith('personnel_')) return c;
  const strike = words.some((w) => STRIKE_CUES.has(w.norm));
  // Casualties of a strike are counted apart from the dead only by the strike's own report.
  const ofPlace = (ws: readonly Word[]) =>
    ws.some((w) => CIVILIAN_CUES.has(w.norm)) || placeSide(ws, -1) !== undefined;
  const cue =
    strike || (c.metric !== 'personnel_casualties' && (ofPlace(words) || ofPlace(previousWords)));
  if (!cue) return c;
  return { ...c, metric: civilian, people: { kind: 'civilians', people: true } };
}
