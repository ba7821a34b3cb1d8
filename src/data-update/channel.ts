import { loadClaimsDb } from '../claims/load';
import {
  MAX_DATABASE_BYTES,
  MAX_MANIFEST_BYTES,
  signedText,
  UPDATE_FILE,
  type UpdateManifest,
  UpdateManifestSchema,
} from './update-manifest';
import { sha256Hex, verifySignature } from './verify';

/** Where updates come from: a folder address holding update.json, and the key that signs it. */
export interface DataSource {
  url: string;
  publicKey: string;
}

/**
 * Why an update was not installed. Every one leaves the data in use as it was.
 * - unreachable: no answer, or an HTTP error
 * - malformed-manifest: update.json is not a manifest (garbage, too large, a wrong format)
 * - bad-signature: the manifest is not signed by the configured key (tampered, or another key)
 * - downgrade: the manifest is older than the data in use
 * - tampered-database: the database is not the one the signed manifest names (size or SHA-256)
 * - malformed-database: it is, but it does not pass the bundle's own validation
 */
export type RefusalReason =
  | 'unreachable'
  | 'malformed-manifest'
  | 'bad-signature'
  | 'downgrade'
  | 'tampered-database'
  | 'malformed-database';

export type CheckResult =
  | { kind: 'installed'; manifest: UpdateManifest; json: string }
  | { kind: 'up-to-date'; manifest: UpdateManifest }
  | { kind: 'refused'; reason: RefusalReason; detail: string };

/** The one network function: GET with no credentials, no referrer, no cache. */
export type Fetch = (url: string) => Promise<Response>;

/** Fetch options that send nothing about the reader: no cookies, no referrer, no cached copy. */
export const PRIVATE_FETCH: RequestInit = {
  method: 'GET',
  credentials: 'omit',
  referrerPolicy: 'no-referrer',
  cache: 'no-store',
  redirect: 'error',
};

class Refusal extends Error {
  constructor(
    readonly reason: RefusalReason,
    detail: string,
  ) {
    super(detail);
  }
}

/**
 * Checks a data source once: fetches its manifest, verifies the signature, refuses anything not
 * newer than `inUsePublished`, then fetches the database it names, checks it against the signed
 * size and SHA-256, and validates it like the bundled one. Never throws.
 */
export async function checkForUpdate(
  fetcher: Fetch,
  source: DataSource,
  inUsePublished: string,
): Promise<CheckResult> {
  try {
    const base = folderOf(source.url);
    const manifest = await readManifest(fetcher, new URL(UPDATE_FILE, base).href);
    if (!(await verifySignature(source.publicKey, signedText(manifest), manifest.signature))) {
      throw new Refusal('bad-signature', 'the manifest is not signed by the configured key');
    }
    if (manifest.published === inUsePublished) return { kind: 'up-to-date', manifest };
    if (manifest.published < inUsePublished) {
      throw new Refusal('downgrade', `published ${manifest.published}, older than the data in use`);
    }
    const json = await readDatabase(fetcher, new URL(manifest.database, base).href, manifest);
    return { kind: 'installed', manifest, json };
  } catch (error) {
    if (error instanceof Refusal)
      return { kind: 'refused', reason: error.reason, detail: error.message };
    return { kind: 'refused', reason: 'unreachable', detail: String(error).slice(0, 200) };
  }
}

/** The address as a folder URL ("https://x.org/data" → "https://x.org/data/"). */
export function folderOf(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

async function fetchBytes(
  fetcher: Fetch,
  url: string,
  limit: number,
): Promise<Uint8Array<ArrayBuffer>> {
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (error) {
    throw new Refusal('unreachable', `${url}: ${String(error).slice(0, 160)}`);
  }
  if (!response.ok) throw new Refusal('unreachable', `${url}: HTTP ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > limit)
    throw new Refusal('malformed-manifest', `${url}: ${declared} bytes, too large`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > limit) throw new Refusal('malformed-manifest', `${url}: too large`);
  return bytes;
}

async function readManifest(fetcher: Fetch, url: string): Promise<UpdateManifest> {
  const bytes = await fetchBytes(fetcher, url, MAX_MANIFEST_BYTES);
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new Refusal('malformed-manifest', `${url}: not JSON`);
  }
  const parsed = UpdateManifestSchema.safeParse(raw);
  if (!parsed.success) throw new Refusal('malformed-manifest', `${url}: not an update manifest`);
  return parsed.data;
}

async function readDatabase(fetcher: Fetch, url: string, manifest: UpdateManifest) {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = await fetchBytes(fetcher, url, MAX_DATABASE_BYTES);
  } catch (error) {
    // A database larger than any allowed is not the one the manifest signed.
    if (error instanceof Refusal && error.reason === 'malformed-manifest') {
      throw new Refusal('tampered-database', error.message);
    }
    throw error;
  }
  if (bytes.length !== manifest.bytes || (await sha256Hex(bytes)) !== manifest.sha256) {
    throw new Refusal('tampered-database', `${url}: not the database the signed manifest names`);
  }
  const json = new TextDecoder().decode(bytes);
  try {
    loadClaimsDb(JSON.parse(json));
  } catch (error) {
    throw new Refusal('malformed-database', String(error).slice(0, 200));
  }
  return json;
}
