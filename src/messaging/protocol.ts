import { z } from 'zod/mini';
import { index, list, text } from '../core/schema-parts';
import { DataStatusSchema } from '../data-update/status';
import { ComparisonSchema, FigureReportSchema, LIMITS, TabSummarySchema } from './schemas';

/**
 * Every runtime message of the extension, one zod union per direction, its members told apart by
 * a literal `type` (the background's is a z.discriminatedUnion; the content script's, below, is
 * not). Listeners `safeParse` what they receive and drop anything else (GUIDE §6.3): a page can't
 * forge these (they travel through the extension's own channel), but a bug or another extension
 * must not be able to crash a handler with a malformed payload.
 */

// Content script → background: a page (re)loaded; resets the tab's summary.
const PageState = z.object({
  type: z.literal('page-state'),
  url: text(LIMITS.urlLength),
  enabled: z.boolean(),
});
// Content script → background: one chunk of figures to match; appended to the tab's summary.
const MatchFigures = z.object({
  type: z.literal('match-figures'),
  figures: list(FigureReportSchema, LIMITS.figuresPerMessage),
});
// Content script → background: the reader chose "Get newer data" in a tooltip.
const OpenDataOptions = z.object({ type: z.literal('open-data-options') });

/**
 * The requests a content script sends, one schema each. The content script checks what it sends
 * with these alone, which lets its build leave out the union below and zod's discriminated-union
 * machinery (a request of one of these types passes the union exactly when it passes its own
 * member: the union picks the member by `type`).
 */
export const PageRequestSchemas = {
  'page-state': PageState,
  'match-figures': MatchFigures,
  'open-data-options': OpenDataOptions,
};

/** Messages handled by the background service worker. */
export const BackgroundRequestSchema = z.discriminatedUnion('type', [
  PageState,
  MatchFigures,
  // Popup → background: the summary of one tab.
  z.object({
    type: z.literal('get-tab-summary'),
    tabId: index(),
  }),
  // Popup → background: the comparisons of the figures it is about to show, recomputed.
  z.object({
    type: z.literal('compare-figures'),
    tabId: index(),
    ids: list(index(), LIMITS.comparisonsPerMessage),
  }),
  // Options, popup → background: which data is in use, and how the update channel fares.
  z.object({ type: z.literal('data-status') }),
  // Options → background: check the update channel now (the reader asked, or changed it).
  z.object({ type: z.literal('data-check') }),
  OpenDataOptions,
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;

/**
 * The response schema for each request a content script sends. Kept apart from the others so
 * that the content script, which every page loads, carries only these (the popup's and options'
 * data-status and summaries stay out of it).
 */
export const PageResponseSchemas = {
  'page-state': z.object({ ok: z.literal(true) }),
  'match-figures': z.object({ comparisons: z.array(ComparisonSchema) }),
  'open-data-options': z.object({ ok: z.literal(true) }),
} satisfies Partial<Record<BackgroundRequest['type'], z.ZodMiniType>>;
export type PageRequestType = keyof typeof PageResponseSchemas;

/** The response schema for each background request type. */
export const BackgroundResponseSchemas = {
  ...PageResponseSchemas,
  'get-tab-summary': z.object({ summary: z.nullable(TabSummarySchema) }),
  'data-status': DataStatusSchema,
  'data-check': DataStatusSchema,
  'compare-figures': z.object({
    figures: list(
      z.object({ id: index(), comparison: ComparisonSchema }),
      LIMITS.comparisonsPerMessage,
    ),
  }),
} satisfies Record<BackgroundRequest['type'], z.ZodMiniType>;

export type BackgroundResponse<T extends BackgroundRequest['type']> = z.infer<
  (typeof BackgroundResponseSchemas)[T]
>;

/**
 * Messages handled by the content script (sent by the popup through tabs.sendMessage): one so far,
 * a plain object with its literal `type`. A union of one member passes what that member passes,
 * and the content script carries no union otherwise; a second message makes this a union of
 * tagged members (not z.discriminatedUnion: 0.4 KB of zod in the script every page loads).
 */
export const ContentRequestSchema = z.object({ type: z.literal('focus-figure'), id: index() });
export type ContentRequest = z.infer<typeof ContentRequestSchema>;
