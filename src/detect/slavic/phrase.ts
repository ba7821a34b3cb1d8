import type { Metric } from '../../core/vocabulary';
import {
  type Head,
  headOf,
  isMeasureWord,
  isModifier,
  modifiedHead,
  type Outcome,
  type People,
} from './lexicon';
import { foldWord, type Tok } from './tokens';

/**
 * The counted noun phrase after a number: "790 танків", "20 600 російських військових",
 * "2112 единиц специальной военной автомобильной техники", "2337 танков и других боевых
 * бронированных машин" (one combined metric), "20,6 тис. осіб особового складу".
 */
export interface CountedPhrase {
  /** One past the phrase's last token, and its end offset. */
  next: number;
  end: number;
  equipment?: Metric;
  people?: People;
  outcome?: Outcome;
  /** The equipment was named by its own word ("танків"), not by a modified one ("систем"). */
  named?: boolean;
  /** Every word of the phrase (modifiers included), folded. */
  words: string[];
}

const PEOPLE_RANK: Record<People, number> = {
  generic: 0,
  personnel: 1,
  casualties: 2,
  civilians: 3,
  children: 4,
};
const MAX_WORDS = 6;

/** Continuations that belong to the phrase and may change its metric. */
const CONTINUATIONS: { after: RegExp; re: RegExp; metric?: Metric; outcome?: Outcome }[] = [
  {
    // "танків і бронемашин", "танков и других боевых бронированных машин", "танков и иной
    // бронетехники", "танков и боевых машин пехоты": tanks and the other armour, one figure.
    after: /^танк/,
    re: /^(?: (?:і|и|та)|,) (?:(?:інш|друг|ин)\p{L}* )?(?:(?:бойов|боев|броньован|бронирован)\p{L}* ){0,3}(?:машин\p{L}*(?: (?:піхоти|пехоты))?|бронемашин\p{L}*|ббм|бронетехн\p{L}*)(?:,? (?:і|и|та) (?:бронетранспортер\p{L}*|бтр))?/u,
    metric: 'tanks_and_armored_vehicles',
  },
  {
    after: /^(?:оруди|гармат)/,
    re: /^(?: (?:полевой|польової) (?:артиллерии|артилерії))?(?: (?:и|та|і) (?:миномет|міномет|миномёт)\p{L}*)?/u,
  },
  { after: /^(?:зникл|пропавш)/, re: /^ (?:безвісти|без вести)/ },
  { after: /^(?:особового|личного)/, re: /^ (?:складу|состава)/ },
  { after: /^(?:живої|живой)/, re: /^ (?:сили|силы)/ },
  {
    after: /^(?:солдат|військовослужбовц|военнослужащ)/,
    re: /^ (?:і|та|и) (?:офіцер|офицер|сержант)\p{L}*/u,
  },
  { after: /^(?:людей|осіб|человек)/, re: /^ (?:з|із|из) (?:особового складу|личного состава)/ },
  {
    after: /^(?:засоб|средств)/,
    re: /^ (?:протиповітряної|противовоздушной) (?:оборони|обороны)/,
  },
  { after: /^(?:систем)/, re: /^ (?:залпового) (?:вогню|огня)/ },
  {
    after: /^(?:машин)/,
    re: /^ (?:реактивн\p{L}*) (?:систем\p{L}*) (?:залпового) (?:вогню|огня)/u,
    metric: 'mlrs',
  },
  { after: /^(?:машин)/, re: /^ (?:піхоти|пехоты)/ },
  {
    after: /^(?:убит|вбит|загибл|погибш|поранен|ранен)/,
    re: /^(?:,? (?:і|и|та|й|или|або|чи)|,) (?:пораненими|ранеными|вбитими|убитими|полоненими|пленными)(?:,? (?:і|и|та|й) (?:полоненими|пленными|зниклими безвісти|пропавшими без вести))?/,
    outcome: 'lost',
  },
  { after: /^(?:корабл)/, re: /^ ?(?:і|и|та|\/) ?катер\p{L}*/u },
  {
    after: /^(?:станц)/,
    re: /^ (?:радіоелектронн|радиоэлектронн|радіолокаційн|радиолокационн)\p{L}*(?: (?:і|и|та) контрбатарейн\p{L}*)?(?: (?:боротьби|борьбы|розвідки|разведки))?/u,
  },
  { after: /^(?:автомобіл|автомобил)/, re: /^ (?:і|и|та) автоцистерн\p{L}*/u },
  { after: /^(?:технік|техник)/, re: /^ (?:і|и|та) автоцистерн\p{L}*/u },
];

