import type { Metric } from '../core/vocabulary';
import { base, type Candidate, inWar, nounStart, type Parts, tenseOf, withNoun } from './candidate';
import { hasListedLossCue, hasLossWord } from './context';
import {
  alsoMetricOf,
  type NounClass,
  type NounPhrase,
  nounPhraseAt,
  peopleMetric,
} from './metrics';
import { SINGULAR_NOUNS } from './nouns';
import { sideOfModifiers } from './sides';
import { isNumberWord } from './spelled';
import { mayEndFigure, trailingLoss } from './trailing';
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
    return civiliansAgain(c, p.ctx.previous);
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
  const outcome = LOSS_ADJECTIVES[p.right[start]?.norm ?? ''];
  if (!outcome) return undefined;
  const np = nounPhraseAt(p.right, start + 1);
  if (!np || np.noun.kind === 'equipment' || np.noun.kind === 'loss') return undefined;
  const metric = peopleMetric(np.noun, outcome);
  if (!metric || !inWar(p.ctx)) return undefined;
  return { ...withNoun(base(p, np.end, metric), np, false, outcome), tense: 'perfect' };
}

// Only the dead: "300 wounded soldiers" are as often patients a hospital treated as a tally.
const LOSS_ADJECTIVES: Readonly<Record<string, Outcome>> = {
  killed: 'killed',
  dead: 'killed',
  fallen: 'killed',
};

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
      breakdownOf(p, noun.metric));
  if (!(p.verb || after || listed) || !inWar(p.ctx)) return undefined;
  const c = withNoun(base(p, np.end, noun.metric), np, !after && !!p.verb?.agentive);
  return { ...c, tense: tenseOf(after ?? p.verb), ...(listed ? { listed } : {}) };
}

/**
 * "… alongside extensive equipment destruction. This includes 11,515 tanks, …": a sentence that
 * opens by including things in the loss named by the sentence before lists that loss's items.
 */
function includesLosses(words: readonly Word[], previous: readonly Word[]): boolean {
  const opener = `${words[0]?.norm} ${words[1]?.norm}`;
  return INCLUDES.has(opener) && hasLossWord(previous);
}

/**
 * "destroyed 64 drones: 20 UAVs over the Samara Region, eight UAVs each over the Voronezh and
 * Saratov Regions, …": a count of the same equipment right after a figure of it, with only
 * places between, breaks that figure down.
 */
function breakdownOf(p: Parts, metric: Metric): boolean {
  const previous = p.ctx.previous;
  if (!previous || previous.metric !== metric) return false;
  const between = p.ctx.text.slice(previous.end, p.q.start);
  return between.length <= 80 && BREAKDOWN_GAP.test(between);
}

// Punctuation, "and", "including", "each", prepositions of place and capitalised place names.
const BREAKDOWN_GAP =
  /^(?:[\s,:;]|and\b|including\b|each\b|over\b|above\b|in\b|near\b|the\b|of\b|regions?\b|oblasts?\b|provinces?\b|\p{Lu}[\p{L}-]*)*$/u;

const INCLUDES = new Set([
  'this includes',
  'these include',
  'they include',
  'that includes',
  'it includes',
  'among them',
  'these included',
  'this included',
]);

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

const OUTCOMES: Partial<Record<Metric, Outcome>> = {
  personnel_killed: 'killed',
  personnel_wounded: 'wounded',
  civilians_killed: 'killed',
  civilians_injured: 'wounded',
  children_killed: 'killed',
};

const PEOPLE = { kind: 'civilians', people: true } as const;

/** Words that link a loss noun far before the number to it ("has exceeded 20,800"). */
const LINKED_BEFORE = new Set(
  'exceeded surpassed passed reached risen rose climbed to at topped stands stood'.split(' '),
);
const PASSING = new Set(
  'surpassed surpasses passed exceeded exceeds topped tops top crossed'.split(' '),
);
const TAKING = new Set(['claimed', 'claiming', 'claim', 'claims', 'took', 'taken', 'cost']);

/**
 * "over 250 Ukrainian soldiers, six tanks, five armored vehicles … have been eliminated": soldiers
 * listed with equipment under one loss verb are losses of every kind, killed and wounded.
 */
function listedSoldiers(p: Parts, np: NounPhrase, noun: NounClass): Outcome | undefined {
  if (noun.kind !== 'personnel') return undefined;
  const words = p.ctx.sentenceWords();
  return hasListedLossCue(words, p.q.start, np.end, true) ? 'lost' : undefined;
}

/** "1,000 soldiers a day are being killed": a rate between the noun and its verb. */
const RATE = /^(?:a|per|each|every) (?:day|week|month)$/;

