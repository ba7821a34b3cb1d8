import { z } from 'zod';
import type { Provenance } from '../../src/claims/db-types';
import { wholeWarStart } from '../../src/core/conflicts';
import type { IsoDate, Method, Metric, Side } from '../../src/core/vocabulary';
import { Count, compareText, firstIssue, IsoDateField, readJson } from './io';
import type { BuildReport } from './report';
import type { ImportResult, SeriesDraft, SeriesPoint } from './types';

/**
 * Gaza, the West Bank and Lebanon (PROVENANCE §5), a second conflict in the bundle: every record
 * carries this conflict id. Only fields the sources published are read, never TechForPalestine's
 * `ext_*` fields (extrapolated or carried forward), so no figure here is interpolated.
 */
export const MIDEAST_CONFLICT = 'gaza-west-bank-lebanon';

const DATASET = 'gaza_techforpalestine';
export const TFP_URL = 'https://github.com/TechForPalestine/palestine-datasets';
const GAZA: Provenance = { dataset: DATASET, file: 'casualties_daily.json' };
const WEST_BANK: Provenance = { dataset: DATASET, file: 'west_bank_daily.json' };
const LEBANON: Provenance = { dataset: DATASET, file: 'lebanon_casualties_daily.json' };
const where = (p: Provenance) => `${p.dataset}/${p.file}`;
const SECTION = 'Gaza, West Bank and Lebanon (TechForPalestine)';

/** 7 October 2023: the Gaza and West Bank tallies count from the war's start. */
const GAZA_START = wholeWarStart('palestine') as IsoDate;
/**
 * Phase 1 counts from the Lebanese front's start (8 October 2023); Lebanon's Ministry of Public
 * Health restarts its count at zero for phase 2 (PROVENANCE §5), a period of its own.
 */
const LEBANON_PHASE_START: Readonly<Record<1 | 2, IsoDate>> = {
  1: wholeWarStart('lebanon') as IsoDate,
  2: '2026-03-02',
};

const OptionalCount = Count.optional();

const GazaRow = z.looseObject({
  report_date: IsoDateField,
  report_source: z.enum(['mohtel', 'gmotel', 'missing']),
  killed_cum: OptionalCount,
  injured_cum: OptionalCount,
  killed_children_cum: OptionalCount,
});
const WestBankRow = z.looseObject({
  report_date: IsoDateField,
  flash_source: z.enum(['un', 'fill']),
  killed_cum: Count,
  injured_cum: Count,
  killed_children_cum: Count,
});
const LebanonRow = z.looseObject({
  report_date: IsoDateField,
  report_source: z.enum(['moph_lb', 'ocha']),
  phase: z.union([z.literal(1), z.literal(2)]),
  killed_cum_reported: Count,
  injured_cum_reported: Count,
});

/** Source field -> metric. The sources count everyone killed, civilians and fighters alike. */
const GAZA_FIELDS = [
  ['killed_cum', 'people_killed'],
  ['injured_cum', 'people_injured'],
  ['killed_children_cum', 'children_killed'],
] as const satisfies readonly (readonly [keyof z.infer<typeof GazaRow>, Metric])[];
const WEST_BANK_FIELDS = GAZA_FIELDS;
const LEBANON_FIELDS = [
  ['killed_cum_reported', 'people_killed'],
  ['injured_cum_reported', 'people_injured'],
] as const;

/** Who published a Gaza row, and how its figures were produced. */
const GAZA_CLAIMANTS = {
  mohtel: { claimantId: 'gaza-moh', method: 'health-ministry' },
  gmotel: { claimantId: 'gaza-gmo', method: 'party-claim' },
} as const satisfies Record<string, { claimantId: string; method: Method }>;

/** Gaza (Ministry of Health / Government Media Office), West Bank (OCHA) and Lebanon (MoPH). */
export function importTechForPalestine(dataDir: string, report: BuildReport): ImportResult {
  const series = [
    ...importGaza(dataDir, report),
    ...importWestBank(dataDir, report),
    ...importLebanon(dataDir, report),
  ];
  report.note(
    SECTION,
    'Only fields the sources published are read; the ext_* fields (extrapolated or carried forward by TechForPalestine) are never used. killed_cum -> people_killed and injured_cum -> people_injured (the sources do not separate civilians from combatants), killed_children_cum -> children_killed. Conflict gaza-west-bank-lebanon.',
  );
  report.note(
    SECTION,
    'Gaza: report_source mohtel -> Gaza Ministry of Health (health-ministry), gmotel -> Gaza Government Media Office (party-claim); "missing" rows (no official report that day) are left out. Area gaza; period start 2023-10-07.',
  );
  report.note(
    SECTION,
    'West Bank: OCHA flash-update rows (flash_source un) only, method un-verified (UN monitoring; OCHA marks the flash figures as not yet verified); "fill" rows, filled in by TechForPalestine, are left out, and so are the verified.* figures. Area west-bank; period start 2023-10-07. Gaza and West Bank claims share the side palestine and are told apart by their area, so that they are never compared with each other.',
  );
  report.note(
    SECTION,
    'Lebanon: killed_cum_reported / injured_cum_reported as published (not the continuous killed_cum / injured_cum derived by TechForPalestine); phase 1 counts from 2023-10-08, phase 2 restarts at zero from 2026-03-02 (its period start). report_source moph_lb -> Lebanon Ministry of Public Health, ocha -> UN OCHA relaying the ministry; method health-ministry for both.',
  );
  return { series, statements: [] };
}

