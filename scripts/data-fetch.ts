/**
 * `npm run data:fetch -- --out DIR [--local DIR] [--latest] [--base URL] [--api URL] [--timeout-ms N]`:
 * downloads the raw datasets that `npm run build:claims -- --data DIR` reads, from the addresses in
 * scripts/data-fetch/sources.ts (pinned commits, checked by SHA-256; `--latest` reads the upstreams
 * that are still updated at their newest commit, as the scheduled data workflow does). The files
 * with no public upstream are copied from the maintainers' data folder, `--local` (default
 * ../shared/data beside the project), checked by SHA-256 and size. `--base` and
 * `--api` replace raw.githubusercontent.com and api.github.com, for a mirror or the offline tests.
 * $GITHUB_TOKEN, when set, goes to the commits API only. On any failure DIR is left as it was and
 * the command exits 1.
 */
import { parseArgs } from 'node:util';
import { fetchDatasets, RECORD_FILE } from './data-fetch/fetch';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      local: { type: 'string' },
      latest: { type: 'boolean', default: false },
      base: { type: 'string' },
      api: { type: 'string' },
      'timeout-ms': { type: 'string' },
    },
  });
  if (!values.out) {
    throw new Error(
      'usage: npm run data:fetch -- --out DIR [--local DIR] [--latest] [--base URL] [--api URL] [--timeout-ms N]',
    );
  }
  const timeoutMs = values['timeout-ms'] === undefined ? undefined : Number(values['timeout-ms']);
  if (timeoutMs !== undefined && !(Number.isInteger(timeoutMs) && timeoutMs > 0)) {
    throw new Error(`--timeout-ms ${values['timeout-ms']}: not a positive whole number`);
  }
  const fetched = await fetchDatasets({
    out: values.out,
    localDir: values.local,
    latest: values.latest,
    rawBase: values.base,
    apiBase: values.api,
    timeoutMs,
    apiToken: process.env.GITHUB_TOKEN || undefined,
    log: (line) => console.log(line),
  });
  console.log(`wrote ${fetched.length} files and ${RECORD_FILE} to ${values.out}`);
}

main().catch((error: unknown) => {
  console.error(`data:fetch failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
