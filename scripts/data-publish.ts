/**
 * `npm run data:publish -- --out DIR --private-key FILE [--data DIR]`: builds the claims
 * database from the raw datasets (../shared/data, $CROSSCOUNT_DATA or --data), signs it with an
 * Ed25519 private key (PKCS#8 PEM, as `openssl genpkey -algorithm ed25519` writes it) and writes
 * what a static web server needs into DIR: update.json and the database it names. Prints
 * `public key: <base64>` on its own line: the key readers enter beside the data address.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildClaims } from './build-claims/build';
import { publicationTime, publish, readPrivateKey } from './data-publish/publish';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function main(): void {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      'private-key': { type: 'string' },
      data: { type: 'string' },
    },
  });
  if (!values.out || !values['private-key']) {
    throw new Error('usage: npm run data:publish -- --out DIR --private-key FILE [--data DIR]');
  }
  const dataDir = path.resolve(
    values.data ?? process.env.CROSSCOUNT_DATA ?? path.join(projectRoot, '../shared/data'),
  );
  const key = readPrivateKey(readFileSync(values['private-key'], 'utf8'));
  const publication = publish(buildClaims(dataDir), key, publicationTime(new Date()));
  mkdirSync(values.out, { recursive: true });
  for (const [name, text] of publication.files) writeFileSync(path.join(values.out, name), text);
  const { manifest } = publication;
  console.log(
    `data ${manifest.version} (newest ${manifest.newest}), published ${manifest.published}`,
  );
  console.log(`wrote ${[...publication.files.keys()].join(', ')} to ${values.out}`);
  console.log(`public key: ${publication.publicKey}`);
}

try {
  main();
} catch (error) {
  console.error(`data:publish failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