/**
 * "Nine people, including two children, were killed", "57,500 Palestinians — mostly women and
 * children — have been killed": the verb after an aside set off by commas, dashes or brackets.
 */
function verbAfterAside(words: readonly Word[], at: number): VerbMatch | undefined {
  const open = words[at]?.norm ?? '';
  const close = ASIDE_CLOSE[open];
  if (!close || (open === ',' && !COMMA_ASIDES.has(words[at + 1]?.norm ?? ''))) return undefined;
  for (let i = at + 2; i < at + 12 && i < words.length; i++) {
    if (close.includes(words[i]?.norm ?? '')) return verbAfter(words, i + 1);
  }
  return undefined;
}

/** Words that open an aside between commas: ", most of them children,". */
const COMMA_ASIDES = new Set(
  'including most mostly many among all almost nearly half some mainly largely'.split(' '),
);

const ASIDE_CLOSE: Record<string, readonly string[]> = {
  ',': [','],
  '—': ['—'],
  '–': ['–'],
  '-': ['-'],
  '(': [')'],
};

/**
 * "45 Israeli civilians and 76 IDF soldiers have died": the verb after a short list of counted
 * people belongs to each of its items.
 */
function verbAfterList(words: readonly Word[], at: number): VerbMatch | undefined {
  let i = at;
  for (let items = 0; items < 3; items++) {
    if (!LIST_JOINS.has(words[i]?.norm ?? '')) return undefined;
    i++;
    while (i < at + 20 && HEDGES.has(words[i]?.norm ?? '')) i++;
    const number = words[i]?.norm ?? '';
    if (!/^\d/.test(number) && !isNumberWord(number)) return undefined;
    const np = nounPhraseAt(words, i + 1);
    if (!np || np.noun.kind === 'equipment') return undefined;
    const verb = verbAfter(words, np.next);
    if (verb) return verb;
    i = np.next;
  }
  return undefined;
}

const LIST_JOINS = new Set([',', 'and', 'or']);
const HEDGES = new Set('at least more than over about around nearly almost some'.split(' '));

/**
 * "2,000 men from the region had died", "1,200 troops in Bakhmut were killed": a short phrase
 * of place or origin between the noun and an auxiliary. Only an auxiliary may end it, so that
 * "20 soldiers in Bakhmut killed the commander" stays active and is no loss.
 */
function verbAfterPlace(words: readonly Word[], at: number): VerbMatch | undefined {
  if (!PLACE_OPENERS.has(words[at]?.norm ?? '')) return undefined;
  for (let i = at + 2; i <= at + 8 && i < words.length; i++) {
    const norm = words[i]?.norm ?? '';
    if (AUXILIARIES.has(norm)) return verbAfter(words, i);
    if (!/^[\p{L}\d]/u.test(norm)) return undefined;
  }
  return undefined;
}

const PLACE_OPENERS = new Set([
  'from',
  'in',
  'near',
  'around',
  'at',
  'on',
  'across',
  'inside',
  'aged',
]);
const AUXILIARIES = new Set(['have', 'has', 'had', 'were', 'was', 'are', 'is']);

/** A verb after something inserted between it and the noun: an aside, a rate or a place. */
function verbAfterInsert(words: readonly Word[], at: number): VerbMatch | undefined {
  const rate = RATE.test(`${words[at]?.norm} ${words[at + 1]?.norm}`);
  return (
    verbAfterAside(words, at) ??
    (rate ? verbAfter(words, at + 2) : undefined) ??
    verbAfterPlace(words, at) ??
    verbAfterList(words, at)
  );
}

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
  const metric = peopleMetric(previous.people, verb.outcome);
  if (!metric) return undefined;
  const c = base(p, verb === before ? p.ctx.token.end : verb.end, metric);
  const also = alsoMetricOf(previous.people, verb.outcome);
  return {
    ...c,
    ...(also ? { alsoMetric: also } : {}),
    ...(previous.side ? { side: previous.side } : {}),
    people: previous.people,
    outcome: verb.outcome,
    tense: tenseOf(verb),
  };
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
  const [first, second] = p.right;
  const placeWord = second && /^\p{Lu}/u.test(p.ctx.text[second.start] ?? '');
  const located = placeWord || second?.norm === 'the' || last === 'including' || last === 'with';
  if (!joined || first?.norm !== 'in' || !located)
    return groupOf(p, previous) ?? gapped(p, previous);
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

const GROUPS: Readonly<Record<string, NounClass>> = {
  children: { kind: 'children' },
  minors: { kind: 'children' },
  women: { kind: 'civilians', people: true, other: true },
  men: { kind: 'civilians', people: true, other: true },
};

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
  if (!np || np.noun.kind !== 'personnel' || !p.verb) return undefined;
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
