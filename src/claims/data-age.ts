import type { ClaimsDb, SeriesClaims, StatementClaim } from './db-types';

/**
 * How near its dataset's newest day a series must end to count as still running when the data
 * was taken (the same window in which a series' latest point is shown as current).
 */
const RUNNING_SLACK_DAYS = 45;

/** The dataset a series' point was imported from. */
function datasetAt(series: SeriesClaims, point: number): string {
  return (series.sourceAt.get(point) ?? series.source).dataset;
}

/** The newest day of every dataset in the bundle, over all series points and statements. */
export function datasetEnds(db: ClaimsDb): Map<string, number> {
  const ends = new Map<string, number>();
  const see = (dataset: string, day: number) => {
    if (day > (ends.get(dataset) ?? Number.NEGATIVE_INFINITY)) ends.set(dataset, day);
  };
  for (const series of db.series) {
    for (let point = 0; point < series.days.length; point++) {
      see(datasetAt(series, point), series.days[point] as number);
    }
  }
  for (const st of db.statements) see(st.source.dataset, st.day);
  return ends;
}

/**
 * The series that were still running when their data was taken: the last point is within a few
 * weeks of its dataset's newest day. For an article after that point, the series' latest figure
 * is "the newest we have", not "the claimant stopped", and is shown marked as older. A series
 * that ended long before its dataset did (a category the claimant dropped) is not.
 */
export function runningSeries(db: ClaimsDb): Set<SeriesClaims> {
  const ends = datasetEnds(db);
  const running = new Set<SeriesClaims>();
  for (const series of db.series) {
    const last = series.days.length - 1;
    const day = series.days[last];
    if (day === undefined) continue;
    const end = ends.get(datasetAt(series, last)) ?? day;
    if (end - day <= RUNNING_SLACK_DAYS) running.add(series);
  }
  return running;
}

/** The newest day of any claim among these series and statements; -Infinity when there is none. */
export function newestDay(
  series: readonly SeriesClaims[],
  statements: readonly StatementClaim[],
): number {
  let newest = Number.NEGATIVE_INFINITY;
  for (const s of series) newest = Math.max(newest, s.days[s.days.length - 1] ?? newest);
  for (const st of statements) newest = Math.max(newest, st.day);
  return newest;
}
