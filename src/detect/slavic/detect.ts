import type { IsoDate } from '../../core/vocabulary';
import type { FigureMention } from '../types';
import { overPlaces } from './breakdowns';
import { type Ctx, type Found, UKRAINIAN_SOURCE } from './context';
import { judge } from './judge';
import type { Block } from './language';
import { increment } from './lists';
import { MIDDLE_EAST } from './middle-east';
import { noFigureSentence } from './non-figures';
import { readNumber } from './numbers';
import { type SlavicSentence, splitSentences } from './sentences';
import type { EnemyOf } from './sides';
import type { Tok } from './tokens';

/**
 * Finds loss figures in the Ukrainian and Russian blocks of a text (see docs/DETECTION-UK-RU.md):
 * a number followed by its counted noun ("790 танків"), a line of the General Staff's list
 * ("танків ‒ 790 (+17) од."), the day's increase after a total ("(+17)"), and a number whose
 * noun is left out after a first figure ("ліквідовано 110 окупантів, ще 160 поранено"). Pure and
 * linear: each block is tokenised once and each number judged from its sentence.
 */
export function detectSlavic(
  text: string,
  blocks: readonly Block[],
  pageDate: IsoDate,
): FigureMention[] {
  const out: FigureMention[] = [];
  for (const block of blocks) out.push(...detectBlock(text, block, pageDate));
  return out;
}

function detectBlock(text: string, block: Block, pageDate: IsoDate): FigureMention[] {
  const { toks, sentences } = splitSentences(text, block.start, block.end);
  const blockText = text.slice(block.start, block.end).toLowerCase();
  const enemy: EnemyOf =
    block.lang === 'ru' && !UKRAINIAN_SOURCE.test(blockText) ? 'ukraine' : 'russia';
  const ctx: Ctx = {
    text,
    toks,
    sentences,
    pageDate,
    enemy,
    lang: block.lang === 'ru' ? 'ru' : 'uk',
    found: [],
    namedDead: /медиазон|медіазон/.test(blockText) || SVO_DEAD.test(blockText),
    middleEast: MIDDLE_EAST.test(text.slice(block.start, block.end)),
  };
  sentences.forEach((s, index) => {
    if (noFigureSentence(s.folded)) return;
    bothAmong(ctx, index, s);
    for (let i = s.from; i < s.to; i++) {
      const next = visit(ctx, index, s, i);
      if (next !== undefined) i = next - 1;
    }
  });
  return ctx.found.map((f) => f.mention);
}

/** "погибли в ходе СВО", "гибели … на СВО": Russia's soldiers, in the Russian name of the war. */
const SVO_DEAD =
  /(?:погиб|гибел|загин|загибл)[^.]{0,80}(?:(?:на|в ходе|в зоне|зоне|участник\S*) (?:сво|специальной военной операции|спецоперации))(?![\p{L}])/u;

/** "Серед них убиті та поранені", "Среди них убитые и раненые": a sentence naming both. */
const BOTH_AMONG =
  /^[«"„]?(?:серед|среди|з|із|из) них (?:\S+ )?(?:убит|вбит|загибл|погибш)\p{L}* (?:і|и|та|й) (?:важко|тяжело)?(?:поранен|ранен)/u;

/**
 * "Загалом було знищено понад 92 000 осіб… Серед них убиті та поранені": the soldiers just
 * counted as killed are the killed and wounded together.
 */
function bothAmong(ctx: Ctx, index: number, s: SlavicSentence): void {
  if (!BOTH_AMONG.test(s.folded)) return;
  for (let k = ctx.found.length - 1; k >= 0; k--) {
    const f = ctx.found[k] as Found;
    if (f.sentence !== index - 1) break;
    if (f.mention.metric === 'personnel_killed') f.mention.metric = 'personnel_casualties';
  }
}

/** Judges the token at `i`; returns the index after the figure found there, if any. */
function visit(ctx: Ctx, index: number, s: SlavicSentence, i: number): number | undefined {
  const { toks, text } = ctx;
  const tok = toks[i] as Tok;
  if (tok.norm === '+') return increment(ctx, index, i);
  const before = toks[i - 1]?.norm;
  if (tok.kind === 'p' || before === '№' || before === '#') return undefined;
  // "по одному самолету": one each, a distribution, not a count; but a list's line "по одному
  // кораблю та підводному човну" counts one of each.
  // "І по одному – над Курською і Липецькою областями": one over each place is a breakdown's item.
  if (
    tok.kind === 'w' &&
    toks[i - 1]?.norm === 'по' &&
    !(i - 1 === s.from && s.lineStart) &&
    !overPlaces(toks, i + 1, s.to)
  )
    return undefined;
  const num = readNumber(text, toks, i);
  if (!num) return undefined;
  const figure = judge(ctx, index, s, i, num);
  // A number that is no figure is skipped whole: "10 000" is not also "000".
  return figure ?? num.next;
}
