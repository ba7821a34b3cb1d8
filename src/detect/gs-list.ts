import type { Metric } from '../core/vocabulary';
import type { Candidate, Parts, TokenContext } from './candidate';
import { hasLossWord } from './context';
import { type NounClass, nounPhraseEndingAt } from './metrics';
import { sideOfModifiers } from './sides';

/**
 * The General Staff's daily list, which articles copy line by line:
 *   The total combat losses of the enemy from 24.02.22 to 26.03.23 were approximately:
 *   personnel ‒ about 171,490 (+620) persons were liquidated,
 *   tanks ‒ 3,604 (+9), …
 * Each line names the metric before its number, after a dash or colon, and adds the day's
 * increase in brackets. The noun-first shape is rare outside such lists, so a line counts only
 * under a loss word (in its sentence or the one before) or right after another such line.
 */

const DASHES = new Set(['‒', '–', '—', '-', ':', '―']);

/** "tanks ‒ 3,604": the figure of one line of the list, or undefined. */
export function dashRule(p: Parts): Candidate | undefined {
  const dash = p.before.at(-1);
  if (!dash || !DASHES.has(dash.norm)) return undefined;
  const np = nounPhraseEndingAt(p.before, p.before.length - 1);
  const metric = np && lineMetric(np.noun);
  if (!np || !metric) return undefined;
  const { ctx } = p;
  // "these losses—15,051 units—were destroyed", "losses – up to 90 percent of their equipment":
  // a word after the number says what it counts, so the line's noun does not.
  const next = p.right[0]?.norm ?? '';
  if (np.noun.kind === 'loss' && (/^\p{L}/u.test(next) || ctx.token.percent)) return undefined;
  const listed =
    ctx.inDashList || hasLossWord(ctx.sentenceWords()) || hasLossWord(ctx.previousWords());
  if (!listed) return undefined;
  const range = ctx.token.high !== undefined;
  const side = sideOfModifiers(np.modifiers);
  return {
    start: np.start ?? p.q.start,
    end: ctx.token.end,
    metric,
    unit: ctx.token.percent ? 'percent' : 'count',
    value: range ? null : ctx.token.value,
    ...(range ? { low: ctx.token.value, high: ctx.token.high } : {}),
    qualifier: p.q.qualifier,
    ...(side ? { side } : {}),
    agentive: false,
    tense: 'perfect',
    dash: true,
  };
}

/** What a line's noun counts: the General Staff's "personnel" are its killed and wounded. */
function lineMetric(noun: NounClass): Metric | undefined {
  if (noun.kind === 'equipment' || noun.kind === 'loss') return noun.metric;
  if (noun.kind === 'personnel') return 'personnel_casualties';
  return undefined;
}

/**
 * "3,604 (+9)", "790 tanks (+14)": the day's increase right after a total, with its metric and
 * side. 'no' when the number is not written "+N" (the caller goes on with the other rules);
 * undefined when it is, but is not such an increase.
 */
export function incrementRule(ctx: TokenContext): Candidate | undefined | 'no' {
  const { text, token, previous } = ctx;
  if (text[token.start - 1] !== '+') return 'no';
  if (text[token.start - 2] !== '(' || text[token.end] !== ')') return undefined;
  if (!previous || token.high !== undefined || token.percent || token.value === 0) return undefined;
  if (!/^[ \u00a0]*$/.test(text.slice(previous.end, token.start - 2))) return undefined;
  return {
    start: token.start - 1,
    end: token.end,
    metric: previous.metric,
    ...(previous.side ? { side: previous.side } : {}),
    unit: 'count',
    value: token.value,
    qualifier: 'exact',
    agentive: false,
    increment: true,
    ...(previous.dash ? { dash: true } : {}),
  };
}
