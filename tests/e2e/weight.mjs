// First-load weight of a built site: index.html and every file it references (stylesheet,
// icon, preloads, scripts and the wasm the inline loader names), raw, gzip -9 and brotli 11.
import { readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

/**
 * The first-load budget, gzip -9: 135,000 bytes, the figure the weight issue set for the
 * whole round. It was 150,000 (read strictly) until the results moved to a worker loaded on
 * first use (115,411 bytes then); the test enforces 135,000 from then on, so later features
 * pay for their bytes within it.
 */
export const BUDGET_BYTES = 135_000;

/** The files a first visit downloads, relative to `dir`, index.html first. */
export function firstLoadFiles(dir = 'dist') {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const found = ['index.html'];
  const patterns = [
    // Quoted or not: release builds are minified and drop quotes where they can.
    /<(?:link|script|img|source)\b[^>]*?\b(?:href|src)\s*=\s*(?:["']([^"']+)["']|([^\s>"']+))/gi,
    // Inside the inline loader: `import init from './x.js'` and `module_or_path: './x.wasm'`.
    /\bimport\b[^'"]*?from\s*['"]([^'"]+)['"]/g,
    /['"]([^'"]+\.wasm)['"]/g,
  ];
  for (const pattern of patterns) {
    for (const [, quoted, bare] of html.matchAll(pattern)) {
      const url = quoted ?? bare;
      if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) {
        throw new Error(`index.html references another origin: ${url}`);
      }
      const path = normalize(url.replace(/[?#].*$/, '')).replace(/^\.?\//, '');
      if (!found.includes(path)) found.push(path);
    }
  }
  for (const path of found) statSync(join(dir, path)); // throws if a referenced file is missing
  return found;
}

/** [{ file, raw, gzip, brotli }] for every first-load file, plus a total row. */
export function weigh(dir = 'dist') {
  const rows = firstLoadFiles(dir).map((file) => {
    const body = readFileSync(join(dir, file));
    return {
      file,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      }).length,
    };
  });
  const total = { file: 'total', raw: 0, gzip: 0, brotli: 0 };
  for (const row of rows) for (const key of ['raw', 'gzip', 'brotli']) total[key] += row[key];
  return [...rows, total];
}

/** A plain-text table of `weigh()` rows. */
export function formatWeights(rows) {
  const width = Math.max(...rows.map((r) => r.file.length));
  const n = (v) => v.toLocaleString('en-US').padStart(9);
  return [
    `${'file'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip -9'.padStart(9)}  ${'brotli'.padStart(9)}`,
    ...rows.map((r) => `${r.file.padEnd(width)}  ${n(r.raw)}  ${n(r.gzip)}  ${n(r.brotli)}`),
  ].join('\n');
}
