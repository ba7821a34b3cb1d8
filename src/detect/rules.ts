import type { Metric } from '../core/vocabulary';
import { wordTable } from '../core/word-table';
import { base, type Candidate, inWar, nounStart, type Parts, tenseOf, withNoun } from './candidate';
import { hasListedLossCue } from './context';
import { wholeOf } from './ellipsis-rules';
import {
  breakdownOf,
  continuesEquipmentList,
  includesLosses,
  isBulletOfLossList,
  isLongLossList,
} from './list-items';
import {
  alsoMetricOf,
  type NounClass,
  type NounPhrase,
  nounPhraseAt,
  peopleMetric,
} from './metrics';
import { SINGULAR_NOUNS } from './nouns';
import { sideOfModifiers } from './sides';
import { mayEndFigure, trailingLoss } from './trailing';
import { verbAfterInsert } from './verb-inserts';
import { type Outcome, type VerbMatch, verbAfter } from './verbs';
import type { Word } from './words';

/**
 * The rules that read a number's words (see classify.ts for the order they are tried in). Each
 * returns the candidate figure, or undefined when its shape does not fit.
 */

/** "lost 70% of their personnel", "70% of Russian tanks were destroyed". */
export function percentRule(p: Parts): Candidate | undefined {
  const of = p.right[0]?.norm === 'of' ? 1 : 0;
  if (!of && !p.ctx.token.fraction) return undefined;
  const det = /^(the|all|his|her)$/.test(p.right[of]?.norm ?? '') ? of + 1 : of;
  const np = nounPhraseAt(p.right, det);
  if (!np) return undefined;
  const after = verbAfter(p.right, np.next);
  const outcome = after?.outcome ?? p.verb?.outcome;
  if (!outcome) return undefined;
  const { noun } = np;
  let metric: Metric | undefined;
  // A share of a unit "lost" is attrition of every kind, so it counts casualties.
  if (noun.kind === 'personnel')
    metric = outcome === 'lost' ? 'personnel_casualties' : peopleMetric(noun, outcome);
  else if (noun.kind === 'equipment') metric = noun.metric;
  const generic = noun.kind === 'equipment' || (noun.kind === 'personnel' && noun.generic);
  if (!metric || (generic && !inWar(p.ctx))) return undefined;
  const c = withNoun(base(p, np.end, metric), np, p.verb?.agentive ?? false, outcome);
  return { ...c, tense: tenseOf(after ?? p.verb) };
}

/** "790 tanks", "20,600 Russian personnel have been lost", "lost 1,351 men", "40 dead". */
export function nounRule(p: Parts): Candidate | undefined {
  const start = nounStart(p);
  const adjectival = lossAdjectiveRule(p, start);
  if (adjectival) return adjectival;
  const np = nounPhraseAt(p.right, start);
  if (!np) return undefined;
  // "one person", "one soldier": a singular noun counts the number one only.
  if (SINGULAR_NOUNS.has(p.right[np.next - 1]?.norm ?? '') && p.ctx.token.value !== 1)
    return undefined;
  // "The 3 soldiers who were killed were buried": a reference to people, not a tally.
  const definite =
    p.before.at(-1)?.norm === 'the' && /^(who|that)$/.test(p.right[np.next]?.norm ?? '');
  if (definite) return undefined;
  const after = verbAfter(p.right, np.next) ?? verbAfterInsert(p.right, np.next);
  const tense = tenseOf(after ?? p.verb);
  // "861 soldiers have been killed and 5,921 others injured": others of the same kind.
  const previousPeople = p.ctx.previous?.people;
  const others =
    p.right[np.next - 1]?.norm === 'others' && previousPeople && previousPeople.kind !== 'loss';
  const noun = others ? previousPeople : np.noun;
  if (noun.kind === 'equipment') return equipmentRule(p, np, after);
  if (noun.kind === 'loss') {
    // "10 losses" is a sports record unless someone's: "20,000 Russian losses", "troop losses".
    // "50,000 prisoners" recruited from jails are no prisoners of war: a bare "prisoners" needs
    // a side ("1,000 Russian prisoners").
    const head = p.right[np.next - 1]?.norm;
    // "claimed more than 20 lives"; "saved 50 lives" is no loss.
    if (head === 'lives' && !TAKING.has(p.before.at(-1)?.norm ?? '')) return undefined;
    const bare = (head === 'losses' || head === 'prisoners') && np.modifiers.length === 0;
    if (bare || !inWar(p.ctx) || isExchange(p, noun.metric)) return undefined;
    const c = { ...withNoun(base(p, np.end, noun.metric), np, false), tense };
    // "Five children among 31 killed": the whole the part was counted among, everyone.
    const previous = p.ctx.previous;
    const among = previous?.people && p.before.at(-1)?.norm === 'among';
    return civiliansAgain(c, among ? { ...previous, people: wholeOf(previous.people) } : previous);
  }
  const listed = listedIn(p);
  const outcome =
    after?.outcome ?? p.verb?.outcome ?? listed?.outcome ?? listedSoldiers(p, np, noun);
  const metric = outcome ? peopleMetric(noun, outcome) : undefined;
  if (!metric) return undefined;
  const generic = noun.kind !== 'personnel' || noun.generic;
  // "people" alone needs fighting words; "Palestinians" names a side, which is war context.
  const people = noun.kind === 'civilians' && noun.people === true && !noun.side;
  if ((generic && !inWar(p.ctx)) || (people && !inWar(p.ctx, true))) return undefined;
  const c = withNoun(base(p, np.end, metric), np, !after && !!p.verb?.agentive, outcome);
  const inherited = !after && !p.verb && listed?.side && !c.side ? { side: listed.side } : {};
  if (listed && !after && !p.verb) c.listedPeople = true;
  const also = alsoMetricOf(noun, outcome);
  return {
    ...c,
    ...inherited,
    ...(also ? { alsoMetric: also } : {}),
    tense: tense ?? listed?.tense,
  };
}

