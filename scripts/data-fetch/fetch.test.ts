import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { buildClaims } from '../build-claims/build';
import { datasetsRead } from '../build-claims/fetched';
import { checkAddress, type FetchedFile, fetchDatasets, RECORD_FILE } from './fetch';
import { DEFAULT_LOCAL_DIR } from './local';
import {
  API_BASE,
  type LocalFile,
  RAW_BASE,
  rawAddress,
  SOURCES,
  type UpstreamFile,
} from './sources';

// Offline: a local server answers as raw.githubusercontent.com and api.github.com would, from the
// copies in ../shared/data (byte-for-byte copies of the pinned commits, PROVENANCE.md), which is
// also the local data folder of the files with no public upstream.
const SHARED = path.resolve(import.meta.dirname, '../../../shared/data');
const ROOT = path.resolve(import.meta.dirname, '../..');
const UPSTREAM = SOURCES.filter((s): s is UpstreamFile => s.kind === 'upstream');
const LOCAL = SOURCES.filter((s): s is LocalFile => s.kind === 'local');
const NEW_COMMIT = 'c0ffee'.padEnd(40, '0');

type Misbehaviour = 'missing' | 'garbage' | 'silent';

interface Server {
  origin: string;
  /** Commits asked for, per repository. */
  commitsAsked: Map<string, Set<string>>;
  /** Every request's path, in order. */
  paths: string[];
  /** The authorization header of each request, by kind of request. */
  authorization: { api: (string | undefined)[]; files: (string | undefined)[] };
}

const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

