import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Read } from './fetch';
import type { LocalFile } from './sources';

/** Where `local` files are read when no `--local DIR` is given: ../shared/data beside the project. */
export const DEFAULT_LOCAL_DIR = path.resolve(import.meta.dirname, '../../../shared/data');

/**
 * A file with no public upstream, from the local data folder: exactly the recorded one or nothing,
 * since no commit pins it. The message names the file, the folder and the option to fix it.
 */
export function readLocal(source: LocalFile, localDir: string): Read {
  const where = `${source.dataset}/${source.file}`;
  const folder = path.resolve(localDir);
  const file = path.join(folder, source.dataset, source.file);
  const fix = `give the maintainers' data folder with --local DIR (default ${DEFAULT_LOCAL_DIR})`;
  if (!existsSync(file)) {
    throw new Error(`${where}: not in the local data folder ${folder}; ${fix}`);
  }
  const bytes = readFileSync(file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== source.sha256 || bytes.length !== source.bytes) {
    throw new Error(
      `${where} in the local data folder ${folder} is not the recorded file ` +
        `(${bytes.length} bytes, sha256 ${sha256}; recorded ${source.bytes} bytes, sha256 ${source.sha256}); ` +
        `${fix}, or record the new size and sha256 in scripts/data-fetch/sources.ts`,
    );
  }
  const record = {
    dataset: source.dataset,
    file: source.file,
    from: `local:${where}`,
    commit: null,
    commitDate: null,
    sha256,
    bytes: bytes.length,
  };
  return { bytes, record };
}
