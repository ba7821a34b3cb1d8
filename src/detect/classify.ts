import type { Metric, Qualifier, Side } from '../core/vocabulary';
import { hasListedLossCue, hasWarContext } from './context';
import {
  mayStartNounPhrase,
  type NounClass,
  type NounPhrase,
  nounPhraseAt,
  peopleMetric,
} from './metrics';
import { isNotAFigure, isYearLike } from './non-figures';
import type { NumberToken } from './numbers';
import { type QualifierMatch, qualifierBefore } from './qualifiers';
import { sideOfModifiers } from './sides';
import { mayEndFigure, trailingLoss } from './trailing';
import { type Outcome, verbAfter, verbBefore } from './verbs';
import { type Word, wordsIn } from './words';

/**
 * Decides whether one number is a loss figure and what it counts, from the words in a bounded
 * window on each side of it (WINDOW characters, cut at the sentence's edges). Bounded windows keep
 * detection linear in the page's length however long its "sentences" are (a page's text can
 * have megabytes without a full stop). The rules, tried in order:
 * 1. percent: "lost 70% of their personnel";
 * 2. noun after: "790 tanks", "Around 20,600 Russian personnel have been lost", "lost 1,351 men";
 * 3. ellipsis: "another 3,285 were wounded", which borrows the noun of the previous figure of
 *    the same sentence;
 * 4. noun before: "the number of Russian casualties could be as high as 40,000".
 * A number with none of these is not a figure: precision over recall.
 */
export const WINDOW = 80;
/** Characters read to find the first word after a number, for the cheap pre-filter. */
const FIRST_WORD = 16;

/** A figure found by the rules, before side, claimant and date are attached. */
export interface Candidate {
  start: number;
  end: number;
  metric: Metric;
  unit: 'count' | 'percent';
  value: number | null;
  low?: number;
  high?: number;
  qualifier: Qualifier;
  /** The side the figure's own words name ("Russian personnel"); set later otherwise. */
  side?: Side;
  /** The loss verb before the number is active: a side named before it is the attacker. */
  agentive: boolean;
  /** The people counted, so an elliptic figure that follows can borrow them. */
  people?: NounClass;
  outcome?: Outcome;
}

/** Everything a rule may look at for one number. */
export interface TokenContext {
  text: string;
  token: NumberToken;
  /** The sentence around the number, clipped to a bounded range. */
  sentence: { start: number; end: number };
  /** Words of that clipped sentence, computed on first use. */
  sentenceWords: () => Word[];
  /** Words of the end of the previous sentence, computed on first use. */
  previousWords: () => Word[];
  /** The previous figure of the same sentence, if any. */
  previous?: Candidate;
}

interface Parts {
  ctx: TokenContext;
  q: QualifierMatch;
  before: Word[];
  right: Word[];
  verb: ReturnType<typeof verbBefore>;
}

/** The figure that `ctx.token` is, or undefined when it is not a loss figure. */
export function classify(ctx: TokenContext): Candidate | undefined {
  const { text, token, sentence } = ctx;
  const rightEnd = Math.min(sentence.end, token.end + WINDOW);
  if (!mayBeFigure(ctx, wordsIn(text, token.end, Math.min(rightEnd, token.end + FIRST_WORD))[0])) {
    return undefined;
  }
  const right = wordsIn(text, token.end, rightEnd);
  const left = wordsIn(text, Math.max(sentence.start, token.start - WINDOW), token.start);
  if (isNotAFigure(text, token, left, right)) return undefined;
  const q = qualifierBefore(left, token.start);
  const before = left.slice(0, left.length - q.words);
  const verb = verbBefore(before);
  // "spring 2022", "in 1945": a year-shaped number counts only when a hedge or a loss verb
  // introduces it ("lost 2041 vehicles").
  if (isYearLike(token) && q.words === 0 && !verb) return undefined;
  const parts: Parts = { ctx, q, before, right, verb };
  if (token.percent) return percentRule(parts);
  return nounRule(parts) ?? ellipticRule(parts) ?? trailingRule(parts);
}

/**
 * A cheap test on the first word after the number: can any rule apply? Most numbers of a page
 * (prices, scores, dates) fail here, before any window around them is read.
 */
function mayBeFigure(ctx: TokenContext, next: Word | undefined): boolean {
  if (ctx.token.percent) return next?.norm === 'of';
  const norm = next?.norm ?? '';
  return mayStartNounPhrase(norm) || !!ctx.previous?.people || mayEndFigure(next);
}

/** The war context of a figure: its sentence's words, or those of the sentence before. */
function inWar(ctx: TokenContext): boolean {
  return hasWarContext(ctx.sentenceWords()) || hasWarContext(ctx.previousWords());
}

function base(p: Parts, end: number, metric: Metric): Candidate {
  const { token } = p.ctx;
  const range = token.high !== undefined;
  return {
    start: p.q.start,
    end,
    metric,
    unit: token.percent ? 'percent' : 'count',
    value: range ? null : token.value,
    ...(range ? { low: token.value, high: token.high } : {}),
    qualifier: p.q.qualifier,
    agentive: false,
  };
}

