// A small static server for dist/, like a static host: it serves under a sub-path,
// compresses with gzip or brotli when the browser asks, and listens on 127.0.0.1 only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts serving `root` under `base` (e.g. "/reachwise/") on 127.0.0.1.
 * Resolves to { url, close, requests } where url ends with the base path.
 */
export async function serve(root, { base = '/', port = 0, compress = true } = {}) {
  const rootDir = resolve(root);
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      if (!url.pathname.startsWith(base)) {
        res.writeHead(404).end('not found');
        return;
      }
      let path = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
      if (path.endsWith('/')) path += 'index.html';
      const file = normalize(join(rootDir, path));
      if (!file.startsWith(rootDir) || !(await stat(file)).isFile()) {
        res.writeHead(404).end('not found');
        return;
      }
      let body = await readFile(file);
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': extname(file) === '.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
      };
      const accepts = req.headers['accept-encoding'] ?? '';
      if (compress && body.length > 256 && !/\.(png|jpg|woff2)$/.test(file)) {
        if (accepts.includes('br')) {
          body = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
          headers['content-encoding'] = 'br';
        } else if (accepts.includes('gzip')) {
          body = gzipSync(body, { level: 9 });
          headers['content-encoding'] = 'gzip';
        }
        headers.vary = 'accept-encoding';
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: actual } = server.address();
  return {
    url: `http://127.0.0.1:${actual}${base}`,
    requests,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

// `node tests/e2e/server.mjs [dir] [port]` serves a built site by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const site = await serve(dir, { port: Number(process.argv[3] ?? 8080) });
  console.log(`Serving ${dir} at ${site.url}`);
}