/** "46,000 killed soldiers", "two wounded North Korean soldiers": the loss before the noun. */
function lossAdjectiveRule(p: Parts, start: number): Candidate | undefined {
  const word = p.right[start]?.norm ?? '';
  const outcome = LOSS_ADJECTIVES[word] ?? HURT_ADJECTIVES[word];
  if (!outcome) return undefined;
  const np = nounPhraseAt(p.right, start + 1);
  if (!np || np.noun.kind === 'equipment' || np.noun.kind === 'loss') return undefined;
  // "15 injured people" is a tally; "300 wounded soldiers" are as often a hospital's patients.
  if (HURT_ADJECTIVES[word] && np.noun.kind !== 'civilians') return undefined;
  const metric = peopleMetric(np.noun, outcome);
  if (!metric || !inWar(p.ctx)) return undefined;
  return { ...withNoun(base(p, np.end, metric), np, false, outcome), tense: 'perfect' };
}

// Only the dead: "300 wounded soldiers" are as often patients a hospital treated as a tally.
const HURT_ADJECTIVES: Readonly<Record<string, Outcome>> = wordTable({
  injured: 'wounded',
  wounded: 'wounded',
});
const LOSS_ADJECTIVES: Readonly<Record<string, Outcome>> = wordTable({
  killed: 'killed',
  dead: 'killed',
  fallen: 'killed',
});

/**
 * "destroyed 30 tanks", "790 tanks and 167 aircraft were destroyed", "losses included 790
 * tanks, …": equipment needs a loss verb attached to it or a loss word heading its list.
 */
function equipmentRule(
  p: Parts,
  np: NounPhrase,
  after: VerbMatch | undefined,
): Candidate | undefined {
  const noun = np.noun as { kind: 'equipment'; metric: Metric };
  // Missiles and drones are fired and launched far more often than lost: a loss word elsewhere
  // in the sentence is not enough, only a verb that reaches them through their list.
  const attachedOnly = noun.metric === 'missiles' || noun.metric === 'drones';
  const words = p.ctx.sentenceWords();
  const listed =
    !p.verb &&
    !after &&
    (hasListedLossCue(words, p.q.start, np.end, attachedOnly) ||
      (!attachedOnly && includesLosses(words, p.ctx.previousWords())) ||
      breakdownOf(p.ctx.text, p.ctx.previous, p.q.start, noun.metric) ||
      continuesEquipmentList(p.ctx.text, p.ctx.previous, p.q.start) ||
      isLongLossList(words, p.ctx.previousWords) ||
      isBulletOfLossList(p.ctx.text, p.ctx.token.start));
  if (!(p.verb || after || listed) || !inWar(p.ctx)) return undefined;
  const c = withNoun(base(p, np.end, noun.metric), np, !after && !!p.verb?.agentive);
  return { ...c, tense: tenseOf(after ?? p.verb), ...(listed ? { listed } : {}) };
}

/**
 * "27,947 Palestinians have been killed and 67,459 wounded": a bare "wounded" or "killed" after
 * a count of civilians counts civilians too, of the same side.
 */
function civiliansAgain(c: Candidate, previous: Candidate | undefined): Candidate | undefined {
  const people = previous?.people;
  if (!people || people.kind === 'personnel' || people.kind === 'loss') return c;
  const outcome = OUTCOMES[c.metric];
  const metric = outcome && peopleMetric(people, outcome);
  if (!metric) return undefined;
  return { ...c, metric, people, ...(previous?.side ? { side: previous.side } : {}) };
}

export const OUTCOMES: Partial<Record<Metric, Outcome>> = {
  personnel_killed: 'killed',
  personnel_wounded: 'wounded',
  civilians_killed: 'killed',
  civilians_injured: 'wounded',
  children_killed: 'killed',
};

