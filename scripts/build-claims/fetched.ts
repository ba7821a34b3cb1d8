import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DATASETS, type DatasetInfo } from './datasets';

/** What `npm run data:fetch` records beside the files (scripts/data-fetch/fetch.ts). */
const FetchRecord = z.array(
  z.object({
    dataset: z.string(),
    commit: z
      .string()
      .regex(/^[0-9a-f]{40}$/)
      .nullable(),
    commitDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
  }),
);

/**
 * The datasets as they were read: the table in datasets.ts, except where `data:fetch --latest`
 * read an upstream at a newer commit than the pinned one — then the manifest names that commit,
 * so "About the data" says which version of each dataset the figures come from.
 */
export function datasetsRead(dataDir: string): readonly DatasetInfo[] {
  const recordFile = path.join(dataDir, 'sources.json');
  if (!existsSync(recordFile)) return DATASETS;
  const parsed = FetchRecord.safeParse(JSON.parse(readFileSync(recordFile, 'utf8')));
  if (!parsed.success) throw new Error(`${recordFile}: not a data:fetch record`);
  const latest = new Map(
    parsed.data.flatMap((f) => (f.commit && f.commitDate ? [[f.dataset, f] as const] : [])),
  );
  return DATASETS.map((info) => {
    const read = latest.get(info.id);
    return read ? { ...info, commit: read.commit, commitDate: read.commitDate } : info;
  });
}
