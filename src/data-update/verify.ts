/**
 * Ed25519 and SHA-256 through WebCrypto, the same in the service worker, Firefox and Node: no
 * crypto of our own. Keys are the raw 32-byte public key in base64 (what `npm run data:publish`
 * prints).
 */

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A raw Ed25519 public key is 32 bytes: 44 characters of base64. */
export function isPublicKey(text: string): boolean {
  if (!/^[A-Za-z0-9+/]{43}=$/.test(text)) return false;
  return fromBase64(text).length === 32;
}

/** True when `signature` is `text` signed by the private key of `publicKey`; never throws. */
export async function verifySignature(
  publicKey: string,
  text: string,
  signature: string,
): Promise<boolean> {
  try {
    const key = await crypto.subtle.importKey(
      'raw',
      fromBase64(publicKey),
      { name: 'Ed25519' },
      false,
      ['verify'],
    );
    const data = new TextEncoder().encode(text);
    return await crypto.subtle.verify({ name: 'Ed25519' }, key, fromBase64(signature), data);
  } catch {
    return false;
  }
}

/** Lower-case hex SHA-256 of the bytes. */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}
