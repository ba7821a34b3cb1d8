import { wordTable } from '../core/word-table';
import { base, type Candidate, inWar, type Parts, tenseOf, withNoun } from './candidate';
import { alsoMetricOf, type NounClass, nounPhraseAt, peopleMetric } from './metrics';
import { OUTCOMES, PEOPLE } from './rules';
import { isNumberWord } from './spelled';
import { mayEndFigure } from './trailing';
import { HEDGES } from './verb-inserts';
import { verbAfter } from './verbs';

/**
 * Figures that borrow what they count from the figure before them in the sentence: "another
 * 3,285 were wounded", "four over the Voronezh Region", "and four in Chuhuiv", "of which 14 were
 * children", "the Yug Battlegroup more than 1,135", "up to 215 and over 230 soldiers"; and counts
 * of people with no noun at all, read from their verb ("killing seven", "more than 100 were
 * injured"). See classify.ts for the order the rules are tried in.
 */

/**
 * "… lost 1,351 men, while another 3,285 were wounded", "killed 55 people and injured more than
 * 300": the noun is the previous figure's.
 */
export function ellipticRule(p: Parts): Candidate | undefined {
  const previous = p.ctx.previous;
  if (!previous?.people) return undefined;
  const skip = /^(more|others|other)$/.test(p.right[0]?.norm ?? '') ? 1 : 0;
  // "… killed 55 people and injured more than 300, officials said": the verb comes first.
  const before =
    p.verb && mayEndFigure(p.right[0]) ? { ...p.verb, end: p.ctx.token.end } : undefined;
  const verb = verbAfter(p.right, skip) ?? before;
  if (!verb) return undefined;
  // "Five children among 31 killed": the whole the part was counted among, everyone.
  const people = p.before.at(-1)?.norm === 'among' ? wholeOf(previous.people) : previous.people;
  const metric = peopleMetric(people, verb.outcome);
  if (!metric) return undefined;
  const c = base(p, verb === before ? p.ctx.token.end : verb.end, metric);
  const also = alsoMetricOf(people, verb.outcome);
  return {
    ...c,
    ...(also ? { alsoMetric: also } : {}),
    ...(previous.side ? { side: previous.side } : {}),
    people,
    outcome: verb.outcome,
    tense: tenseOf(verb),
  };
}

/** The people a group of children or women is part of: people of the place, not soldiers. */
export function wholeOf(part: NounClass | undefined): NounClass {
  if (!part) return { kind: 'civilians', people: true };
  return part.kind === 'children' || (part.kind === 'civilians' && part.other)
    ? { kind: 'civilians', people: true }
    : part;
}

/**
 * "28 drones were shot down over Saratov, four over Voronezh", "544 tanks had been captured, 79
 * damaged and 65 abandoned", "Of these, 2,635 were destroyed": a number after an equipment
 * figure of the same sentence, with a place or a loss participle and no noun, counts the same.
 */
export function equipmentEllipsisRule(p: Parts): Candidate | undefined {
  const previous = p.ctx.previous;
  if (!previous || previous.metric === 'other') return undefined;
  if (previous.people) return placeEllipsis(p, previous);
  const joined = JOINS.has(p.before.at(-1)?.norm ?? '') || p.before.length === 0;
  if (!joined) return undefined;
  const more = p.right[0]?.norm === 'more' ? 1 : 0;
  const first = p.right[more]?.norm ?? '';
  const verb = verbAfter(p.right, more);
  const located = PLACED.has(first) || first === 'each';
  if (!located && !(verb && verb.outcome !== 'lost')) return undefined;
  const end = verb && !located ? verb.end : p.ctx.token.end;
  return {
    ...base(p, end, previous.metric),
    ...(previous.side ? { side: previous.side } : {}),
    agentive: previous.agentive,
    listed: true,
  };
}

/**
 * "three people were injured in Kharkiv, and four in Chuhuiv", "35 in the West Bank and 18 in
 * Israel": a count of the same people in another place.
 */
function placeEllipsis(p: Parts, previous: Candidate): Candidate | undefined {
  const last = p.before.at(-1)?.norm ?? '';
  const joined = JOINS.has(last) || last === 'with';
  // "five were killed in Khan Yunis and four more in Deir el-Balah".
  const more = p.right[0]?.norm === 'more' ? 1 : 0;
  const [first, second] = [p.right[more], p.right[more + 1]];
  const placeWord = second && /^\p{Lu}/u.test(p.ctx.text[second.start] ?? '');
  const located = placeWord || second?.norm === 'the' || last === 'including' || last === 'with';
  // "killed 11 people, including two near an aid distribution site": a part, where it happened.
  const where = first?.norm === 'in' || (last === 'including' && NEAR.has(first?.norm ?? ''));
  if (!joined || !where || !located) return groupOf(p, previous) ?? gapped(p, previous);
  // "53 Israelis …, 35 in the West Bank": the people keep the side their noun names.
  const own = previous.people?.kind === 'civilians' ? previous.people.side : undefined;
  return {
    ...base(p, p.ctx.token.end, previous.metric),
    ...(own ? { side: own } : {}),
    people: previous.people,
    agentive: previous.agentive,
    ...(previous.outcome ? { outcome: previous.outcome } : {}),
  };
}