/** People of a place, for a count whose noun (or lack of one) says no more. */
export const PEOPLE = { kind: 'civilians', people: true } as const;

/** Words that link a loss noun far before the number to it ("has exceeded 20,800"). */
const LINKED_BEFORE = new Set(
  'exceeded surpassed passed reached risen rose climbed to at topped stands stood'.split(' '),
);
const PASSING = new Set(
  'surpassed surpasses passed exceeded exceeds topped tops top crossed crosses'.split(' '),
);
const TAKING = new Set(['claimed', 'claiming', 'claim', 'claims', 'took', 'taken', 'cost']);

/**
 * "over 250 Ukrainian soldiers, six tanks, five armored vehicles … have been eliminated": soldiers
 * listed with equipment under one loss verb are losses of every kind, killed and wounded.
 */
function listedSoldiers(p: Parts, np: NounPhrase, noun: NounClass): Outcome | undefined {
  if (noun.kind !== 'personnel') return undefined;
  const words = p.ctx.sentenceWords();
  if (hasListedLossCue(words, p.q.start, np.end, true)) return 'lost';
  return lossesPutAt(p.before) ? 'lost' : undefined;
}

/**
 * "Israel estimates Hezbollah's losses … at around 1,500 militants": soldiers a count of losses
 * is put at. "at" (or "to") right before the number, a loss noun a few words before it.
 */
function lossesPutAt(before: readonly Word[]): boolean {
  if (!PUT_AT.has(before.at(-1)?.norm ?? '')) return false;
  return before.slice(-10).some((w) => w.norm === 'losses' || w.norm === 'casualties');
}

const PUT_AT = new Set(['at', 'to']);

/** "exchanged 90 prisoners of war": a swap, not a count of those captured. */
function isExchange(p: Parts, metric: Metric): boolean {
  if (metric !== 'personnel_captured') return false;
  return p.ctx.sentenceWords().some((w) => EXCHANGE_WORDS.has(w.norm));
}

const EXCHANGE_WORDS = new Set(
  (
    'exchange exchanged exchanges swap swapped swaps released freed returned repatriated ' +
    'release releasing free freeing'
  ).split(' '),
);

/**
 * "killed 50 civilians, including 10 children (and 20 women)", "1,640 killed – including 104
 * children": the listed group shares verb and side.
 */
function listedIn(p: Parts): Candidate | undefined {
  const previous = p.ctx.previous;
  if (!previous) return undefined;
  const last = p.before.at(-1)?.norm;
  const listed = last === 'including' || (last === 'and' && previous.listedPeople === true);
  if (!listed) return undefined;
  const outcome = previous.outcome ?? OUTCOMES[previous.metric];
  return outcome ? { ...previous, outcome } : undefined;
}

/**
 * "The number of Russian casualties could be as high as 40,000"; with the people counted
 * after the number: "Russian losses are estimated at between 30,000 and 40,000 men".
 */
export function trailingRule(p: Parts): Candidate | undefined {
  const linked = LINKED_BEFORE.has(p.before.at(-1)?.norm ?? '');
  const found =
    trailingLoss(p.before, p.right, true) ??
    (linked && p.wideBefore ? trailingLoss(p.wideBefore(), p.right, true) : undefined);
  if (!found) return undefined;
  const np = nounPhraseAt(p.right, nounStart(p));
  const people = np?.noun.kind === 'personnel' ? np : undefined;
  if ((!people && !mayEndFigure(p.right[0])) || !inWar(p.ctx)) return undefined;
  // "Hezbollah's death toll at around 1,500 men": the people after the number say who; "20
  // Russian troops were killed, bringing the death count to 94,760": so does the figure before.
  const soldiers = people !== undefined || p.ctx.previous?.metric.startsWith('personnel_') === true;
  const metric =
    soldiers && found.metric === 'civilians_killed' ? 'personnel_killed' : found.metric;
  const c = base(p, people ? people.end : p.ctx.token.end, metric);
  // "the toll has passed 29,000": more than the number.
  if (c.qualifier === 'exact' && PASSING.has(p.before.at(-1)?.norm ?? ''))
    c.qualifier = 'more-than';
  const side = sideOfModifiers(found.modifiers) ?? (people && sideOfModifiers(people.modifiers));
  // "the death toll": everyone killed, unless the text says civilians ("civilian death toll").
  const saysCivilians = [...found.modifiers, ...found.head].some((w) => w.norm === 'civilian');
  const ofPeople = /^civilians_|^other$/.test(metric);
  const victims = ofPeople
    ? { people: saysCivilians ? { kind: 'civilians' as const } : PEOPLE }
    : {};
  return { ...c, ...(side ? { side } : {}), ...victims, trailing: true, tense: 'perfect' };
}
