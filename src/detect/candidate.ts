import type { Metric, Qualifier, Side } from '../core/vocabulary';
import { hasFightingContext, hasWarContext } from './context';
import type { NounClass, NounPhrase } from './metrics';
import type { NumberToken } from './numbers';
import type { QualifierMatch } from './qualifiers';
import { sideOfModifiers } from './sides';
import { isNumberWord } from './spelled';
import type { Outcome, verbBefore } from './verbs';
import type { Word } from './words';

/**
 * What the rules of classify.ts, rules.ts and gs-list.ts share: the candidate figure they build,
 * what they may look at for one number, and the helpers that fill a candidate's fields.
 */

/** A figure found by the rules, before side, claimant and date are attached. */
export interface Candidate {
  start: number;
  end: number;
  metric: Metric;
  /** A second measure the wording allows ("lost 500 troops": also killed), see FigureMention. */
  alsoMetric?: Metric;
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
  /** A vague magnitude ("thousands of"): value is null and this is the power of ten. */
  approx?: number;
  /**
   * The tense of the figure's own loss verb: "perfect" ("have been killed") states a running
   * total, "simple" ("were killed", "destroyed 30 tanks") an event, which a day named in the
   * sentence dates; undefined when the figure has no verb of its own.
   */
  tense?: Tense;
  /** The figure has no verb of its own and stands in a list ("…, 167 aircraft and …"). */
  listed?: boolean;
  /** A line of the General Staff's list ("tanks ‒ 3,604"): later lines share its side. */
  dash?: boolean;
  /** A day's increase after a total ("(+9)"): one day's losses, dated like its total. */
  increment?: boolean;
  /** A group listed inside the previous figure ("…, including 10 children"): "and" goes on. */
  listedPeople?: boolean;
  /** Read by its loss noun before the number ("the death toll rose to 40"): it has no noun. */
  trailing?: boolean;
}

export type Tense = 'perfect' | 'simple';

/** The tense of a loss verb, if there is one. */
export function tenseOf(verb: { perfect: boolean } | undefined): Tense | undefined {
  return verb ? (verb.perfect ? 'perfect' : 'simple') : undefined;
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
  /** The previous figure is a line of a General Staff list that ended shortly before. */
  inDashList?: boolean;
  /** Whether the whole page is about a war (many war words): computed once, on first use. */
  pageWar?: () => boolean;
}

export interface Parts {
  ctx: TokenContext;
  q: QualifierMatch;
  before: Word[];
  right: Word[];
  verb: ReturnType<typeof verbBefore>;
  /**
   * The words before the number (without its hedge) in a window twice as wide, read on demand:
   * "the number of Ukrainian soldiers killed in the fighting in the border region has exceeded
   * 20,800" names its loss noun far from the number.
   */
  wideBefore?: () => Word[];
}

/** The war context of a figure: its sentence's words, or those of the sentence before. */
export function inWar(ctx: TokenContext, fighting = false): boolean {
  const test = fighting ? hasFightingContext : hasWarContext;
  if (test(ctx.sentenceWords()) || test(ctx.previousWords())) return true;
  // A report's later sentences need not name the war again ("According to Bogner, there have
  // been 5,996 documented deaths"): a page full of war words is context enough.
  if (ctx.pageWar?.()) return true;
  // "killed since February 2022": the start of a war dates the count as a war's.
  const { text, sentence } = ctx;
  return WAR_START_RE.test(text.slice(sentence.start, sentence.end));
}

const WAR_START_RE =
  /\b(?:since|from)[ \u00a0]+(?:(?:24[ \u00a0]+)?Feb(?:ruary|\.)?(?:[ \u00a0]+24)?,?[ \u00a0]+2022|Oct(?:ober|\.)?[ \u00a0]+7(?:,?[ \u00a0]+2023)?)\b/i;

/** The figure's fields that come from its number and hedge. */
export function base(p: Parts, end: number, metric: Metric, start = p.q.start): Candidate {
  const { token } = p.ctx;
  const range = token.high !== undefined;
  // A vague magnitude is an estimate even when nothing hedges it.
  const vague = token.approx && p.q.qualifier === 'exact';
  return {
    start,
    end,
    metric,
    unit: token.percent ? 'percent' : 'count',
    value: range || token.approx ? null : token.value,
    ...(range ? { low: token.value, high: token.high } : {}),
    ...(token.approx ? { approx: token.value } : {}),
    qualifier: vague ? 'about' : p.q.qualifier,
    agentive: false,
  };
}

/** Index of the first word of a noun phrase after the number: past "of" after "thousands". */
export function nounStart(p: Parts): number {
  // "intercepted 8 out of 9 Russian drones", "eight of nine Shahed drones": the whole's noun.
  const whole = (w: Word | undefined) => /^\d/.test(w?.norm ?? '') || isNumberWord(w?.norm ?? '');
  if (p.right[0]?.norm === 'out' && p.right[1]?.norm === 'of' && whole(p.right[2])) return 3;
  if (p.right[0]?.norm === 'of' && whole(p.right[1])) return 2;
  // "509 of the 613 people were killed".
  if (p.right[0]?.norm === 'of' && p.right[1]?.norm === 'the' && whole(p.right[2])) return 3;
  if (p.right[0]?.norm !== 'of') return 0;
  // "Fifty-five of those tanks were lost": a part of a group already counted.
  if (DETERMINERS.has(p.right[1]?.norm ?? '') && !/^\d/.test(p.right[2]?.norm ?? '')) return 2;
  // "thousands of troops"; "1,351 of its soldiers" (but "25 of 30 drones" is a share).
  return p.ctx.token.approx || POSSESSIVES.has(p.right[1]?.norm ?? '') ? 1 : 0;
}

const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);
const DETERMINERS = new Set(['those', 'these', 'the']);

/** A candidate with the side its noun's modifiers name, the people it counts and its verb. */
export function withNoun(
  c: Candidate,
  np: NounPhrase,
  agentive: boolean,
  outcome?: Outcome,
): Candidate {
  const own =
    np.noun.kind === 'civilians' || np.noun.kind === 'personnel' ? np.noun.side : undefined;
  const side = sideOfModifiers(np.modifiers) ?? own;
  // Set one by one, in the order spreads would add them: a spread of a small object made for
  // each optional field cost more than the copy of the candidate.
  const out: Candidate = { ...c };
  if (side) out.side = side;
  out.agentive = agentive;
  if (np.noun.kind !== 'equipment') out.people = np.noun;
  if (outcome) out.outcome = outcome;
  return out;
}