/** Serves every upstream file at any commit; `trouble` makes the file of one upstream path misbehave. */
async function serve(trouble: Record<string, Misbehaviour> = {}): Promise<Server> {
  const commitsAsked = new Map<string, Set<string>>();
  const paths: string[] = [];
  const authorization: Server['authorization'] = { api: [], files: [] };
  const server = createServer((request, response: ServerResponse) => {
    paths.push(request.url ?? '/');
    const segments = new URL(request.url ?? '/', 'http://x').pathname.split('/').slice(1);
    const decoded = segments.map(decodeURIComponent);
    const api = decoded[0] === 'repos' && decoded.at(-2) === 'commits';
    authorization[api ? 'api' : 'files'].push(request.headers.authorization);
    if (api) {
      const body = { sha: NEW_COMMIT, commit: { committer: { date: '2026-12-06T05:00:00Z' } } };
      response.end(JSON.stringify(body));
      return;
    }
    const [owner, name, commit, ...rest] = decoded;
    const repo = `${owner}/${name}`;
    const source = UPSTREAM.find((s) => s.repo === repo && s.path === rest.join('/'));
    if (!source || !commit) return void response.writeHead(404).end('404: Not Found');
    commitsAsked.set(repo, (commitsAsked.get(repo) ?? new Set()).add(commit));
    const misbehaviour = trouble[source.path];
    if (misbehaviour === 'silent') return; // never answers
    if (misbehaviour === 'missing') return void response.writeHead(404).end('404: Not Found');
    if (misbehaviour === 'garbage') return void response.end('<html>rate limited</html>');
    response.end(readFileSync(path.join(SHARED, source.dataset, source.file)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => {
    server.closeAllConnections();
    server.close();
  });
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, commitsAsked, paths, authorization };
}

const freshDir = () => mkdtempSync(path.join(tmpdir(), 'crosscount-fetch-'));

/** A folder a previous fetch wrote, to check a failed fetch leaves it exactly as it was. */
function previousFetch(parent: string): string {
  const out = path.join(parent, 'data');
  mkdirSync(out);
  writeFileSync(path.join(out, RECORD_FILE), '[]\n');
  return out;
}

describe('data:fetch', () => {
  it('writes every file byte for byte as the pinned commit has it, and build:claims reads the folder', async () => {
    const { origin } = await serve();
    const out = path.join(freshDir(), 'data');
    const fetched = await fetchDatasets({ out, rawBase: origin, localDir: SHARED });
    for (const source of SOURCES) {
      const written = readFileSync(path.join(out, source.dataset, source.file));
      expect(written.equals(readFileSync(path.join(SHARED, source.dataset, source.file)))).toBe(
        true,
      );
    }
    const record = JSON.parse(readFileSync(path.join(out, RECORD_FILE), 'utf8')) as FetchedFile[];
    expect(record).toEqual(fetched);
    expect(record.filter((f) => f.from.startsWith('local:')).map((f) => f.from)).toEqual([
      'local:curated_statements/statements.csv',
      'local:oryx_scarnecchia/derived/totals_by_type_history.csv',
    ]);
    expect(record.map((f) => f.from)).toContain(
      `${origin}/TheEconomist/the-economist-ukraine-war-dead-and-wounded-estimates/978a24b4abdcca2ca6e89e2158dc5c281ea760ca/source-data/deaths-and-casualties-data/Soldier%20deaths_casualties%20in%20Ukraine%20-%20estimates.csv`,
    );
    const committed = readFileSync(
      path.resolve(import.meta.dirname, '../../src/data/claims.json'),
      'utf8',
    );
    expect(buildClaims(out).json).toBe(committed);
  }, 60_000);

  it('pins every upstream to a commit on https addresses', () => {
    expect(RAW_BASE.startsWith('https://')).toBe(true);
    expect(API_BASE.startsWith('https://')).toBe(true);
    for (const source of UPSTREAM) {
      expect(source.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(rawAddress(RAW_BASE, source.repo, source.commit, source.path)).toMatch(
        /^https:\/\/raw\.githubusercontent\.com\/[^/]+\/[^/]+\/[0-9a-f]{40}\/\S+$/,
      );
    }
  });

  it('refuses an address that is not https (plain http only on this machine)', async () => {
    expect(() => checkAddress('http://127.0.0.1:8080')).not.toThrow();
    expect(() => checkAddress('https://raw.githubusercontent.com')).not.toThrow();
    for (const address of ['http://example.org', 'ftp://example.org', 'file:///etc', 'nonsense']) {
      expect(() => checkAddress(address)).toThrow(/refused|not an address/);
    }
    const out = path.join(freshDir(), 'data');
    await expect(fetchDatasets({ out, rawBase: 'http://mirror.example' })).rejects.toThrow(
      /refused/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    ['missing', /HTTP 404/],
    ['garbage', /not the pinned file/],
    ['silent', /no complete answer within 500 ms/],
  ] as const)(
    'fails clearly on a file that is %s, leaving the folder as it was',
    async (how, message) => {
      const { origin } = await serve({ [UPSTREAM[2]?.path ?? '']: how });
      const parent = freshDir();
      const out = previousFetch(parent);
      const sources = UPSTREAM.slice(0, 3);
      const failure = fetchDatasets({ out, rawBase: origin, sources, timeoutMs: 500 });
      await expect(failure).rejects.toThrow(message);
      await expect(failure).rejects.toThrow(UPSTREAM[2]?.repo ?? '');
      expect(readdirSync(parent)).toEqual(['data']);
      expect(readdirSync(out)).toEqual([RECORD_FILE]);
    },
  );

  it('refuses garbage at the newest commit too, where no checksum is known', async () => {
    const { origin } = await serve({ [UPSTREAM[0]?.path ?? '']: 'garbage' });
    const out = path.join(freshDir(), 'data');
    const sources = UPSTREAM.slice(0, 1);
    await expect(
      fetchDatasets({ out, rawBase: origin, apiBase: origin, latest: true, sources }),
    ).rejects.toThrow(/russia_losses_equipment\.json: not a valid json file/);
    expect(existsSync(out)).toBe(false);
  });

  it('never replaces a folder it did not write', async () => {
    const { origin } = await serve();
    const out = freshDir();
    writeFileSync(path.join(out, 'notes.txt'), 'mine');
    await expect(fetchDatasets({ out, rawBase: origin, sources: [] })).rejects.toThrow(
      /not written by data:fetch/,
    );
    expect(readdirSync(out)).toEqual(['notes.txt']);
  });

  it('--latest reads followed upstreams at their newest commit and the manifest names it', async () => {
    const server = await serve();
    const out = path.join(freshDir(), 'data');
    const { origin } = server;
    const apiToken = 'token-of-the-job';
    await fetchDatasets({
      out,
      rawBase: origin,
      apiBase: origin,
      latest: true,
      sources: UPSTREAM,
      apiToken,
    });
    expect(new Set(server.authorization.api)).toEqual(new Set([`Bearer ${apiToken}`]));
    expect(new Set(server.authorization.files)).toEqual(new Set([undefined]));
    for (const source of UPSTREAM) {
      const expected = source.follow ? NEW_COMMIT : source.commit;
      expect(server.commitsAsked.get(source.repo)).toEqual(new Set([expected]));
    }
    const lod = datasetsRead(out).find((d) => d.id === 'ua_mod_orc_losses');
    expect(lod).toMatchObject({ commit: NEW_COMMIT, commitDate: '2026-12-06' });
    const heroes = datasetsRead(out).find((d) => d.id === 'ru_mod_claims_heroes');
    expect(heroes?.commit).toBe('3dda9f17a726d7802f075daa00c70a7790023981');
  });
});

describe('data:fetch, the files with no public upstream (--local)', () => {
  it('reads them from ../shared/data beside the project unless told otherwise', () => {
    expect(DEFAULT_LOCAL_DIR).toBe(path.resolve(ROOT, '../shared/data'));
    expect(LOCAL.map((s) => `${s.dataset}/${s.file}`)).toEqual([
      'curated_statements/statements.csv',
      'oryx_scarnecchia/derived/totals_by_type_history.csv',
    ]);
  });

  it('fails on a missing one before downloading anything, naming the file, the folder and --local', async () => {
    const server = await serve();
    const parent = freshDir();
    const out = previousFetch(parent);
    const empty = mkdtempSync(path.join(tmpdir(), 'crosscount-local-'));
    const failure = fetchDatasets({ out, rawBase: server.origin, localDir: empty });
    await expect(failure).rejects.toThrow(
      `curated_statements/statements.csv: not in the local data folder ${empty}; give the maintainers' data folder with --local DIR`,
    );
    expect(server.paths).toEqual([]);
    expect(readdirSync(parent)).toEqual(['data']);
    expect(readdirSync(out)).toEqual([RECORD_FILE]);
  });

  it('refuses one that differs from the recorded file, with both checksums', async () => {
    const { origin } = await serve();
    const local = mkdtempSync(path.join(tmpdir(), 'crosscount-local-'));
    for (const source of LOCAL)
      cpSync(path.join(SHARED, source.dataset), path.join(local, source.dataset), {
        recursive: true,
      });
    const oryx = LOCAL[1] as LocalFile;
    appendFileSync(path.join(local, oryx.dataset, oryx.file), '\n');
    const out = path.join(freshDir(), 'data');
    const failure = fetchDatasets({ out, rawBase: origin, localDir: local });
    await expect(failure).rejects.toThrow(
      `oryx_scarnecchia/derived/totals_by_type_history.csv in the local data folder ${local} is not the recorded file (${oryx.bytes + 1} bytes`,
    );
    await expect(failure).rejects.toThrow(`recorded ${oryx.bytes} bytes, sha256 ${oryx.sha256}`);
    await expect(failure).rejects.toThrow(/--local DIR/);
    expect(existsSync(out)).toBe(false);
  });

  it('tells the user of npm run data:fetch which file is missing and exits 1', () => {
    const out = path.join(freshDir(), 'data');
    const empty = mkdtempSync(path.join(tmpdir(), 'crosscount-local-'));
    const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
    const run = spawnSync(tsx, ['scripts/data-fetch.ts', '--out', out, '--local', empty], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe(
      `data:fetch failed: curated_statements/statements.csv: not in the local data folder ${empty}; give the maintainers' data folder with --local DIR (default ${DEFAULT_LOCAL_DIR})`,
    );
    expect(existsSync(out)).toBe(false);
  }, 30_000);

  it('has no copy of any raw dataset file in this repository, zipped or not', () => {
    const raw = new Set(SOURCES.map((s) => s.sha256));
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
      .split('\0')
      .filter((file) => file && existsSync(path.join(ROOT, file)));
    const copies = tracked.filter((file) => {
      const stored = readFileSync(path.join(ROOT, file));
      const bytes = file.endsWith('.gz') ? gunzipSync(stored) : stored;
      return raw.has(createHash('sha256').update(bytes).digest('hex'));
    });
    expect(tracked.length).toBeGreaterThan(100);
    expect(copies).toEqual([]);
  });
});
