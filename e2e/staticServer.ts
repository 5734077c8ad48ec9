import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
};

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves a built folder on a free local port, with `rewrite` changing a file's text on the way
 * out: a second deployment without a second build (the service worker's update check is
 * fetched by the browser itself, out of page.route's reach).
 */
export async function serveFolder(
  root: string,
  rewrite: (path: string, text: string) => string = (_path, text) => text,
): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const path = normalize(pathname === '/' ? '/index.html' : pathname).slice(1);
    const type = TYPES[extname(path)];
    if (path.startsWith('..') || !type) {
      res.writeHead(404).end();
      return;
    }
    readFile(join(root, path)).then(
      (body) => {
        res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
        res.end(type.startsWith('text/') ? rewrite(path, body.toString('utf8')) : body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
