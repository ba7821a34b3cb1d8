/**
 * `npm run build:claims [-- --data DIR]`: reads the raw datasets (--data, else $CROSSCOUNT_DATA,
 * else ../shared/data; `npm run data:fetch` writes such a folder) and writes
 * the bundled claims database src/data/claims.json, its manifest src/data/claims-manifest.json
 * and its report src/data/claims-report.md. A malformed row fails the build (exit 1), naming the
 * file and row; nothing is written then.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildClaims } from './build-claims/build';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function main(): void {
  const { values } = parseArgs({ options: { data: { type: 'string' } } });
  const dataDir = path.resolve(
    values.data ?? process.env.CROSSCOUNT_DATA ?? path.join(projectRoot, '../shared/data'),
  );
  const out = buildClaims(dataDir);
  const dataOut = path.join(projectRoot, 'src/data');
  mkdirSync(dataOut, { recursive: true });
  writeFileSync(path.join(dataOut, 'claims.json'), out.json);
  writeFileSync(path.join(dataOut, 'claims-report.md'), out.report);
  writeFileSync(path.join(dataOut, 'claims-manifest.json'), out.manifestJson);
  const raw = Buffer.byteLength(out.json);
  const gz = gzipSync(out.json, { level: 9 }).length;
  console.log(
    `claims.json: ${out.bundle.series.length} series, ${out.bundle.statements.length} statements, ${raw} bytes (${gz} gzip)`,
  );
}

try {
  main();
} catch (error) {
  console.error(`build-claims failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
