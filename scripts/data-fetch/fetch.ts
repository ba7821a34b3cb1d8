import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { DEFAULT_LOCAL_DIR, readLocal } from './local';
import {
  API_BASE,
  RAW_BASE,
  rawAddress,
  SOURCES,
  type SourceFile,
  type UpstreamFile,
} from './sources';

/** The record of a fetch, written beside the files: what came from where, and which commit. */
export const RECORD_FILE = 'sources.json';

/** Larger than any dataset by far; a body past it is not a dataset (or a server gone wrong). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface FetchOptions {
  /** The folder to write; replaced as a whole, and only once every file is in. */
  out: string;
  rawBase?: string;
  apiBase?: string;
  /** Read the followed upstreams at their newest commit instead of the pinned one. */
  latest?: boolean;
  /** Per request, from the request to the last byte. */
  timeoutMs?: number;
  /**
   * Sent to the commits API only, never to the file host: in CI, the job's own read-only token,
   * because the API allows an address without one only 60 requests an hour, shared by a runner pool.
   */
  apiToken?: string;
  sources?: readonly SourceFile[];
  /** The folder holding the `local` files (`<dataset>/<file>`); DEFAULT_LOCAL_DIR when absent. */
  localDir?: string;
  log?: (line: string) => void;
}

export interface FetchedFile {
  dataset: string;
  file: string;
  /** The address it was read from, or `local:<dataset>/<file>` for a file of the local data folder. */
  from: string;
  commit: string | null;
  commitDate: string | null;
  sha256: string;
  bytes: number;
}

/**
 * https only: the datasets feed what the extension tells readers, so they travel encrypted. Plain
 * http is allowed on this machine alone (127.0.0.1, localhost), which is what the offline tests
 * serve from.
 */
export function checkAddress(address: string): void {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new Error(`${address}: not an address`);
  }
  if (url.protocol === 'https:') return;
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol === 'http:' && loopback) return;
  throw new Error(
    `${address}: refused, only https: addresses (or http: on this machine, for tests)`,
  );
}

/**
 * Downloads every source into `out`: into a staging folder beside it first, then swapped in, so a
 * failure (an HTTP error, a timeout, a file that is not the pinned one or does not parse) leaves
 * `out` as it was and no half-written folder behind. Returns what was written.
 */
export async function fetchDatasets(options: FetchOptions): Promise<FetchedFile[]> {
  const rawBase = options.rawBase ?? RAW_BASE;
  const apiBase = options.apiBase ?? API_BASE;
  checkAddress(rawBase);
  if (options.latest) checkAddress(apiBase);
  const out = path.resolve(options.out);
  refuseForeignFolder(out);
  mkdirSync(path.dirname(out), { recursive: true });
  const stage = mkdtempSync(path.join(path.dirname(out), `.${path.basename(out)}.partial-`));
  try {
    const sources = options.sources ?? SOURCES;
    // The local files first: a missing or different one fails before anything is downloaded.
    const localDir = options.localDir ?? DEFAULT_LOCAL_DIR;
    const locals = new Map(
      sources.flatMap((s) => (s.kind === 'local' ? [[s, readLocal(s, localDir)] as const] : [])),
    );
    const timeoutMs = options.timeoutMs ?? 60_000;
    const commits = options.latest
      ? await latestCommits(sources, apiBase, timeoutMs, options.apiToken)
      : new Map<string, Commit>();
    const fetched: FetchedFile[] = [];
    for (const source of sources) {
      const { bytes, record } =
        source.kind === 'local'
          ? (locals.get(source) ?? readLocal(source, localDir))
          : await readUpstream(source, rawBase, commits.get(source.repo), timeoutMs);
      checkParses(source, bytes);
      const target = path.join(stage, source.dataset, source.file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, bytes);
      fetched.push(record);
      options.log?.(`${source.dataset}/${source.file}: ${record.bytes} bytes from ${record.from}`);
    }
    writeFileSync(path.join(stage, RECORD_FILE), `${JSON.stringify(fetched, null, 2)}\n`);
    swapIn(stage, out);
    return fetched;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** Never replace a folder that a fetch did not write (a typo must not wipe ../shared/data). */
function refuseForeignFolder(out: string): void {
  if (!existsSync(out) || readdirSync(out).length === 0) return;
  if (!existsSync(path.join(out, RECORD_FILE))) {
    throw new Error(`${out} is not empty and was not written by data:fetch; choose a new folder`);
  }
}

/** Two renames: the old folder is only removed once the new one is in place. */
function swapIn(stage: string, out: string): void {
  const old = `${stage}.old`;
  if (existsSync(out)) renameSync(out, old);
  renameSync(stage, out);
  rmSync(old, { recursive: true, force: true });
}

interface Commit {
  sha: string;
  date: string;
}

const CommitSchema = z.object({
  sha: z.string().regex(/^[0-9a-f]{40}$/),
  commit: z.object({ committer: z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}T/) }) }),
});

