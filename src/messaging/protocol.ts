import { z } from 'zod';
import { DataStatusSchema } from '../data-update/status';
import { ComparisonSchema, FigureReportSchema, LIMITS, TabSummarySchema } from './schemas';

/**
 * Every runtime message of the extension, one zod discriminated union per direction. Listeners
 * `safeParse` what they receive and drop anything else (GUIDE §6.3): a page can't forge these
 * (they travel through the extension's own channel), but a bug or another extension must not be
 * able to crash a handler with a malformed payload.
 */

/** Messages handled by the background service worker. */
export const BackgroundRequestSchema = z.discriminatedUnion('type', [
  // Content script → background: a page (re)loaded; resets the tab's summary.
  z.object({
    type: z.literal('page-state'),
    url: z.string().max(LIMITS.urlLength),
    enabled: z.boolean(),
  }),
  // Content script → background: one chunk of figures to match; appended to the tab's summary.
  z.object({
    type: z.literal('match-figures'),
    figures: z.array(FigureReportSchema).max(LIMITS.figuresPerMessage),
  }),
  // Popup → background: the summary of one tab.
  z.object({
    type: z.literal('get-tab-summary'),
    tabId: z.number().int().nonnegative(),
  }),
  // Popup → background: the comparisons of the figures it is about to show, recomputed.
  z.object({
    type: z.literal('compare-figures'),
    tabId: z.number().int().nonnegative(),
    ids: z.array(z.number().int().nonnegative()).max(LIMITS.comparisonsPerMessage),
  }),
  // Options, popup → background: which data is in use, and how the update channel fares.
  z.object({ type: z.literal('data-status') }),
  // Options → background: check the update channel now (the reader asked, or changed it).
  z.object({ type: z.literal('data-check') }),
  // Content script → background: the reader chose "Get newer data" in a tooltip.
  z.object({ type: z.literal('open-data-options') }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;

/** The response schema for each background request type. */
export const BackgroundResponseSchemas = {
  'page-state': z.object({ ok: z.literal(true) }),
  'match-figures': z.object({ comparisons: z.array(ComparisonSchema) }),
  'get-tab-summary': z.object({ summary: TabSummarySchema.nullable() }),
  'data-status': DataStatusSchema,
  'data-check': DataStatusSchema,
  'open-data-options': z.object({ ok: z.literal(true) }),
  'compare-figures': z.object({
    figures: z
      .array(z.object({ id: z.number().int().nonnegative(), comparison: ComparisonSchema }))
      .max(LIMITS.comparisonsPerMessage),
  }),
} satisfies Record<BackgroundRequest['type'], z.ZodType>;

export type BackgroundResponse<T extends BackgroundRequest['type']> = z.infer<
  (typeof BackgroundResponseSchemas)[T]
>;

/** Messages handled by the content script (sent by the popup through tabs.sendMessage). */
export const ContentRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('focus-figure'), id: z.number().int().nonnegative() }),
]);
export type ContentRequest = z.infer<typeof ContentRequestSchema>;
