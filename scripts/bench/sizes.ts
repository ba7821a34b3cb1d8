import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The built size of one entrypoint (or shared chunk): its JS, CSS and HTML files together. */
export interface EntrySize {
  entry: string;
  files: string[];
  raw: number;
  gzip: number;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(js|css|html)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** `popup-swjdxMzU.js` and `popup.html` both belong to `popup`. */
function entryOf(file: string): string {
  return basename(file)
    .replace(/\.(js|css|html)$/, '')
    .replace(/-[\w-]{8}$/, '');
}

/** Sizes per entrypoint of a built extension, raw and gzip (zlib default level), largest first. */
export async function bundleSizes(outputDir: string): Promise<EntrySize[]> {
  const byEntry = new Map<string, EntrySize>();
  for (const file of await filesUnder(outputDir)) {
    const content = await readFile(file);
    const entry = entryOf(file);
    const size = byEntry.get(entry) ?? { entry, files: [], raw: 0, gzip: 0 };
    size.files.push(relative(outputDir, file));
    size.raw += content.length;
    size.gzip += gzipSync(content).length;
    byEntry.set(entry, size);
  }
  return [...byEntry.values()].sort((a, b) => b.raw - a.raw);
}
