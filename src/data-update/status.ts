import { z } from 'zod/mini';
import { list, text } from '../core/schema-parts';
import { IsoDateSchema } from '../core/vocabulary';
import { UpdateDatasetSchema } from './update-manifest';

/** How the last check of the update channel ended (channel.ts names each refusal). */
export const OutcomeSchema = z.enum([
  'installed',
  'up-to-date',
  'unreachable',
  'malformed-manifest',
  'bad-signature',
  'downgrade',
  'tampered-database',
  'malformed-database',
]);
export type Outcome = z.infer<typeof OutcomeSchema>;

export const CheckStatusSchema = z.object({
  /** When the check ran (ms since the epoch). */
  at: z.number(),
  /** The source address it asked. */
  url: text(2000),
  outcome: OutcomeSchema,
  detail: z.optional(text(300)),
});
export type CheckStatus = z.infer<typeof CheckStatusSchema>;

/** What the options page and the popup show about the data in use and the channel. */
export const DataStatusSchema = z.object({
  inUse: z.object({
    origin: z.enum(['bundled', 'update']),
    version: text(100),
    newest: IsoDateSchema,
  }),
  /** The datasets of an installed update (the bundled ones come with the extension). */
  datasets: z.optional(list(UpdateDatasetSchema, 50)),
  enabled: z.boolean(),
  /** Which source a check would ask: the one built in, the reader's own, or none. */
  source: z.enum(['default', 'own', 'none']),
  last: z.optional(CheckStatusSchema),
});
export type DataStatus = z.infer<typeof DataStatusSchema>;
