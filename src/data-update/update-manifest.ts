import { z } from 'zod/mini';
import { index, list, matching, text, whole } from '../core/schema-parts';
import { IsoDateSchema } from '../core/vocabulary';

/**
 * The small signed file a data source publishes beside its database (`update.json`). The
 * signature covers every field the extension acts on or shows, in a fixed text form
 * (signedText), so nothing in it can be changed without the private key; the database itself is
 * bound by its SHA-256.
 */
export const UPDATE_FORMAT = 'crosscount-data-update';
export const UPDATE_FORMAT_VERSION = 1;
/** The manifest's file name in the data address. */
export const UPDATE_FILE = 'update.json';
/** Larger than any real manifest or database by far: a bigger answer is refused unread. */
export const MAX_MANIFEST_BYTES = 64 * 1024;
export const MAX_DATABASE_BYTES = 20 * 1024 * 1024;

const Base64 = matching(/^[A-Za-z0-9+/]+={0,2}$/);

/** One dataset of the database, for "About the data" (the build's own manifest entry). */
export const UpdateDatasetSchema = z.object({
  id: text(100),
  title: text(300),
  publisher: text(300),
  licence: text(100),
  link: text(2000),
  // Empty for a dataset that gave no claim to this build.
  from: z.union([IsoDateSchema, z.literal('')]),
  to: z.union([IsoDateSchema, z.literal('')]),
  claims: index(),
});

export const UpdateManifestSchema = z.strictObject({
  format: z.literal(UPDATE_FORMAT),
  formatVersion: z.literal(UPDATE_FORMAT_VERSION),
  /** When it was published (UTC, to the second): orders versions, so an older one is refused. */
  published: matching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
  /** The data's own version, as the build names it ("2026-08-22.bf0fad5b6563"). */
  version: matching(/^[A-Za-z0-9._-]{1,100}$/),
  /** The newest as-of date of any figure in the database. */
  newest: IsoDateSchema,
  /** The database's file name, in the same folder as the manifest. */
  database: matching(/^[A-Za-z0-9._-]{1,100}\.json$/),
  // Marked pure, the two .check() calls: the content script reaches this module (status.ts) for
  // none of it, and its build may then drop them.
  bytes: /* @__PURE__ */ whole().check(z.positive(), z.lte(MAX_DATABASE_BYTES)),
  sha256: matching(/^[0-9a-f]{64}$/),
  datasets: list(UpdateDatasetSchema, 50),
  /** Ed25519 signature of signedText(manifest), base64. */
  signature: /* @__PURE__ */ Base64.check(z.length(88)),
});
export type UpdateManifest = z.infer<typeof UpdateManifestSchema>;
export type UnsignedManifest = Omit<UpdateManifest, 'signature'>;

/** The exact text that is signed: one field a line, in a fixed order, datasets as JSON. */
export function signedText(m: UnsignedManifest): string {
  return [
    `${m.format}/${m.formatVersion}`,
    m.published,
    m.version,
    m.newest,
    m.database,
    String(m.bytes),
    m.sha256,
    JSON.stringify(m.datasets),
  ].join('\n');
}

/** The publication time of the bundled data: its newest date, at midnight UTC. */
export function bundledPublished(newest: string): string {
  return `${newest}T00:00:00Z`;
}
