import { z } from 'zod/mini';
import { isDisagreement } from '../claims/disagreement';
import type { Comparison, MatchQuery } from '../claims/types';
import { amount, index, matching, pair, text } from '../core/schema-parts';
import {
  AreaSchema,
  IsoDateSchema,
  MetricSchema,
  QUALIFIERS,
  type Qualifier,
  SideSchema,
} from '../core/vocabulary';
import type { FigureReport } from './schemas';

/** Claimant ids are short slugs ("ua-general-staff"); anything else matches no claimant anyway. */
/** The qualifiers a record spells out: 'exact', the common case, is left out. */
const HEDGES = /* @__PURE__ */ QUALIFIERS.filter(
  (q): q is Exclude<Qualifier, 'exact'> => q !== 'exact',
);

const CLAIMANT_ID = /^[a-z0-9-]{1,40}$/;

/**
 * One figure of a tab as the background keeps it in `storage.session` and the popup lists it:
 * what the article says (its words, measure, side, value or range, date) and how many estimates
 * the database has and how many disagree — never the comparison itself. A full comparison is
 * about 11 KB a figure; a live blog open all day has tens of thousands of figures, and storing
 * them filled Chrome's 10 MB session quota and broke every other tab (issue 17). The popup asks
 * the background to recompute the comparisons of the figures it actually shows.
 *
 * Short keys because there are thousands of these; the query's rarer fields are present only
 * when they differ from the common case, and they are kept at all so the comparison can be
 * recomputed exactly as the content script asked for it.
 */
export const TabRecordSchema = z.object({
  /** The highlight's `data-crosscount-id`. */
  i: index(),
  /** The figure's words, cut to RECORD_TEXT_LENGTH characters and TEXT_BYTES of JSON. */
  t: text(80),
  m: MetricSchema,
  s: SideSchema,
  /** The value; null for a range (`l`, `h`) or none. */
  v: z.nullable(amount()),
  l: z.optional(amount()),
  h: z.optional(amount()),
  /** As-of date. */
  d: IsoDateSchema,
  /** Qualifier, when not exact. */
  q: z.optional(z.enum(HEDGES)),
  /** Unit, when a percentage. */
  u: z.optional(z.literal('percent')),
  r: z.optional(AreaSchema),
  /** The cited claimant's id. */
  c: z.optional(matching(CLAIMANT_ID)),
  /** The period the figure counts, start and end. */
  p: z.optional(pair(IsoDateSchema)),
  /** One day's increase. */
  n: z.optional(z.literal(1)),
  /** The second measure the wording allows. */
  x: z.optional(MetricSchema),
  /** Flag counts: [estimates, disagreements]. */
  f: pair(index()),
  /** The reading stays ambiguous between two measures. */
  a: z.optional(z.literal(1)),
});
export type TabRecord = z.infer<typeof TabRecordSchema>;

/** Longest figure text kept: the popup shows a line per figure, the page has the whole. */
export const RECORD_TEXT_LENGTH = 60;
/**
 * And the most bytes its JSON may take: quotes and control characters are escaped, Cyrillic is
 * two bytes a character, so a cap in characters alone would not bound a record's size.
 */
const TEXT_BYTES = 122;

/** The compact record of one reported figure and the database's answer for it. */
export function toTabRecord(figure: FigureReport, comparison: Comparison): TabRecord {
  const { query } = figure;
  const record: TabRecord = {
    i: figure.id,
    t: cut(figure.text),
    m: query.metric,
    s: query.side,
    v: query.value,
    d: query.asOf,
    f: [
      comparison.estimates.length,
      comparison.estimates.filter((e) => isDisagreement(e, comparison.query)).length,
    ],
  };
  if (query.low !== undefined) record.l = query.low;
  if (query.high !== undefined) record.h = query.high;
  if (query.qualifier !== 'exact') record.q = query.qualifier;
  if (query.unit === 'percent') record.u = 'percent';
  if (query.area) record.r = query.area;
  if (query.claimant && CLAIMANT_ID.test(query.claimant)) record.c = query.claimant;
  if (query.period) record.p = [query.period.start, query.period.end];
  if (query.increment) record.n = 1;
  if (query.alsoMetric) record.x = query.alsoMetric;
  if (comparison.reading?.kind === 'ambiguous') record.a = 1;
  return record;
}

/** The query the content script sent for this figure, to recompute its comparison. */
export function queryOfRecord(record: TabRecord): MatchQuery {
  const query: MatchQuery = {
    metric: record.m,
    side: record.s,
    unit: record.u ?? 'count',
    value: record.v,
    qualifier: record.q ?? 'exact',
    asOf: record.d,
  };
  if (record.l !== undefined) query.low = record.l;
  if (record.h !== undefined) query.high = record.h;
  if (record.r) query.area = record.r;
  if (record.c) query.claimant = record.c;
  if (record.p) query.period = { start: record.p[0], end: record.p[1] };
  if (record.n) query.increment = true;
  if (record.x) query.alsoMetric = record.x;
  return query;
}

// Marked pure, as HEDGES is: the content script reaches this module through schemas.ts and uses
// neither, so its build may drop them.
const encoder = /* @__PURE__ */ new TextEncoder();

/** Bytes a value takes in storage: its JSON in UTF-8 (what Chrome counts against the quota). */
export function storedBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

function cut(text: string): string {
  let chars = Array.from(text);
  if (chars.length <= RECORD_TEXT_LENGTH && storedBytes(text) <= TEXT_BYTES) return text;
  chars = chars.slice(0, RECORD_TEXT_LENGTH - 1);
  let cutText = `${chars.join('')}…`;
  while (storedBytes(cutText) > TEXT_BYTES) {
    chars.pop();
    cutText = `${chars.join('')}…`;
  }
  return cutText;
}
