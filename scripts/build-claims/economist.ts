import { z } from 'zod';
import type { Provenance } from '../../src/claims/db-types';
import { WAR_START } from '../../src/claims/equivalences';
import { claimantById } from '../../src/core/claimants';
import type { Method } from '../../src/core/vocabulary';
import { applyDateCorrection, parseDayMonthYear } from './economist-dates';
import { claimantIdForName, firstIssue, isHttpsUrl, OptionalCountCell, readCsv } from './io';
import type { BuildReport } from './report';
import type { ImportResult, StatementDraft } from './types';

const FILE: Provenance = {
  dataset: 'economist_estimates',
  file: 'Soldier_deaths_casualties_in_Ukraine_-_estimates.csv',
};
const WHERE = `${FILE.dataset}/${FILE.file}`;
const SECTION = 'The Economist estimates list';
/** For rows whose source_url holds a note instead of a link ("via email from … at Meduza"). */
const FALLBACK_URL =
  'https://github.com/TheEconomist/the-economist-ukraine-war-dead-and-wounded-estimates';

/**
 * Methods that do not follow from the claimant's kind. Mediazona/Meduza and BBC Russian rows in
 * this list are ranges extrapolated from named dead or from probate registries, not the named
 * counts themselves, so they are statistical models; UALosses, the Memory Book and LostArmour
 * count named dead.
 */
const METHOD_BY_CLAIMANT: Readonly<Record<string, Method>> = {
  'mediazona-meduza': 'statistical-model',
  'bbc-russian': 'statistical-model',
  kobak: 'statistical-model',
  ualosses: 'named-dead',
  'memory-book': 'named-dead',
  lostarmour: 'named-dead',
};

const Row = z.object({
  date: z.string().transform((d, ctx) => parseDayMonthYear(d) ?? invalid(ctx, 'not D/M/YYYY')),
  estimate_low: OptionalCountCell,
  estimate_high: OptionalCountCell,
  estimate: OptionalCountCell,
  type: z.enum(['deaths', 'casualties']),
  source: z.string().trim().min(1),
  source_url: z.string(),
  country: z.enum(['russia', 'ukraine']),
});
type Row = z.infer<typeof Row>;

function invalid(ctx: z.RefinementCtx, message: string): never {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
}

/** The Economist's compiled list of dated estimates of military dead and casualties. */
export function importEconomist(dataDir: string, report: BuildReport): ImportResult {
  const statements = readCsv(dataDir, FILE.dataset, FILE.file, report).flatMap((record) => {
    const parsed = Row.safeParse(record.fields);
    const draft = parsed.success
      ? toDraft(parsed.data, record.row, report)
      : firstIssue(parsed.error);
    if (typeof draft === 'string') {
      report.reject(WHERE, `row ${record.row}`, draft);
      return [];
    }
    report.kept(WHERE);
    return [draft];
  });
  report.claims(WHERE, statements.length);
  report.note(
    SECTION,
    'Figures: estimate alone -> value ("exact": the list records no hedge); low and high -> a range ("about"), with the estimate as value when given; low alone -> value "more-than"; high alone -> value "up-to". type deaths -> personnel_killed, casualties -> personnel_casualties; country -> side; period start 2022-02-24.',
  );
  return { series: [], statements };
}

function toDraft(row: Row, recordNumber: number, report: BuildReport): StatementDraft | string {
  const claimantId = claimantIdForName(row.source);
  if (!claimantId) return `claimant "${row.source}" is not in the registry`;
  const figure = figureOf(row);
  if (!figure) return 'no estimate, low or high';
  const date = applyDateCorrection(row.source, row.date, recordNumber, report);
  return {
    claimantId,
    side: row.country,
    metric: row.type === 'deaths' ? 'personnel_killed' : 'personnel_casualties',
    method: methodOf(claimantId),
    date,
    periodStart: WAR_START,
    ...figure,
    url: linkOf(row.source_url, recordNumber, report),
    source: FILE,
    row: recordNumber,
  };
}

type Figure = Pick<StatementDraft, 'value' | 'low' | 'high' | 'qualifier'>;

function figureOf(row: Row): Figure | undefined {
  const { estimate: value, estimate_low: low, estimate_high: high } = row;
  if (low !== undefined && high !== undefined) {
    return { ...(value !== undefined ? { value } : {}), low, high, qualifier: 'about' };
  }
  if (value !== undefined) return { value, qualifier: 'exact' };
  if (low !== undefined) return { value: low, qualifier: 'more-than' };
  if (high !== undefined) return { value: high, qualifier: 'up-to' };
  return undefined;
}

function methodOf(claimantId: string): Method {
  const special = METHOD_BY_CLAIMANT[claimantId];
  if (special) return special;
  return claimantById(claimantId)?.kind === 'party-to-conflict'
    ? 'party-claim'
    : 'intelligence-estimate';
}

/** The first https link in the cell; some cells append a note after the link or hold only a note. */
function linkOf(cell: string, recordNumber: number, report: BuildReport): string {
  const found = /https:\/\/[^\s"]+/.exec(cell)?.[0];
  if (found && isHttpsUrl(found)) return found;
  report.note(
    SECTION,
    `row ${recordNumber}: source_url has no https link ("${cell.trim()}"); linked to the dataset instead.`,
  );
  return FALLBACK_URL;
}
