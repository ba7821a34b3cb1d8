import { createHash, createPrivateKey, createPublicKey, type KeyObject, sign } from 'node:crypto';
import {
  signedText,
  type UnsignedManifest,
  UPDATE_FILE,
  UPDATE_FORMAT,
  UPDATE_FORMAT_VERSION,
  type UpdateManifest,
  UpdateManifestSchema,
} from '../../src/data-update/update-manifest';
import type { BuildOutput } from '../build-claims/build';

/** The files a static web server needs, by file name. */
export interface Publication {
  files: Map<string, string>;
  manifest: UpdateManifest;
  /** The raw Ed25519 public key, base64: what the extension's options take. */
  publicKey: string;
}

/** An Ed25519 private key from PKCS#8 PEM (as `openssl genpkey -algorithm ed25519` writes it). */
export function readPrivateKey(pem: string): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new Error(`expected an Ed25519 private key, got ${key.asymmetricKeyType ?? 'none'}`);
  }
  return key;
}

/** The raw 32-byte public key of a private key, base64. */
export function publicKeyOf(key: KeyObject): string {
  const jwk = createPublicKey(key).export({ format: 'jwk' });
  return Buffer.from(jwk.x as string, 'base64url').toString('base64');
}

/** "2026-12-07T04:51:09Z": the publication time, to the second (it orders versions). */
export function publicationTime(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/**
 * Signs a build for the update channel: the database under a name that changes with its
 * content (so no cache serves an old one under a new manifest), and update.json naming it.
 */
export function publish(build: BuildOutput, key: KeyObject, published: string): Publication {
  const sha256 = createHash('sha256').update(build.json).digest('hex');
  const database = `claims-${sha256.slice(0, 16)}.json`;
  const unsigned: UnsignedManifest = {
    format: UPDATE_FORMAT,
    formatVersion: UPDATE_FORMAT_VERSION,
    published,
    version: build.manifest.version,
    newest: build.manifest.buildDate,
    database,
    bytes: Buffer.byteLength(build.json),
    sha256,
    datasets: build.manifest.datasets.map(
      ({ id, title, publisher, licence, link, from, to, claims }) => ({
        id,
        title,
        publisher,
        licence,
        link,
        from,
        to,
        claims,
      }),
    ),
  };
  const signature = sign(null, Buffer.from(signedText(unsigned)), key).toString('base64');
  // The extension parses the manifest with the same schema: fail here, not in the browser.
  const manifest = UpdateManifestSchema.parse({ ...unsigned, signature });
  const files = new Map([
    [database, build.json],
    [UPDATE_FILE, `${JSON.stringify(manifest, null, 2)}\n`],
  ]);
  return { files, manifest, publicKey: publicKeyOf(key) };
}
