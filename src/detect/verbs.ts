import { matchPhrase, matchPhraseEndingAt, phraseTable } from './phrase-table';
import type { Word } from './words';

/**
 * Loss verbs: what happened to the people or things a number counts. After the noun they may
 * follow auxiliaries ("20,600 Russian personnel have been lost"); before the number they are the
 * verb of a clause whose object is the figure ("had lost 1,351 men", "destroyed 30 tanks").
 */

/** What a verb says happened to the counted people or things. */
export type Outcome =
  | 'killed'
  | 'wounded'
  | 'captured'
  | 'missing'
  | 'casualties'
  | 'lost'
  | 'eliminated'
  | 'destroyed';

const AFTER_VERBS = phraseTable<Outcome>([
  ['killed', 'killed'],
  ['dead', 'killed'],
  ['died', 'killed'],
  ['killed in action', 'killed'],
  ['lost their lives', 'killed'],
  ['lost their life', 'killed'],
  ['lost his life', 'killed'],
  ['lost her life', 'killed'],
  ['shot dead', 'killed'],
  ['shot and killed', 'killed'],
  ['martyred', 'killed'],
  ['perished', 'killed'],
  ['slain', 'killed'],
  ['hurt', 'wounded'],
  ['suffered injuries', 'wounded'],
  ['sustaining injuries', 'wounded'],
  ['suffering injuries', 'wounded'],
  ['sustained injuries', 'wounded'],
  ['received injuries', 'wounded'],
  ['suffered wounds', 'wounded'],
  ['among the dead', 'killed'],
  ['among the killed', 'killed'],
  ['among those killed', 'killed'],
  ['among the injured', 'wounded'],
  ['among the wounded', 'wounded'],
  ['eliminated', 'eliminated'],
  ['liquidated', 'eliminated'],
  ['neutralised', 'eliminated'],
  ['neutralized', 'eliminated'],
  ['wounded', 'wounded'],
  ['injured', 'wounded'],
  ['killed or wounded', 'casualties'],
  ['killed and wounded', 'casualties'],
  ['killed or injured', 'casualties'],
  ['killed or maimed', 'casualties'],
  ['killed and maimed', 'casualties'],
  ['killed and injured', 'casualties'],
  ['dead or wounded', 'casualties'],
  ['dead and wounded', 'casualties'],
  ['put out of action', 'casualties'],
  ['taken out of action', 'casualties'],
  ['wounded or killed', 'casualties'],
  ['captured', 'captured'],
  ['surrendered', 'captured'],
  ['surrender', 'captured'],
  ['held captive', 'captured'],
  ['held prisoner', 'captured'],
  ['in captivity', 'captured'],
  ['taken prisoner', 'captured'],
  ['taken captive', 'captured'],
  ['missing', 'missing'],
  ['missing in action', 'missing'],
  ['gone missing', 'missing'],
  ['went missing', 'missing'],
  ['lost', 'lost'],
  ['destroyed', 'destroyed'],
  ['shot down', 'destroyed'],
  ['downed', 'destroyed'],
  ['damaged', 'destroyed'],
  ['sunk', 'destroyed'],
  ['knocked out', 'destroyed'],
]);

const BEFORE_VERBS = phraseTable<Outcome>([
  ...['lost', 'lose', 'loses', 'losing'].map((v): [string, Outcome] => [v, 'lost']),
  ...'killed kill kills killing'.split(' ').map((v): [string, Outcome] => [v, 'killed']),
  // The armies' "eliminated" and "liquidated" count every soldier put out of action, as their
  // "losses" do: killed and wounded (docs/DETECTION.md §3).
  ...'eliminated eliminating eliminate eliminates liquidated liquidating neutralised neutralized neutralising neutralizing'
    .split(' ')
    .map((v): [string, Outcome] => [v, 'eliminated']),
  ...'wounded wounding injured injuring hurting wound wounds injure injures'
    .split(' ')
    .map((v): [string, Outcome] => [v, 'wounded']),
  // "the bodies of 104 civilians", "led to the death of one citizen".
  ['bodies of', 'killed'],
  ['claimed the lives of', 'killed'],
  ['injuries to', 'wounded'],
  ['downing of', 'destroyed'],
  ['the downing of', 'destroyed'],
  ['lives of', 'killed'],
  ['the dead include', 'killed'],
  ['the dead included', 'killed'],
  ['dead include', 'killed'],
  ['loss of', 'lost'],
  ['a loss of', 'lost'],
  ['among the dead are', 'killed'],
  ['among the dead were', 'killed'],
  ['among the injured are', 'wounded'],
  ['among the injured were', 'wounded'],
  ['among the wounded are', 'wounded'],
  ['among the wounded were', 'wounded'],
  ['death of', 'killed'],
  ['deaths of', 'killed'],
  ...['captured', 'capturing', 'capture'].map((v): [string, Outcome] => [v, 'captured']),
  ...'destroyed destroying destroy destroys downed sank sunk'
    .split(' ')
    .map((v): [string, Outcome] => [v, 'destroyed']),
  ['shot down', 'destroyed'],
  ['shooting down', 'destroyed'],
  ['shoots down', 'destroyed'],
  ['downs', 'destroyed'],
  ['take down', 'destroyed'],
  ['took down', 'destroyed'],
  ['taken down', 'destroyed'],
  ['disabled', 'destroyed'],
  ['intercepts', 'destroyed'],
  ['destroys', 'destroyed'],
  ['intercepted', 'destroyed'],
  ['downing', 'destroyed'],
  ['knocked out', 'destroyed'],
  ['took out', 'destroyed'],
  ['taken out', 'destroyed'],
  ['take out', 'destroyed'],
]);