/** Collects points per series key, then turns them into date-ordered drafts. */
class SeriesBuilder {
  private readonly drafts = new Map<string, SeriesDraft>();
  constructor(
    private readonly file: Provenance,
    private readonly report: BuildReport,
  ) {}

  add(
    head: Omit<SeriesDraft, 'points' | 'conflict' | 'side'>,
    side: Side,
    date: IsoDate,
    value: number,
  ): void {
    const key = [head.claimantId, head.area, head.metric, head.method, head.periodStart].join('|');
    let draft = this.drafts.get(key);
    if (!draft) {
      draft = { ...head, side, conflict: MIDEAST_CONFLICT, points: [] };
      this.drafts.set(key, draft);
    }
    const point: SeriesPoint = { date, value, qualifier: 'exact', url: TFP_URL, source: this.file };
    draft.points.push(point);
  }

  done(): SeriesDraft[] {
    const series = [...this.drafts.values()];
    for (const s of series) s.points.sort((a, b) => compareText(a.date, b.date));
    this.report.claims(
      where(this.file),
      series.reduce((n, s) => n + s.points.length, 0),
    );
    return series;
  }
}

/** Validated rows with unique dates; malformed rows and repeated dates are rejected. */
function readRows<T extends { report_date: IsoDate }>(
  dataDir: string,
  file: Provenance,
  schema: z.ZodType<T>,
  report: BuildReport,
): T[] {
  const rows = z.array(z.unknown()).parse(readJson(dataDir, file.dataset, file.file));
  report.read(where(file), rows.length);
  const seen = new Set<IsoDate>();
  return rows.flatMap((raw, i) => {
    const parsed = schema.safeParse(raw);
    const ref = `row ${i + 1}`;
    if (!parsed.success) {
      report.reject(where(file), ref, firstIssue(parsed.error));
      return [];
    }
    if (seen.has(parsed.data.report_date)) {
      report.reject(where(file), ref, `duplicate date ${parsed.data.report_date}`);
      return [];
    }
    seen.add(parsed.data.report_date);
    return [parsed.data];
  });
}

function importGaza(dataDir: string, report: BuildReport): SeriesDraft[] {
  const builder = new SeriesBuilder(GAZA, report);
  for (const row of readRows(dataDir, GAZA, GazaRow, report)) {
    if (row.report_source === 'missing') {
      report.exclude(`${DATASET}: Gaza day without an official report (report_source missing)`);
      continue;
    }
    report.kept(where(GAZA));
    const who = GAZA_CLAIMANTS[row.report_source];
    for (const [field, metric] of GAZA_FIELDS) {
      const value = row[field];
      if (value === undefined) continue;
      const head = { ...who, metric, area: 'gaza' as const, periodStart: GAZA_START };
      builder.add(head, 'palestine', row.report_date, value);
    }
  }
  return builder.done();
}

function importWestBank(dataDir: string, report: BuildReport): SeriesDraft[] {
  const builder = new SeriesBuilder(WEST_BANK, report);
  for (const row of readRows(dataDir, WEST_BANK, WestBankRow, report)) {
    if (row.flash_source === 'fill') {
      report.exclude(`${DATASET}: West Bank day filled in by TechForPalestine (flash_source fill)`);
      continue;
    }
    report.kept(where(WEST_BANK));
    for (const [field, metric] of WEST_BANK_FIELDS) {
      const head = { claimantId: 'ocha', method: 'un-verified' as const, metric };
      const where = { area: 'west-bank' as const, periodStart: GAZA_START };
      builder.add({ ...head, ...where }, 'palestine', row.report_date, row[field]);
    }
  }
  return builder.done();
}

function importLebanon(dataDir: string, report: BuildReport): SeriesDraft[] {
  const builder = new SeriesBuilder(LEBANON, report);
  for (const row of readRows(dataDir, LEBANON, LebanonRow, report)) {
    report.kept(where(LEBANON));
    const claimantId = row.report_source === 'ocha' ? 'ocha' : 'lebanon-moph';
    const periodStart = LEBANON_PHASE_START[row.phase];
    for (const [field, metric] of LEBANON_FIELDS) {
      const head = { claimantId, method: 'health-ministry' as const, metric, periodStart };
      builder.add(head, 'lebanon', row.report_date, row[field]);
    }
  }
  return builder.done();
}
