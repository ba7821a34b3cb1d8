import type { Metric } from '../../core/vocabulary';
import { headOf, modifiedHead } from './lexicon';

/**
 * What a line of the General Staff's list counts, from the words before its dash: "танків",
 * "бойових броньованих машин", "засоби ППО", "кораблі / катери", "автомобільної техніки та
 * автоцистерн". Its "особовий склад" (personnel) is killed + wounded.
 */
export function lineMetric(words: readonly string[]): Metric | undefined {
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    const head = headOf(w);
    if (head?.kind === 'equipment') return head.metric;
    const modified = modifiedHead(w, words.slice(0, k), words[k + 1]);
    if (modified) return modified;
    if (head?.kind === 'people' && (head.people === 'casualties' || head.people === 'personnel')) {
      return 'personnel_casualties';
    }
  }
  return undefined;
}
