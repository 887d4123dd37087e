// Content hashes in the names of the files the page loads on demand (a post-build step,
// scripts/post_build.mjs). Trunk hashes the app's own glue and wasm but writes the workers'
// and saved scenarios' files under fixed names, which a host must serve no-cache: a returning
// visitor's first use of a part then waited a round trip to revalidate it, and a host that
// caches every file for a while (GitHub Pages: ten minutes) could hand a new page an old
// worker. Hashed, each page names exactly the files of its own build, which hosts and the
// service worker keep for good (scripts/headers.mjs, scripts/offline.mjs).
//
// A file's hash covers the hashed names of the files it names (leaves first), and the page
// learns the names two ways: index.html's own script names them as written, rewritten here;
// the app's wasm, which cannot be rewritten, reads `window.reachwiseFiles` (src/app/files.rs).
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The files loaded on demand, leaves first: each names only files listed before it. */
export const ON_DEMAND = [
  'reachwise-worker_bg.wasm',
  'reachwise-worker-lists_bg.wasm',
  'reachwise-saved_bg.wasm',
  'reachwise-worker.js',
  'reachwise-worker-lists.js',
  'reachwise-saved.js',
  'reachwise-worker_loader.js',
  'reachwise-worker-lists_loader.js',
  'results-loader.js',
  'saved-loader.js',
];

/** The placeholder in index.html's first script that becomes the map of hashed names. */
const MAP_PLACEHOLDER = /window\.reachwiseFiles\s*=\s*\{\s*\}/;

/** `name` with `hash` before its `_bg.wasm` or `.js`, the form Trunk gives hashed files. */
export function hashedName(name, hash) {
  return name.replace(/(_bg\.wasm|\.js)$/, `-${hash}$1`);
}

/** `text` with every character that a regular expression reads as syntax escaped. */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern that matches `name` with any content hash, as hashedName writes it. */
export function hashedPattern(name) {
  return new RegExp(`^${escapeRegExp(hashedName(name, 'HASH')).replace('HASH', '[0-9a-f]{16}')}$`);
}

/** Whether `file` is one of the files loaded on demand, by the name Trunk writes or hashed. */
export function isOnDemandFile(file) {
  return ON_DEMAND.some((name) => file === name || hashedPattern(name).test(file));
}

/** `text` with every `./old` of `renames` (a Map of old to new names) made `./new`. */
export function renameReferences(text, renames) {
  let out = text;
  for (const [old, name] of renames) {
    out = out.replace(new RegExp(`(?<=["'\`]\\./)${escapeRegExp(old)}(?=["'\`])`, 'g'), name);
  }
  return out;
}

/** The first 16 hex digits of the sha256 of `bytes`. */
const contentHash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/**
 * Renames the on-demand files of the build in `dir` to hashed names, rewrites the names in
 * the files that name them and in `html`, and fills index.html's map for the app's wasm.
 * Returns { html, renames } (renames: a Map of old to new names).
 */
export function hashOnDemandFiles(dir, html) {
  if (!MAP_PLACEHOLDER.test(html)) throw new Error('index.html has no window.reachwiseFiles = {} to fill');
  const renames = new Map();
  for (const name of ON_DEMAND) {
    const file = join(dir, name);
    let bytes = readFileSync(file);
    if (name.endsWith('.js')) {
      bytes = Buffer.from(renameReferences(bytes.toString('utf8'), renames));
    }
    const hashed = hashedName(name, contentHash(bytes));
    writeFileSync(join(dir, hashed), bytes);
    rmSync(file);
    renames.set(name, hashed);
  }
  const map = JSON.stringify(Object.fromEntries(renames));
  const named = renameReferences(html, renames).replace(MAP_PLACEHOLDER, () => `window.reachwiseFiles=${map}`);
  return { html: named, renames };
}
