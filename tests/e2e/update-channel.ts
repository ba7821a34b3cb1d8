import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { buildClaims } from '../../scripts/build-claims/build';
import { publish } from '../../scripts/data-publish/publish';
import { type StaticServer, serveFolder } from '../../scripts/lib/static-server';

/**
 * What the update-channel tests of both browsers share: the build fixtures (real rows, cut down;
 * Russian tanks end in April 2022) published and signed with a fresh key, a static server for the
 * channel whose folder a test swaps, and one for the fixture pages.
 */
export const channelBuild = buildClaims(
  resolve(import.meta.dirname, '../../scripts/build-claims/fixtures/data'),
);
export const newKey = (): KeyObject => generateKeyPairSync('ed25519').privateKey;

export interface Channel {
  /** The reader's "own source" address. */
  address: string;
  /** Paths requested from the channel so far. */
  requested: string[];
  channel: StaticServer;
  pages: StaticServer;
  /** Puts a publication's files (or any text) at the address, in place of what was there. */
  serve(files: Map<string, string>): void;
  close(): Promise<void>;
}

export async function openChannel(): Promise<Channel> {
  const folder = mkdtempSync(join(tmpdir(), 'crosscount-channel-'));
  const requested: string[] = [];
  // GitHub Pages also answers with this CORS header.
  const channel = await serveFolder(tmpdir(), 0, {
    allHeaders: { 'access-control-allow-origin': '*' },
    onRequest: (path) => requested.push(path),
  });
  const pages = await serveFolder(resolve(import.meta.dirname, 'fixtures'));
  return {
    address: `${channel.origin}/${basename(folder)}/`,
    requested,
    channel,
    pages,
    serve(files) {
      for (const name of readdirSync(folder)) rmSync(join(folder, name));
      for (const [name, text] of files) writeFileSync(join(folder, name), text);
    },
    async close() {
      await channel.close().catch(() => {});
      await pages.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export { publish };
