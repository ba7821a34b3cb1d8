import { z } from 'zod/mini';
import type { Comparison, MatchQuery, Reading } from '../claims/types';
import { amount, atLeast, atMost, index, list, pair, text, whole } from '../core/schema-parts';
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

const count = amount().check(atMost(1e10));

export const MatchQuerySchema = z.object({
  metric: MetricSchema,
  side: SideSchema,
  area: z.optional(AreaSchema),
  unit: z.enum(['count', 'percent']),
  value: z.nullable(count),
  low: z.optional(count),
  high: z.optional(count),
  qualifier: QualifierSchema,
  asOf: IsoDateSchema,
  claimant: z.optional(text(LIMITS.textLength)),
  period: z.optional(z.object({ start: IsoDateSchema, end: IsoDateSchema })),
  increment: z.optional(z.boolean()),
  alsoMetric: z.optional(MetricSchema),
}) satisfies z.ZodMiniType<MatchQuery>;

export const FlagSchema = z.enum([
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

/**
 * A flag's reason, by flag: the flags as a strict object's optional keys, not a partial record, which
 * took zod's record machinery into the content script for this one field. It refuses the keys the
 * record refused; an own `__proto__` key, which the record dropped, it refuses too.
 */
const ReasonsSchema = z.strictObject(
  Object.fromEntries(
    FlagSchema.options.map((flag) => [flag, z.optional(text(LIMITS.textLength))]),
  ) as Record<z.infer<typeof FlagSchema>, z.ZodMiniOptional<z.ZodMiniString>>,
);

export const EstimateSchema = z.object({
  claimantId: text(LIMITS.textLength),
  claimantName: text(LIMITS.textLength),
  claimantKind: ClaimantKindSchema,
  method: MethodSchema,
  metric: MetricSchema,
  date: IsoDateSchema,
  value: z.nullable(count),
  low: z.optional(count),
  high: z.optional(count),
  qualifier: QualifierSchema,
  sourceUrl: text(LIMITS.urlLength),
  dataset: text(LIMITS.textLength),
  periodStart: z.optional(IsoDateSchema),
  area: z.optional(AreaSchema),
  interval: z.optional(z.object({ low: count, high: count })),
  cited: z.boolean(),
  flags: list(FlagSchema, 10),
  next: z.optional(
    z.object({
      date: IsoDateSchema,
      value: z.optional(count),
      low: z.optional(count),
      high: z.optional(count),
    }),
  ),
  reasons: z.optional(ReasonsSchema),
});

export const SettledReadingSchema = z.object({
  kind: z.literal('settled'),
  metric: MetricSchema,
  claimantId: text(LIMITS.textLength),
  claimantName: text(LIMITS.textLength),
  date: IsoDateSchema,
});
export const AmbiguousReadingSchema = z.object({
  kind: z.literal('ambiguous'),
  metrics: pair(MetricSchema),
});

/**
 * How a figure whose wording allows two measures was read (claims/types.ts): one of two members
 * told apart by `kind`. Checked against each member, not parsed by z.union (nor
 * z.discriminatedUnion): the content script, which parses it, then carries no union machinery
 * (0.2 KB). It passes exactly what the union passed (property-tested); an unknown key stays in the
 * object instead of being dropped, and nothing reads one.
 */
const ReadingSchema = z.custom<Reading>(
  (value) =>
    SettledReadingSchema.safeParse(value).success ||
    AmbiguousReadingSchema.safeParse(value).success,
);

export const ComparisonSchema = z.object({
  query: MatchQuerySchema,
  citedName: z.optional(text(LIMITS.textLength)),
  estimates: list(EstimateSchema, LIMITS.estimatesPerFigure),
  reading: z.optional(ReadingSchema),
  dataEnds: z.optional(
    z.object({ date: IsoDateSchema, days: whole().check(atLeast(1), atMost(1e6)) }),
  ),
}) satisfies z.ZodMiniType<Comparison>;

/** A figure the content script found, as reported to the background. */
export const FigureReportSchema = z.object({
  /** Stable within the page: the highlight carries it as `data-crosscount-id`. */
  id: index(),
  text: text(LIMITS.textLength),
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
  url: text(LIMITS.urlLength),
  /** When the page was (re)loaded: figure ids restart with every page. */
  page: z.number(),
  enabled: z.boolean(),
  total: index(),
  groups: list(z.object({ metric: MetricSchema, count: index() }), METRICS.length),
  figures: list(TabRecordSchema, LIMITS.figuresPerTab),
  /** The list was dropped to make room for other tabs; the counts remain. */
  evicted: z.boolean(),
  problem: z.optional(StorageProblemSchema),
});
export type TabSummary = z.infer<typeof TabSummarySchema>;