/** The newest commit of each followed upstream's default branch (one request per repository). */
async function latestCommits(
  sources: readonly SourceFile[],
  apiBase: string,
  timeoutMs: number,
  token: string | undefined,
) {
  const headers: Record<string, string> = { accept: 'application/vnd.github+json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const commits = new Map<string, Commit>();
  for (const source of sources) {
    if (source.kind !== 'upstream' || !source.follow || commits.has(source.repo)) continue;
    const address = `${apiBase.replace(/\/+$/, '')}/repos/${source.repo}/commits/HEAD`;
    const bytes = await download(address, timeoutMs, headers);
    let parsed: z.infer<typeof CommitSchema>;
    try {
      parsed = CommitSchema.parse(JSON.parse(new TextDecoder().decode(bytes)));
    } catch {
      throw new Error(`${address}: not a GitHub commit`);
    }
    commits.set(source.repo, { sha: parsed.sha, date: parsed.commit.committer.date.slice(0, 10) });
  }
  return commits;
}

/** A file's bytes and what the fetch record says of it. */
export interface Read {
  bytes: Uint8Array;
  record: FetchedFile;
}

async function readUpstream(
  source: UpstreamFile,
  rawBase: string,
  latest: Commit | undefined,
  timeoutMs: number,
): Promise<Read> {
  const commit = latest?.sha ?? source.commit;
  const address = rawAddress(rawBase, source.repo, commit, source.path);
  const bytes = await download(address, timeoutMs);
  const sha256 = sha256Of(bytes);
  // A pinned commit's file never changes: anything else is a wrong, truncated or forged answer.
  if (!latest && (sha256 !== source.sha256 || bytes.length !== source.bytes)) {
    throw new Error(`${address}: not the pinned file (${bytes.length} bytes, sha256 ${sha256})`);
  }
  const record = {
    dataset: source.dataset,
    file: source.file,
    from: address,
    commit,
    commitDate: latest?.date ?? null,
    sha256,
    bytes: bytes.length,
  };
  return { bytes, record };
}

/** GET without cookies or a referrer; the whole answer within the timeout and the size limit. */
async function download(
  address: string,
  timeoutMs: number,
  headers: Record<string, string> = {},
): Promise<Uint8Array> {
  checkAddress(address);
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(address, {
      headers,
      signal,
      redirect: 'error',
      credentials: 'omit',
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_FILE_BYTES) throw new Error(`${declared} bytes, more than any dataset`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > MAX_FILE_BYTES)
      throw new Error(`${bytes.length} bytes, more than any dataset`);
    return bytes;
  } catch (error) {
    const why = signal.aborted
      ? `no complete answer within ${timeoutMs} ms`
      : error instanceof Error
        ? error.message
        : String(error);
    throw new Error(`${address}: ${why}`);
  }
}

/** The readers of build:claims would fail later and less clearly on a file that does not parse. */
function checkParses(source: SourceFile, bytes: Uint8Array): void {
  const where = `${source.dataset}/${source.file}`;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (source.file.endsWith('.json')) JSON.parse(text);
    else if ((parse(text, { bom: true, relax_column_count: true }) as unknown[]).length < 2)
      throw new Error('no rows');
  } catch (error) {
    throw new Error(
      `${where}: not a valid ${path.extname(source.file).slice(1)} file (${error instanceof Error ? error.message : error})`,
    );
  }
}

function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