const NOUN_PHRASES = new Set([
  'bodies',
  'death',
  'deaths',
  'among',
  'lives',
  'dead',
  'injuries',
  'downing',
  'the',
]);

/** Words allowed between a noun and its verb: "20,600 Russian personnel [have been] lost". */
const AFTER_FILLERS = new Set(
  (
    'have has had been were was are is be being reportedly also already now believed thought ' +
    'estimated feared confirmed to so far likely probably allegedly either may might could ' +
    'would will reported officially all since where still currently considered now known " “ ” ‘ ’'
  ).split(' '),
);
const AUXILIARIES = new Set('have has had been were was are is be being'.split(' '));
const RELATIVES = new Set(['who', 'that']);
const INTRANSITIVE = new Set(['died', 'perished']);
const BASE_FORMS = new Set(['lose', 'kill', 'destroy', 'capture']);
const MODALS = new Set(
  "could would may might will can cannot can't should must to 'll won't wouldn't".split(' '),
);
/** Auxiliaries of the perfect: "have been killed" is a running total, "were killed" an event. */
const PERFECT = new Set(['have', 'has', 'had', "'ve", "'s"]);
/** Words that open an object: "20 soldiers killed [the] ..." is active voice, not a loss. */
const OBJECT_STARTERS = new Set(
  'the a an their his her its our my your them him us me this that these those dozens hundreds thousands many several'.split(
    ' ',
  ),
);

/** A loss verb after a noun phrase, with the offset just past it. */
export interface VerbMatch {
  outcome: Outcome;
  end: number;
  /** Index (in the word list) just past the verb. */
  next: number;
  /** The verb is in the perfect ("have been lost"), so the figure is a running total. */
  perfect: boolean;
}

/**
 * The loss verb following `words[at]`, skipping auxiliaries and hedges ("have been", "were
 * reportedly"). Without an auxiliary the verb must not take an object, so "20 soldiers killed
 * the ..." (active voice) is not a loss.
 */
export function verbAfter(words: readonly Word[], at: number): VerbMatch | undefined {
  let i = at;
  let passive = false;
  let perfect = false;
  // "80,973 Russian soldiers who died", "soldiers who were killed"; not "soldiers who killed".
  if (RELATIVES.has(words[i]?.norm ?? '')) {
    const next = words[i + 1]?.norm ?? '';
    if (!AUXILIARIES.has(next) && !INTRANSITIVE.has(next)) return undefined;
    i++;
  }
  while (i < at + 5 && AFTER_FILLERS.has(words[i]?.norm ?? '')) {
    passive ||= AUXILIARIES.has(words[i]?.norm ?? '');
    perfect ||= PERFECT.has(words[i]?.norm ?? '');
    i++;
  }
  const hit = matchPhrase(AFTER_VERBS, words, i);
  if (!hit) return undefined;
  const next = i + hit.length;
  const following = words[next]?.norm ?? '';
  if (!passive && (OBJECT_STARTERS.has(following) || /^\d/.test(following))) return undefined;
  return { outcome: hit.value, end: words[next - 1]?.end ?? 0, next, perfect };
}

const BEFORE_FILLERS = phraseTable<true>(
  [
    'another',
    'an additional',
    'additional',
    'a further',
    'a total of',
    'a combined',
    'a reported',
    'all',
  ].map((p): [string, true] => [p, true]),
);

/**
 * A loss verb before a number ("had lost 1,351 men"); `agentive` unless the verb is "lose";
 * `perfect` when "has", "have" or "had" (maybe with an adverb) comes before it.
 */
export function verbBefore(
  words: readonly Word[],
): { outcome: Outcome; agentive: boolean; perfect: boolean } | undefined {
  const filler = matchPhraseEndingAt(BEFORE_FILLERS, words, words.length);
  const end = words.length - (filler?.length ?? 0);
  const hit = matchPhraseEndingAt(BEFORE_VERBS, words, end);
  if (!hit) return undefined;
  const at = end - hit.length;
  // "could lose 1,000 tanks", "expected to kill": a hypothesis, not a reported loss.
  if (BASE_FORMS.has(words[at]?.norm ?? '') && MODALS.has(words[at - 1]?.norm ?? ''))
    return undefined;
  const perfect = [1, 2].some((k) => PERFECT.has(words[at - k]?.norm ?? ''));
  // "the bodies of", "the death of" name what happened, not who did it.
  const noun = NOUN_PHRASES.has(words[at]?.norm ?? '');
  return { outcome: hit.value, agentive: hit.value !== 'lost' && !noun, perfect };
}
