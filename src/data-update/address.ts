import { isPublicKey } from './verify';

/**
 * A data address the reader may enter: https, or plain http on this machine only (a newsroom
 * testing its own source, and our end-to-end tests). The signature, not the transport, is what
 * makes the data trustworthy; https keeps what is fetched private on the way.
 */
export function isDataAddress(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.username || url.password || url.search || url.hash) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && LOOPBACK.has(url.hostname);
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The source built into the extension by the release workflow (WXT_DATA_URL and
 * WXT_DATA_PUBLIC_KEY at build time); none when either is missing or malformed, and the options
 * then offer only the reader's own source.
 */
export function builtInSource(
  url: string | undefined,
  publicKey: string | undefined,
): { url: string; publicKey: string } | undefined {
  if (!url || !publicKey || !isDataAddress(url) || !isPublicKey(publicKey)) return undefined;
  return { url, publicKey };
}