export function countedPhrase(
  text: string,
  toks: readonly Tok[],
  from: number,
  to: number,
): CountedPhrase | undefined {
  const words: string[] = [];
  const modifiers: string[] = [];
  let found: CountedPhrase | undefined;
  // "понад 80 "українських дронів"": quotation marks a report keeps at arm's length.
  let j = /^["«„“]$/.test(toks[from]?.norm ?? '') && toks[from + 1]?.kind === 'w' ? from + 1 : from;
  for (; j < to && words.length < MAX_WORDS; j++) {
    const tok = toks[j] as Tok;
    if (tok.norm === '.' && toks[j - 1]?.norm === 'од' && tok.start === toks[j - 1]?.end) continue;
    if (tok.kind !== 'w') break;
    const next = toks[j + 1]?.kind === 'w' ? toks[j + 1]?.norm : undefined;
    const direct = headOf(tok.norm);
    const modified = equipmentHead(tok.norm, modifiers, next);
    // "автомобильной спецтехники": a modifier may narrow a named kind to another metric.
    const head: Head | undefined =
      direct?.kind === 'equipment' && modified ? modified : (direct ?? modified);
    if (head && joins(found, head, direct !== undefined)) {
      found = merge(found, head, j, tok.end);
      if (head.kind === 'equipment' && !found.named) found.named = direct !== undefined;
      words.push(tok.norm);
      // "установок РСЗО", "засобів ППО": the word after names the equipment and is part of it.
      continue;
    }
    // "полонених російських військових": a modifier may stand between two people words.
    if (found && !(isModifier(tok.norm) && !found.equipment && nextIsPeople(toks, j + 1))) break;
    if (isMeasureWord(tok.norm) || isModifier(tok.norm)) {
      modifiers.push(tok.norm);
      words.push(tok.norm);
      continue;
    }
    break;
  }
  if (!found) return model(toks, from, to);
  if (adjectiveOnly(found, toks)) return undefined;
  found.words = words;
  return extend(text, toks, found);
}

function equipmentHead(
  norm: string,
  modifiers: readonly string[],
  next: string | undefined,
): Head | undefined {
  const metric = modifiedHead(norm, modifiers, next);
  return metric ? { kind: 'equipment', metric } : undefined;
}

/**
 * Whether a head word continues the phrase. Not an owner after equipment ("танків окупантів"),
 * nor a model after a named weapon ("РСЗО HIMARS"), nor a predicate after the people counted
 * ("військових убитими"); but "установок РСЗО", "засобів ППО", "загиблих військових".
 */
function joins(found: CountedPhrase | undefined, head: Head, direct: boolean): boolean {
  if (!found) return true;
  if (found.equipment) return head.kind === 'equipment' && !(found.named && direct);
  if (head.kind === 'outcome') return !found.people;
  return true;
}

/** Adds one head word: equipment outranks people, and the more specific people win. */
function merge(
  found: CountedPhrase | undefined,
  head: Head,
  j: number,
  end: number,
): CountedPhrase {
  const phrase: CountedPhrase = found ?? { next: j + 1, end, words: [] };
  phrase.next = j + 1;
  phrase.end = end;
  if (head.kind === 'equipment') phrase.equipment ??= head.metric;
  else if (head.kind === 'outcome') phrase.outcome ??= head.outcome;
  else if (!phrase.people || PEOPLE_RANK[head.people] > PEOPLE_RANK[phrase.people])
    phrase.people = head.people;
  return phrase;
}

function extend(text: string, toks: readonly Tok[], phrase: CountedPhrase): CountedPhrase {
  const last = phrase.words.at(-1) ?? '';
  // The text after the phrase is folded only for a word some continuation follows (few are).
  let tail: string | undefined;
  for (const c of CONTINUATIONS) {
    if (!c.after.test(last)) continue;
    tail ??= foldWord(text.slice(phrase.end, phrase.end + 90)).replace(/[\u00a0\u202f]/g, ' ');
    const m = c.re.exec(tail);
    if (!m) continue;
    const end = phrase.end + m[0].length;
    let next = phrase.next;
    while ((toks[next]?.end ?? Number.POSITIVE_INFINITY) <= end) next++;
    return {
      ...phrase,
      end,
      next,
      ...(c.metric ? { equipment: c.metric } : {}),
      ...(c.outcome ? { outcome: c.outcome } : {}),
    };
  }
  return phrase;
}

function nextIsPeople(toks: readonly Tok[], j: number): boolean {
  const head = toks[j]?.kind === 'w' ? headOf((toks[j] as Tok).norm) : undefined;
  return head?.kind === 'people';
}

/**
 * "158 военных объектов", "12 військових складів": "военных" was an adjective of a noun that
 * counts no people.
 */
function adjectiveOnly(found: CountedPhrase, toks: readonly Tok[]): boolean {
  if (found.people !== 'personnel' || found.outcome || found.equipment) return false;
  const last = toks[found.next - 1]?.norm ?? '';
  const next = toks[found.next];
  return (
    /^(?:військових|военных|військовий|военный)$/.test(last) &&
    next?.kind === 'w' &&
    /(?:ов|ів|ей|ек|ок|ин|ій|ий|ей|ых|их)$/.test(next.norm) &&
    !headOf(next.norm)
  );
}

/** "два Су-27", "один МиГ-29", "два Ка-52": aircraft and helicopters named by their model. */
function model(toks: readonly Tok[], from: number, to: number): CountedPhrase | undefined {
  const name = toks[from];
  const dash = toks[from + 1];
  const digits = toks[from + 2];
  if (from + 2 >= to || name?.kind !== 'w' || dash?.norm !== '-' || digits?.kind !== 'd')
    return undefined;
  if (dash.start !== name.end || digits.start !== dash.end) return undefined;
  const metric = /^(?:су|миг|міг|ту|ил|іл|як)$/.test(name.norm)
    ? 'aircraft'
    : /^(?:ми|мі|ка)$/.test(name.norm)
      ? 'helicopters'
      : undefined;
  return metric
    ? { next: from + 3, end: digits.end, equipment: metric, named: true, words: [name.norm] }
    : undefined;
}
