import type { Metric } from '../../core/vocabulary';
import { claimantIn } from './claimants';
import { type Ctx, LIST_REACH } from './context';
import type { Outcome, People } from './lexicon';
import { isEquipmentLoss, isNotLoss, lossKind, outcomeOfVerb } from './loss-verbs';
import { once, type SlavicSentence } from './sentences';
import type { Tok } from './tokens';

/**
 * Whom a count of people counts and what happened to them: the outcome its words or verbs name
 * ("загинули", "отримали поранення", "убитими и ранеными"), the people of the sentence when the
 * noun says only "людей", and the metric of the two together.
 */

/** "кількість загиблих … зросла до 30": a toll whose noun came before the number. */
const TOLL =
  /(?:кількість|число|количество|кол-во) (?:[\p{L}'-]+,? ){0,2}?(?:загиблих|погибших|жертв|убитых|вбитих|поранених|раненых|постраждалих|пострадавших)/u;

/** "втрати російських сил … досягли 5840", "Потери ВСУ … составили 76 тысяч": killed and wounded. */
const LOSSES = /(?<![\p{L}])(?:втрати|потери)(?![\p{L}])/u;

function tollOutcome(folded: string): Outcome | undefined {
  const m = TOLL.exec(folded);
  if (!m) return LOSSES.test(folded) ? 'lost' : undefined;
  return /загибл|погибш|жертв|убит|вбит/.test(m[0]) ? 'killed' : 'wounded';
}

// "обмінний фонд" (the prisoners held for exchange) grows by captures: no exchange is told.
const EXCHANGE =
  /обмін(?!н\p{L}* фонд)|обмен(?!н\p{L}* фонд)|повернул|повернути|повертаємо|повертаються|вернули|вернуть|возвращ|звільнил|освобод/u;

/** The sentence, or the one before it, tells of a prisoner exchange. */
export function exchanged(ctx: Ctx, index: number, s: SlavicSentence): boolean {
  const prev = ctx.sentences[index - 1];
  return (
    once(s, 'exchange', () => EXCHANGE.test(s.folded)) ||
    (!!prev && once(prev, 'exchange', () => EXCHANGE.test(prev.folded)))
  );
}

/** Verbs that count what there is: a count of the dead they name is still a toll. */
const COUNTING = /^(?:налічу|насчитыва|має|мае|имеет|мали|имели)/;

/**
 * A verb of delivery, production or exchange nearer before the number than any loss word; a verb
 * of counting only when the number counts no loss of its own (`lossNoun`: "налічує 500 загиблих").
 */
export function notLossBefore(
  toks: readonly Tok[],
  from: number,
  i: number,
  lossNoun = false,
): boolean {
  for (let j = i - 1; j >= from && j >= i - 8; j--) {
    const tok = toks[j] as Tok;
    if (tok.kind !== 'w') continue;
    if (isEquipmentLoss(tok.norm) || outcomeOfVerb(tok.norm)) return false;
    // "отримали поранення", "получили ранения": receiving a wound is a loss. Asked only of a
    // verb of no loss (most words are none).
    if (isNotLoss(tok.norm) && !woundNear(toks, j) && !(lossNoun && COUNTING.test(tok.norm)))
      return true;
  }
  return false;
}

/** A word of loss right after token `j`, or among the four before it. */
function woundNear(toks: readonly Tok[], j: number): boolean {
  for (const k of [-1, 1, 2, 3, 4]) {
    const t = toks[j - k];
    if (t?.kind === 'w' && outcomeOfVerb(t.norm)) return true;
  }
  return false;
}

/** The loss the sentence's verbs name: right after the phrase, else the nearest before, else after. */
/** "убитыми и ранеными", "убиты или ранены": killed and wounded counted together. */
const CASUALTY_PAIR =
  /(?:убит|вбит|загибл|погибш|погибл|вбил|убил|ліквідован|ликвидированн)\p{L}*(?:,? (?:и|та|і|й|или|або|чи)|,) (?:важко|тяжело|легко)?(?:поранен|ранен|поранил|ранил)/u;

/** The sentence counts the killed and the wounded together ("вбитими і пораненими"). */
export const namesBoth = (s: SlavicSentence): boolean =>
  once(s, 'casualty pair', () => CASUALTY_PAIR.test(s.folded));

export function verbOutcome(
  toks: readonly Tok[],
  s: SlavicSentence,
  i: number,
  after: number,
): Outcome | undefined {
  if (namesBoth(s)) return 'lost';
  const direct = /^(?:[—–‒-]|було|були|было|были|є)$/.test(toks[after]?.norm ?? '')
    ? after + 1
    : after;
  const right = outcomesAt(toks, direct, s.to);
  // "убитими та пораненими": killed and wounded together are casualties.
  if (right.length > 1) return 'lost';
  if (right[0]) return right[0];
  for (let j = i - 1; j >= s.from; j--) {
    const tok = toks[j] as Tok;
    // "противник остался без 220 военнослужащих", "залишився без 300 бійців": lost them.
    if (tok.norm === 'без' && /^(?:остал|осталс|залиш)/.test(toks[j - 1]?.norm ?? ''))
      return 'lost';
    // "скоротили чисельність російської армії на 29,7 тисячі": the army's losses.
    if (
      /^(?:скороти|сократи)/.test(tok.norm) &&
      /^(?:чисельн|численн)/.test(toks[j + 1]?.norm ?? '')
    )
      return 'lost';
    const o = tok.kind === 'w' ? outcomeOfVerb(tok.norm) : undefined;
    // "безповоротні втрати" are the killed, "санітарні втрати" the wounded.
    if (o === 'lost') return lossKind(toks[j - 1]?.norm) ?? o;
    if (o) return o;
  }
  for (let j = after; j < s.to; j++) {
    const tok = toks[j] as Tok;
    if (tok.kind === 'd') break;
    const o = tok.kind === 'w' ? outcomeOfVerb(tok.norm) : undefined;
    if (o) return o;
  }
  return undefined;
}

/**
 * The losses named right after a counted phrase: "загинули", "отримали поранення", "убитими та
 * пораненими" (two: casualties).
 */
export function outcomesAt(toks: readonly Tok[], from: number, to: number): Outcome[] {
  let j = from;
  const at = (k: number) =>
    k < to && toks[k]?.kind === 'w' ? outcomeOfVerb((toks[k] as Tok).norm) : undefined;
  const receive =
    /^(?:отримали|отримав|отримала|дістали|дістав|зазнали|зазнав|получили|получил|получила|попали|попал|попала|потрапили|потрапив|потрапила)$/;
  // "200 попали в плен", "потрапили в полон": the loss after a preposition.
  const into = /^(?:в|у)$/.test(toks[j + 1]?.norm ?? '') ? j + 2 : j + 1;
  // "77 143 російських військових, загиблих від початку…": a participle after a comma.
  if (
    toks[j]?.norm === ',' &&
    toks[j + 1]?.kind === 'w' &&
    /(?:их|ых)$/.test(toks[j + 1]?.norm ?? '')
  )
    j++;
  // "одна людина, за попередніми даними, загинула": a parenthesis between the people and the verb.
  else if (toks[j]?.norm === ',') {
    let k = j + 1;
    while (k < to && k < j + 6 && toks[k]?.kind === 'w') k++;
    if (k > j + 1 && toks[k]?.norm === ',' && at(k + 1)) j = k + 1;
  }
  const received = receive.test(toks[j]?.norm ?? '');
  const first =
    at(j) ?? (received ? (at(into) ?? stress(toks, j + 1)) : undefined) ?? soughtHelp(toks, j, to);
  if (!first) return [];
  const joined = /^(?:та|і|й|и)$/.test(toks[j + 1]?.norm ?? '') ? at(j + 2) : undefined;
  return joined && joined !== first ? [first, joined] : [first];
}

/** "отримали гостру реакцію на стрес", "получили острые реакции на стресс": people hurt. */
function stress(toks: readonly Tok[], j: number): Outcome | undefined {
  return /^(?:гостр|остр)/.test(toks[j]?.norm ?? '') && /^реакц/.test(toks[j + 1]?.norm ?? '')
    ? 'wounded'
    : undefined;
}

/** "звернулися за медичною допомогою" (по медичну допомогу), "обратились за медпомощью": hurt. */
function soughtHelp(toks: readonly Tok[], j: number, to: number): Outcome | undefined {
  if (j + 2 >= to || !/^(?:звернул|звернув|обратил|обратили)/.test(toks[j]?.norm ?? '')) return;
  if (!/^(?:за|по)$/.test(toks[j + 1]?.norm ?? '')) return undefined;
  const help = [toks[j + 2]?.norm, toks[j + 3]?.norm].join(' ');
  return /^(?:медичн\S* допомог|меддопомог|медицинск\S* помощ|медпомощ)/.test(help)
    ? 'wounded'
    : undefined;
}

const MILITARY =
  /(?<![\p{L}])(?:потер(?!п)|втрат|арми|військов|солдат|армі|армии|зсу|всу|окупант|оккупант|фронт|бойов|боев|противник|ворог|бригад|полк|батальйон|батальон|военнослуж|личн|особов|вагнер|мобілізован|мобилизован|бійц|бойц|десант|військ|войск|военн|(?:на|ходе|зоне) (?:сво|специальной военной операции)(?![\p{L}]))/u;
// Stems open a word: "державних" holds "удар" but tells of no strike.
const CIVILIAN =
  /(?<![\p{L}])(?:вбил|вбив|убил|убив|поранил|ранил|удар|атак|ракет|дрон|беспилот|безпілот|шахед|мирн|цивільн|гражданск|жител|мешканц|дітей|детей|дитин|ребен|обстріл|обстрел|населен|житлов|багатоповерх|многоэтаж|агресі|агресс|ракетн\S* удар|удар\S* по |атак\S* (?:рф|росі|дрон|ракет|безпілот)|обірвав|оборвал|місцев\S* влад|местн\S* власт|мер |голова )/u;
/** Regional "military administrations" run towns: their name says nothing about soldiers. */
const ADMINISTRATION = /військов\S* адміністрац\S*|военн\S* администрац\S*/g;

/** Sources that count soldiers: the ministries of defence, the counts of the named dead. */
const MILITARY_SOURCES = new Set(['ru-mod', 'ua-general-staff', 'mediazona-meduza', 'bbc-russian']);

/** Whom a sentence's own words say its people are, if they say. */
function leaning(folded: string): People | undefined {
  const text = folded.replace(ADMINISTRATION, ' ');
  if (CIVILIAN.test(text)) return 'civilians';
  const source = claimantIn(text);
  if (MILITARY.test(text) || (source && MILITARY_SOURCES.has(source))) return 'personnel';
  return undefined;
}

/** How many sentences back a sentence that names no one borrows its people from. */
const PEOPLE_REACH = 3;

/**
 * Whom a sentence's unnamed people are ("5 загиблих", "25 людей"), read once per sentence: its
 * own words', else those of the nearest sentence before that says ("Росія свої втрати не
 * розкриває. … тоді заявляли про 5937 загиблих"), else civilians.
 */
export const contextPeople = (s: SlavicSentence): People =>
  once(s, 'people', () => {
    let k: SlavicSentence | undefined = s;
    for (let n = 0; k && n <= PEOPLE_REACH && s.start - k.end < LIST_REACH; n++, k = k.prev) {
      const sentence: SlavicSentence = k;
      const lean = once(sentence, 'leaning', () => leaning(sentence.folded));
      if (lean) return lean;
    }
    return 'civilians';
  });
export const tollOf = (s: SlavicSentence) => once(s, 'toll', () => tollOutcome(s.folded));

/** The metric of people counted with an outcome; `context` stands in for "people" in general. */
export function peopleMetric(
  people: People,
  outcome: Outcome,
  context: People,
): Metric | undefined {
  const kind = people === 'generic' ? context : people;
  // Children wounded are civilians injured: the vocabulary counts only children killed apart.
  if (kind === 'children')
    return outcome === 'killed'
      ? 'children_killed'
      : outcome === 'wounded'
        ? 'civilians_injured'
        : undefined;
  if (kind === 'civilians') {
    if (outcome === 'killed') return 'civilians_killed';
    if (outcome === 'wounded') return 'civilians_injured';
    return undefined;
  }
  // "уничтожено 40 человек личного состава": a verb that says killed wins over the noun.
  if (kind === 'casualties' && outcome === 'killed') return 'personnel_killed';
  if (kind === 'casualties' || outcome === 'lost') return 'personnel_casualties';
  const metrics: Record<Outcome, Metric> = {
    killed: 'personnel_killed',
    wounded: 'personnel_wounded',
    captured: 'personnel_captured',
    missing: 'personnel_missing',
    lost: 'personnel_casualties',
  };
  return metrics[outcome];
}

/** The loss a figure's metric names, for the parts that detail it ("з них 5 дітей"). */
export function outcomeOfMetric(metric: Metric): Outcome | undefined {
  if (/_killed$/.test(metric)) return 'killed';
  if (/_(?:injured|wounded)$/.test(metric)) return 'wounded';
  if (metric === 'personnel_captured') return 'captured';
  if (metric === 'personnel_missing') return 'missing';
  if (metric === 'personnel_casualties') return 'lost';
  return undefined;
}
