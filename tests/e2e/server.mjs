// A small static server for dist/, like a static host: it serves under a sub-path,
// compresses with gzip or brotli when the browser asks, and listens on 127.0.0.1 only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { parseHeaders } from '../../scripts/headers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts serving `root` under `base` (e.g. "/reachwise/") on 127.0.0.1.
 * With `headers`, the rules of `root`/_headers apply too, their paths taken from `base` (as
 * Netlify and Cloudflare Pages apply them from the site root), and every file has an ETag
 * that a conditional request is answered with 304 for.
 * Resolves to { url, close, requests, setRoot, setOffline } where url ends with the base path.
 * setRoot(dir) serves another build from the next request on (a new release); setOffline(true)
 * takes the server off the network, as when the connection is gone: it stops listening (a new
 * connection is refused) and drops the open ones; setOffline(false) listens on the port again.
 */
export async function serve(root, { base = '/', port = 0, compress = true, maxHeaderSize, headers: useHeaders = false } = {}) {
  let rootDir = resolve(root);
  let offline = false;
  const rules = useHeaders ? parseHeaders(await readFile(join(rootDir, '_headers'), 'utf8')) : [];
  const requests = [];
  const compressed = new Map();
  // maxHeaderSize (bytes) raises Node's 16 KB limit on the request line and headers, for very long links.
  const server = createServer(maxHeaderSize ? { maxHeaderSize } : {}, async (req, res) => {
    requests.push(req.url);
    if (offline) {
      req.socket.destroy();
      return;
    }
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
      const info = await stat(file);
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        // As a static host should: the page and the service worker always revalidated.
        'cache-control': extname(file) === '.html' || path === 'sw.js' ? 'no-cache' : 'public, max-age=31536000, immutable',
      };
      const sitePath = `/${url.pathname.slice(base.length)}`;
      for (const rule of rules) {
        if (rule.pattern.test(sitePath)) for (const [name, value] of rule.headers) headers[name] = value;
      }
      if (useHeaders) {
        // As hosts do: a validator, so that a no-cache file is revalidated (304), not sent again.
        headers.etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
        if (req.headers['if-none-match'] === headers.etag) {
          res.writeHead(304, headers).end();
          return;
        }
      }
      const accepts = req.headers['accept-encoding'] ?? '';
      if (compress && body.length > 256 && !/\.(png|jpg|woff2)$/.test(file)) {
        // Compressed once per file version, as a static host serves precompressed files.
        const encoding = accepts.includes('br') ? 'br' : accepts.includes('gzip') ? 'gzip' : null;
        if (encoding) {
          const key = `${file} ${info.mtimeMs} ${info.size} ${encoding}`;
          if (!compressed.has(key)) {
            compressed.set(key, encoding === 'br'
              ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
              : gzipSync(body, { level: 9 }));
          }
          body = compressed.get(key);
          headers['content-encoding'] = encoding;
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
    setRoot: (dir) => { rootDir = resolve(dir); },
    setOffline: async (flag) => {
      offline = flag;
      if (flag && server.listening) {
        const closed = new Promise((ok) => server.close(ok));
        server.closeAllConnections();
        await closed;
      } else if (!flag && !server.listening) {
        await new Promise((ok) => server.listen(actual, '127.0.0.1', ok));
      }
    },
    close: () => new Promise((ok) => {
      if (!server.listening) return ok();
      server.close(ok);
      server.closeAllConnections();
    }),
  };
}

// `node tests/e2e/server.mjs [dir] [port]` serves a built site by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const site = await serve(dir, { port: Number(process.argv[3] ?? 8080) });
  console.log(`Serving ${dir} at ${site.url}`);
}