/** "lost 70% of their personnel", "70% of Russian tanks were destroyed". */
function percentRule(p: Parts): Candidate | undefined {
  if (p.right[0]?.norm !== 'of') return undefined;
  const det = /^(the|all|his|her)$/.test(p.right[1]?.norm ?? '') ? 2 : 1;
  const np = nounPhraseAt(p.right, det);
  if (!np) return undefined;
  const outcome = verbAfter(p.right, np.next)?.outcome ?? p.verb?.outcome;
  if (!outcome) return undefined;
  const { noun } = np;
  let metric: Metric | undefined;
  // A share of a unit "lost" is attrition of every kind, so it counts casualties.
  if (noun.kind === 'personnel')
    metric = outcome === 'lost' ? 'personnel_casualties' : peopleMetric(noun, outcome);
  else if (noun.kind === 'equipment') metric = noun.metric;
  const generic = noun.kind === 'equipment' || (noun.kind === 'personnel' && noun.generic);
  if (!metric || (generic && !inWar(p.ctx))) return undefined;
  return withNoun(base(p, np.end, metric), np, p.verb?.agentive ?? false, outcome);
}

/** "790 tanks", "20,600 Russian personnel have been lost", "lost 1,351 men", "40 dead". */
function nounRule(p: Parts): Candidate | undefined {
  const np = nounPhraseAt(p.right, 0);
  if (!np) return undefined;
  const after = verbAfter(p.right, np.next);
  const { noun } = np;
  if (noun.kind === 'equipment') {
    // Missiles and drones are fired and launched far more often than lost: only a verb attached
    // to the number makes them a loss ("shot down 20 drones"), not a loss word elsewhere.
    const attachedOnly = noun.metric === 'missiles' || noun.metric === 'drones';
    const listed = !attachedOnly && hasListedLossCue(p.ctx.sentenceWords(), p.q.start, np.end);
    const cue = p.verb || after || listed;
    if (!cue || !inWar(p.ctx)) return undefined;
    return withNoun(base(p, np.end, noun.metric), np, !after && !!p.verb?.agentive);
  }
  if (noun.kind === 'loss') {
    // "10 losses" is a sports record unless someone's: "20,000 Russian losses", "troop losses".
    const bareLosses = p.right[np.next - 1]?.norm === 'losses' && np.modifiers.length === 0;
    if (bareLosses || !inWar(p.ctx)) return undefined;
    return withNoun(base(p, np.end, noun.metric), np, false);
  }
  const listed = listedIn(p);
  const outcome = after?.outcome ?? p.verb?.outcome ?? listed?.outcome;
  const metric = outcome ? peopleMetric(noun, outcome) : undefined;
  if (!metric) return undefined;
  const generic = noun.kind !== 'personnel' || noun.generic;
  if (generic && !inWar(p.ctx)) return undefined;
  const c = withNoun(base(p, np.end, metric), np, !after && !!p.verb?.agentive, outcome);
  return !after && !p.verb && listed?.side && !c.side ? { ...c, side: listed.side } : c;
}

/** "killed 50 civilians, including 10 children": the listed group shares verb and side. */
function listedIn(p: Parts): Candidate | undefined {
  return p.before.at(-1)?.norm === 'including' ? p.ctx.previous : undefined;
}

function withNoun(c: Candidate, np: NounPhrase, agentive: boolean, outcome?: Outcome): Candidate {
  const side = sideOfModifiers(np.modifiers);
  return {
    ...c,
    ...(side ? { side } : {}),
    agentive,
    ...(np.noun.kind !== 'equipment' ? { people: np.noun } : {}),
    ...(outcome ? { outcome } : {}),
  };
}

/** "… lost 1,351 men, while another 3,285 were wounded": the noun is the previous figure's. */
function ellipticRule(p: Parts): Candidate | undefined {
  const previous = p.ctx.previous;
  if (!previous?.people) return undefined;
  const skip = /^(more|others|other)$/.test(p.right[0]?.norm ?? '') ? 1 : 0;
  const verb = verbAfter(p.right, skip);
  if (!verb) return undefined;
  const metric = peopleMetric(previous.people, verb.outcome);
  if (!metric) return undefined;
  const c = base(p, verb.end, metric);
  return {
    ...c,
    ...(previous.side ? { side: previous.side } : {}),
    people: previous.people,
    outcome: verb.outcome,
  };
}

/** "The number of Russian casualties could be as high as 40,000". */
function trailingRule(p: Parts): Candidate | undefined {
  const found = trailingLoss(p.before, p.right);
  if (!found || !inWar(p.ctx)) return undefined;
  const c = base(p, p.ctx.token.end, found.metric);
  const side = sideOfModifiers(found.modifiers);
  return side ? { ...c, side } : c;
}
