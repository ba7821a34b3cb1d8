import type { Metric, Side } from '../core/vocabulary';
import type { Candidate } from './candidate';

/**
 * In the wars in Gaza, the West Bank, Israel and Lebanon, a count of "people" or of a nation
 * ("Palestinians", "Israelis") killed is everyone killed: the health ministries that publish the
 * running totals do not tell civilians from fighters. Such a figure is people_killed (or
 * people_injured), the metric those tallies count, not civilians_killed; in Ukraine, where the
 * counts of "people" killed by strikes are OHCHR's civilians, it stays civilians_*.
 */
export const PEOPLE_MEANS_EVERYONE: ReadonlySet<Side> = new Set<Side>([
  'palestine',
  'israel',
  'lebanon',
]);

/** The metric of everyone for a count of civilians (shared with the Slavic detector). */
export const EVERYONE: Readonly<Partial<Record<Metric, Metric>>> = {
  civilians_killed: 'people_killed',
  civilians_injured: 'people_injured',
};

/** The metric of a figure once its side is known (see PEOPLE_MEANS_EVERYONE). */
export function peopleMetricOfSide(c: Candidate, span: string): Metric {
  if (!c.side || !PEOPLE_MEANS_EVERYONE.has(c.side)) return c.metric;
  const people = c.people;
  // "a toll of 4,047 lives lost": a toll that does not say civilians counts everyone too.
  const bareToll =
    (!people || people.kind === 'loss' || (people.kind === 'civilians' && !people.other)) &&
    !/civilian/i.test(span);
  if (!bareToll && (people?.kind !== 'civilians' || !people.people)) return c.metric;
  return EVERYONE[c.metric] ?? c.metric;
}
