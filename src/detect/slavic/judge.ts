import type { Qualifier } from '../../core/vocabulary';
import { type Ctx, type Draft, push } from './context';
import { figureSide } from './figure-side';
import { hedgeBefore } from './hedges';
import { dashLine } from './lists';
import { middleEastReading } from './middle-east';
import { noCountAt, rateEnd } from './non-figures';
import { readNumber, type SlavicNumber } from './numbers';
import { countedPhrase } from './phrase';
import { readPhrase } from './read-phrase';
import type { Reading } from './reading';
import type { SlavicSentence } from './sentences';
import type { Tok } from './tokens';
import { riseBefore } from './tolls';

/**
 * Judges the number `num` at token `i` of sentence `s`: a list's line, a counted phrase, or no
 * figure. Pushes what it finds and returns the index after it, if any.
 */
export function judge(
  ctx: Ctx,
  index: number,
  s: SlavicSentence,
  i: number,
  num: SlavicNumber,
): number | undefined {
  const { toks } = ctx;
  const last = ctx.found.at(-1);
  if (last && num.start < last.mention.end) return undefined;
  // "11 з 16 шахедів", "120 зі 150 дронів": N of M counts N (M were launched, not lost).
  const of = /^(?:з|зі|із|из)$/.test(toks[num.next]?.norm ?? '')
    ? readNumber(ctx.text, toks, num.next + 1)
    : undefined;
  if (of && num.value !== null && of.value !== null && num.value <= of.value) {
    return judge(ctx, index, s, i, { ...num, end: of.end, next: of.next });
  }
  const before = wordsBefore(toks, s.from, i);
  if (noCountAt(ctx, s.from, i, num, before)) return undefined;
  const { grown, hedged } = riseBefore(toks, before, i, num);
  const hedge = hedged ? hedgeBefore(before.slice(-1)) : grown ? undefined : hedgeBefore(before);
  const hedgeFrom = hedge ? i - hedge.used : i;
  const qualifier: Qualifier = hedge?.qualifier ?? (num.approx !== undefined ? 'about' : 'exact');
  const line = dashLine(ctx, index, s, hedgeFrom, num, qualifier);
  if (line) return line;
  const reading = readPhrase(ctx, index, s, i, num, grown);
  if (!reading) return undefined;
  const draft = { start: (toks[hedgeFrom] as Tok).start, qualifier, num };
  return rateEnd(ctx, s, reading.next) ?? record(ctx, index, s, hedgeFrom, reading, draft);
}

/** The folded words right before token `i` in its sentence (at most three), for the hedge. */
function wordsBefore(toks: readonly Tok[], from: number, i: number): string[] {
  const words: string[] = [];
  for (let j = i - 1; j >= from && words.length < 3; j--) {
    const t = toks[j] as Tok;
    if (t.kind !== 'w') break;
    words.unshift(t.norm);
  }
  // "від 100 до 150" is a range, not "up to 100".
  return words.at(-1) === 'від' || words.at(-1) === 'от' ? [] : words;
}

/** Pushes the figure read from token `spanFrom`; returns the index after it (or its sharer). */
function record(
  ctx: Ctx,
  index: number,
  s: SlavicSentence,
  spanFrom: number,
  reading: Reading,
  head: Pick<Draft, 'start' | 'qualifier' | 'num'>,
): number {
  const east = ctx.middleEast ? middleEastReading(ctx, s, spanFrom, reading) : undefined;
  const side = east?.side ?? figureSide(ctx, index, s, spanFrom, reading);
  const draft = {
    start: head.start,
    end: reading.end,
    metric: east?.metric ?? reading.metric,
    side,
    ...(east?.area ? { area: east.area } : {}),
    qualifier: head.qualifier,
    num: head.num,
    ...(reading.alsoMetric ? { alsoMetric: reading.alsoMetric } : {}),
  };
  push(ctx, index, s, draft, false, reading.people);
  return shared(ctx, index, s, reading.next, draft) ?? reading.next;
}

/** "по одному кораблю та підводному човну": a second noun shares the number of the first. */
function shared(
  ctx: Ctx,
  index: number,
  s: SlavicSentence,
  next: number,
  draft: Draft,
): number | undefined {
  const { toks } = ctx;
  if (toks[s.from]?.norm !== 'по' || !/^(?:та|і|и|й)$/.test(toks[next]?.norm ?? '')) return;
  const phrase = countedPhrase(ctx.text, toks, next + 1, s.to);
  if (!phrase?.equipment) return undefined;
  const start = (toks[next + 1] as Tok).start;
  push(ctx, index, s, { ...draft, start, end: phrase.end, metric: phrase.equipment }, false);
  return phrase.next;
}
