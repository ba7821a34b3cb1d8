import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

/** Where the shared fixtures live: beside the project, as on every developer machine and in CI. */
export const FIXTURES_DIR = resolve(import.meta.dirname, '../../../shared/fixtures');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
};

export interface ServeOptions {
  /**
   * Extra response headers for some files, keyed by the path as requested (e.g.
   * `/hostile/csp.html`): a Content-Security-Policy header, or a content type the table above
   * doesn't know. They are added to (and may replace) the usual headers.
   */
  headers?: Record<string, Record<string, string>>;
  /** Sent with every response (e.g. `access-control-allow-origin` for the data channel's tests). */
  allHeaders?: Record<string, string>;
  /** Called with each requested path, for tests that count requests. */
  onRequest?: (path: string) => void;
}

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves a folder on 127.0.0.1 (a random free port unless one is given). Used by `npm start`,
 * the end-to-end tests and the benchmark; never reachable from outside the machine.
 */
export async function serveFolder(
  root: string,
  port = 0,
  options: ServeOptions = {},
): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    options.onRequest?.(path);
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        ...options.allHeaders,
        ...options.headers?.[path],
      });
      response.end(body);
    } catch {
      response
        .writeHead(404, { 'content-type': 'text/plain', ...options.allHeaders })
        .end('not found');
    }
  });
  await new Promise<void>((ready) => server.listen(port, '127.0.0.1', ready));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
