import { z } from 'zod';
import type { Provenance } from '../../src/claims/db-types';
import {
  ClaimantKindSchema,
  type Method,
  MetricSchema,
  QualifierSchema,
  SideSchema,
} from '../../src/core/vocabulary';
import {
  claimantIdForName,
  firstIssue,
  HttpsUrl,
  IsoDateField,
  OptionalCountCell,
  readCsv,
} from './io';
import type { BuildReport } from './report';
import type { ImportResult, StatementDraft } from './types';

const FILE: Provenance = { dataset: 'curated_statements', file: 'statements.csv' };
const WHERE = `${FILE.dataset}/${FILE.file}`;

/** Method by the claimant's kind, as the curated table records it. */
const METHOD_BY_KIND: Readonly<Record<string, Method>> = {
  'party-to-conflict': 'party-claim',
  'third-government': 'intelligence-estimate',
  'international-org': 'intelligence-estimate',
};

// `evidence` and `source_title` are for re-checking a row; they are not bundled (PROVENANCE §7).
const Row = z
  .object({
    date: IsoDateField,
    claimant: z.string().trim().min(1),
    claimant_kind: ClaimantKindSchema,
    side: SideSchema,
    metric: MetricSchema,
    value: OptionalCountCell,
    low: OptionalCountCell,
    high: OptionalCountCell,
    qualifier: QualifierSchema,
    period_start: IsoDateField,
    source_url: HttpsUrl,
  })
  .refine((r) => r.value !== undefined || (r.low !== undefined && r.high !== undefined), {
    message: 'needs a value or both low and high',
  })
  .refine((r) => r.low === undefined || r.high === undefined || r.low <= r.high, {
    message: 'low exceeds high',
  });
type Row = z.infer<typeof Row>;

/** Official statements verified one by one (curated_statements/statements.csv), all rows. */
export function importStatements(dataDir: string, report: BuildReport): ImportResult {
  const statements = readCsv(dataDir, FILE.dataset, FILE.file, report).flatMap((record) => {
    const parsed = Row.safeParse(record.fields);
    if (!parsed.success) {
      report.reject(WHERE, `row ${record.row}`, firstIssue(parsed.error));
      return [];
    }
    const draft = toDraft(parsed.data, record.row);
    if (typeof draft === 'string') {
      report.reject(WHERE, `row ${record.row}`, draft);
      return [];
    }
    report.kept(WHERE);
    return [draft];
  });
  report.claims(WHERE, statements.length);
  return { series: [], statements };
}

/** The statement, or the reason it cannot be imported. */
function toDraft(row: Row, recordNumber: number): StatementDraft | string {
  const claimantId = claimantIdForName(row.claimant);
  if (!claimantId) return `claimant "${row.claimant}" is not in the registry`;
  const method = METHOD_BY_KIND[row.claimant_kind];
  if (!method) return `no method rule for claimant kind ${row.claimant_kind}`;
  return {
    claimantId,
    side: row.side,
    metric: row.metric,
    method,
    qualifier: row.qualifier,
    date: row.date,
    periodStart: row.period_start,
    ...(row.value !== undefined ? { value: row.value } : {}),
    ...(row.low !== undefined && row.high !== undefined ? { low: row.low, high: row.high } : {}),
    url: row.source_url,
    source: FILE,
    row: recordNumber,
  };
}
