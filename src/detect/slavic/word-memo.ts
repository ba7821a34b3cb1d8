/**
 * A test of one folded word, remembered per word: the readers ask the same few hundred words of
 * a block the same questions again and again (every number looks back over its sentence), and
 * each answer costs a chain of regexes. Only for pure tests; the memory is bounded by starting
 * afresh past `LIMIT` words.
 */
const LIMIT = 50_000;

/** Stands for an answer of `undefined` (most words are no head, no verb): one lookup a word. */
const NONE = Symbol('none');

export function memoWords<T>(test: (norm: string) => T): (norm: string) => T {
  let memo = new Map<string, T | typeof NONE>();
  return (norm: string): T => {
    const known = memo.get(norm);
    if (known !== undefined) return (known === NONE ? undefined : known) as T;
    if (memo.size >= LIMIT) memo = new Map();
    const answer = test(norm);
    memo.set(norm, answer === undefined ? NONE : answer);
    return answer;
  };
}
