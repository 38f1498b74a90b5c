// The one static HTTP server, used by `npm start` (demo page) and by the browser tests.
// node:http only: no dependency, and nothing here ever leaves 127.0.0.1.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** e.g. `http://127.0.0.1:41234` */
  readonly origin: string;
  /** Absolute URL for a path on this server. */
  url(pathname: string): string;
  /** Serve `html` at `pathname` from memory (wins over a file of the same name). */
  page(pathname: string, html: string): void;
  close(): Promise<void>;
}

/** Serves `root` (and in-memory pages) on 127.0.0.1 at a free port the OS picks. */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const rootDir = path.resolve(root);
  const pages = new Map<string, string>();

  const server = createServer((req, res) => {
    void (async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      let pathname: string;
      try {
        pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      } catch {
        res.writeHead(400).end();
        return;
      }
      if (pathname.endsWith('/')) pathname += 'index.html';

      const send = (status: number, type: string, body: Buffer | string): void => {
        // no-store: tests rewrite pages between runs and must never see a cached copy.
        res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
        res.end(req.method === 'HEAD' ? undefined : body);
      };

      const inMemory = pages.get(pathname);
      if (inMemory !== undefined) {
        send(200, 'text/html; charset=utf-8', inMemory);
        return;
      }
      const file = path.resolve(rootDir, '.' + pathname);
      // Refuse anything that escapes the root (`/../`, encoded or not).
      if (file !== rootDir && !file.startsWith(rootDir + path.sep)) {
        send(403, 'text/plain; charset=utf-8', 'forbidden');
        return;
      }
      try {
        if (!(await stat(file)).isFile()) throw new Error('not a file');
        send(200, contentTypeFor(file), await readFile(file));
      } catch {
        send(404, 'text/plain; charset=utf-8', 'not found');
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    url: (pathname) => new URL(pathname, origin + '/').href,
    page: (pathname, html) => {
      pages.set(pathname.startsWith('/') ? pathname : '/' + pathname, html);
    },
    close: () =>
      new Promise<void>((resolve) => {
        // Chromium keeps connections alive; without this close() waits for them to time out.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