/**
 * "30 bodies, of which 14 were children", "20 bodies …, of which 13 were children and two were
 * women": a part of the figure before, named by what the people were.
 */
function groupOf(p: Parts, previous: Candidate): Candidate | undefined {
  if (p.right[0]?.norm !== 'were' && p.right[0]?.norm !== 'are') return undefined;
  const group = GROUPS[p.right[1]?.norm ?? ''];
  const outcome = previous.outcome ?? OUTCOMES[previous.metric];
  if (!group || !outcome) return undefined;
  const metric = peopleMetric(group, outcome);
  if (!metric) return undefined;
  return { ...base(p, p.right[1]?.end ?? p.ctx.token.end, metric), people: group, outcome };
}

const GROUPS: Readonly<Record<string, NounClass>> = wordTable({
  children: { kind: 'children' },
  minors: { kind: 'children' },
  women: { kind: 'civilians', people: true, other: true },
  men: { kind: 'civilians', people: true, other: true },
});

/**
 * "the Zapad Battlegroup eliminated more than 1,610 Ukrainian soldiers, the Yug Battlegroup more
 * than 1,135 and the Vostok Battlegroup more than 1,360": the verb and the noun of the figure
 * before, left out for each subject after it.
 */
function gapped(p: Parts, previous: Candidate): Candidate | undefined {
  if (!previous.people || !mayEndFigure(p.right[0])) return undefined;
  const between = p.ctx.text.slice(previous.end, p.q.start);
  if (between.length > 60 || !GAP.test(between)) return undefined;
  return {
    ...base(p, p.ctx.token.end, previous.metric),
    ...(previous.side ? { side: previous.side } : {}),
    people: previous.people,
    agentive: previous.agentive,
  };
}

// ", the Yug Battlegroup " / " and the Vostok Battlegroup ": a comma or "and", then a name.
const GAP = /^,?\s+(?:and\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}$/u;

const JOINS = new Set([',', 'and', 'including', ':', ';', 'while', 'these']);
const PLACED = new Set(['over', 'above', 'near', 'in']);
const NEAR = new Set(['near', 'at', 'on', 'around', 'outside', 'inside']);

/**
 * "Kiev lost up to 215 and over 230 soldiers": a number joined by "and" or "to" to the next one
 * shares its noun.
 */
export function sharedNounRule(p: Parts): Candidate | undefined {
  const join = p.right[0]?.norm ?? '';
  if (join !== 'and' && join !== 'or') return undefined;
  let i = 1;
  while (i < 4 && HEDGES.has(p.right[i]?.norm ?? '')) i++;
  const number = p.right[i]?.norm ?? '';
  if (!/^\d/.test(number) && !isNumberWord(number)) return undefined;
  const np = nounPhraseAt(p.right, i + 1);
  if (np?.noun.kind !== 'personnel' || !p.verb) return undefined;
  const metric = peopleMetric(np.noun, p.verb.outcome);
  if (!metric || !inWar(p.ctx)) return undefined;
  const c = withNoun(base(p, p.ctx.token.end, metric), np, p.verb.agentive, p.verb.outcome);
  const also = alsoMetricOf(np.noun, p.verb.outcome);
  return { ...c, ...(also ? { alsoMetric: also } : {}), tense: tenseOf(p.verb) };
}

/**
 * "more than 100 were injured", "Tens of thousands have been killed in the conflict": a count
 * with no noun, made the subject of a passive verb of killing or wounding in a sentence of war.
 */
export function passiveVictimRule(p: Parts): Candidate | undefined {
  if (!AUXILIARY_START.has(p.right[0]?.norm ?? '')) return undefined;
  const verb = verbAfter(p.right, 0);
  if (!verb || (verb.outcome !== 'killed' && verb.outcome !== 'wounded')) return undefined;
  if (!inWar(p.ctx, true)) return undefined;
  const metric = verb.outcome === 'killed' ? 'civilians_killed' : 'civilians_injured';
  return {
    ...base(p, verb.end, metric),
    people: PEOPLE,
    outcome: verb.outcome,
    tense: tenseOf(verb),
  };
}

const AUXILIARY_START = new Set(['were', 'was', 'have', 'has', 'had', 'are', 'is', 'died']);

/**
 * "Troops Kill 8 In West Bank Raid", "killing seven and wounding four", "kills three": a count of
 * people right after an active verb of killing or wounding, with no noun. The victims of such a
 * report are people of the struck place; a noun after the number is read by nounRule instead.
 */
export function victimRule(p: Parts): Candidate | undefined {
  const verb = p.verb;
  if (!verb?.agentive || (verb.outcome !== 'killed' && verb.outcome !== 'wounded'))
    return undefined;
  const more = /^(more|others)$/.test(p.right[0]?.norm ?? '') ? 1 : 0;
  if (!mayEndFigure(p.right[more]) || !inWar(p.ctx, true)) return undefined;
  const end = more ? (p.right[0]?.end ?? p.ctx.token.end) : p.ctx.token.end;
  const metric = verb.outcome === 'killed' ? 'civilians_killed' : 'civilians_injured';
  return {
    ...base(p, end, metric),
    agentive: true,
    people: PEOPLE,
    outcome: verb.outcome,
    tense: tenseOf(verb),
  };
}
