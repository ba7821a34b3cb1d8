import { z } from 'zod';
import type { Comparison, MatchQuery } from '../claims/types';
import {
  AreaSchema,
  ClaimantKindSchema,
  IsoDateSchema,
  METRICS,
  MethodSchema,
  MetricSchema,
  QualifierSchema,
  SideSchema,
} from '../core/vocabulary';
import { TabRecordSchema } from './tab-record';

/** Size limits: a message larger than any real page needs is rejected, not processed. */
export const LIMITS = {
  figuresPerMessage: 2_000,
  /** Figures listed per tab (the popup says "showing the first N of M" past it, issue 17). */
  figuresPerTab: 2_000,
  /** Comparisons the popup may ask for at once (the figures it is about to show). */
  comparisonsPerMessage: 100,
  estimatesPerFigure: 100,
  textLength: 300,
  urlLength: 4_096,
} as const;

const count = z.number().finite().nonnegative().max(1e10);

export const MatchQuerySchema = z.object({
  metric: MetricSchema,
  side: SideSchema,
  area: AreaSchema.optional(),
  unit: z.enum(['count', 'percent']),
  value: count.nullable(),
  low: count.optional(),
  high: count.optional(),
  qualifier: QualifierSchema,
  asOf: IsoDateSchema,
  claimant: z.string().max(LIMITS.textLength).optional(),
  period: z.object({ start: IsoDateSchema, end: IsoDateSchema }).optional(),
  increment: z.boolean().optional(),
  alsoMetric: MetricSchema.optional(),
}) satisfies z.ZodType<MatchQuery>;

const FlagSchema = z.enum([
  'matches',
  'digits-swapped',
  'rounded',
  'differs',
  'lower-bound',
  'metric-equivalence',
  'metric-mismatch',
  'stale',
  'below-floor',
  'period',
  'latest-known',
  'below-total',
]);

export const EstimateSchema = z.object({
  claimantId: z.string().max(LIMITS.textLength),
  claimantName: z.string().max(LIMITS.textLength),
  claimantKind: ClaimantKindSchema,
  method: MethodSchema,
  metric: MetricSchema,
  date: IsoDateSchema,
  value: count.nullable(),
  low: count.optional(),
  high: count.optional(),
  qualifier: QualifierSchema,
  sourceUrl: z.string().max(LIMITS.urlLength),
  dataset: z.string().max(LIMITS.textLength),
  periodStart: IsoDateSchema.optional(),
  area: AreaSchema.optional(),
  interval: z.object({ low: count, high: count }).optional(),
  cited: z.boolean(),
  flags: z.array(FlagSchema).max(10),
  next: z
    .object({
      date: IsoDateSchema,
      value: count.optional(),
      low: count.optional(),
      high: count.optional(),
    })
    .optional(),
  reasons: z.partialRecord(FlagSchema, z.string().max(LIMITS.textLength)).optional(),
});

const ReadingSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('settled'),
    metric: MetricSchema,
    claimantId: z.string().max(LIMITS.textLength),
    claimantName: z.string().max(LIMITS.textLength),
    date: IsoDateSchema,
  }),
  z.object({ kind: z.literal('ambiguous'), metrics: z.tuple([MetricSchema, MetricSchema]) }),
]);

export const ComparisonSchema = z.object({
  query: MatchQuerySchema,
  estimates: z.array(EstimateSchema).max(LIMITS.estimatesPerFigure),
  reading: ReadingSchema.optional(),
  dataEnds: z
    .object({ date: IsoDateSchema, days: z.number().int().positive().max(1e6) })
    .optional(),
}) satisfies z.ZodType<Comparison>;

/** A figure the content script found, as reported to the background. */
export const FigureReportSchema = z.object({
  /** Stable within the page: the highlight carries it as `data-crosscount-id`. */
  id: z.number().int().nonnegative(),
  text: z.string().max(LIMITS.textLength),
  query: MatchQuerySchema,
});
export type FigureReport = z.infer<typeof FigureReportSchema>;

/** Why the background could not keep a tab's list: the session storage is full or missing. */
export const StorageProblemSchema = z.enum(['quota', 'unavailable']);
export type StorageProblem = z.infer<typeof StorageProblemSchema>;

/**
 * What the popup shows for a tab. `enabled` is false when the site is switched off. The figures
 * are compact records (src/messaging/tab-record.ts), the first LIMITS.figuresPerTab of `total`;
 * `groups` counts every figure by metric, listed or not.
 */
export const TabSummarySchema = z.object({
  url: z.string().max(LIMITS.urlLength),
  /** When the page was (re)loaded: figure ids restart with every page. */
  page: z.number().finite(),
  enabled: z.boolean(),
  total: z.number().int().nonnegative(),
  groups: z
    .array(z.object({ metric: MetricSchema, count: z.number().int().nonnegative() }))
    .max(METRICS.length),
  figures: z.array(TabRecordSchema).max(LIMITS.figuresPerTab),
  /** The list was dropped to make room for other tabs; the counts remain. */
  evicted: z.boolean(),
  problem: StorageProblemSchema.optional(),
});
export type TabSummary = z.infer<typeof TabSummarySchema>;
