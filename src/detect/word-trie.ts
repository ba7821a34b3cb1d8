/** `s` with the characters that mean something in a regex escaped (no '-': see below). */
// No '-' here: in a unicode regex an escaped hyphen outside a class is a syntax error.
export const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Words as one regex source shaped as a trie: at each character one test per branch, not one
 * per word. Greedy, so the longest word at a place is tried first and shorter ones on
 * backtracking, as an alternation sorted longest first tries them.
 */
export function trie(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  let ends = false;
  for (const word of words) {
    if (word === '') ends = true;
    else {
      const rest = byFirst.get(word[0] as string) ?? [];
      rest.push(word.slice(1));
      byFirst.set(word[0] as string, rest);
    }
  }
  const branches = [...byFirst].map(([first, rest]) => escapeRegex(first) + trie(rest));
  if (branches.length === 0) return '';
  if (branches.length === 1 && !ends) return branches[0] as string;
  return `(?:${branches.join('|')})${ends ? '?' : ''}`;
}
