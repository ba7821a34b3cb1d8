/**
 * A test of one folded word, remembered per word: the readers ask the same few hundred words of
 * a block the same questions again and again (every number looks back over its sentence), and
 * each answer costs a chain of regexes. Only for pure tests; the memory is bounded by starting
 * afresh past `LIMIT` words.
 */
const LIMIT = 50_000;

export function memoWords<T>(test: (norm: string) => T): (norm: string) => T {
  let memo = new Map<string, T>();
  return (norm: string): T => {
    const known = memo.get(norm);
    if (known !== undefined || memo.has(norm)) return known as T;
    if (memo.size >= LIMIT) memo = new Map();
    const answer = test(norm);
    memo.set(norm, answer);
    return answer;
  };
}
