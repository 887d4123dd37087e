// Offline and install (issue 13, part 1), two steps of the post-build hook (post_build.mjs):
// - addRegistration: appends offline/register.js to Trunk's inline loader, before the
//   Content-Security-Policy hashing, so that the loader's hash covers it (no other inline
//   script, no 'unsafe-inline');
// - writeServiceWorker: writes sw.js into the build from offline/sw.js with the build's file
//   list (every file Trunk wrote, hashed names included) and a build id, the hash of those
//   files, so that any change to any file makes a new service worker with a new cache.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createHash } from 'node:crypto';

const here = import.meta.dirname;
export const SERVICE_WORKER = 'sw.js';

/** Files whose name carries Trunk's content hash (hex, up to 16 digits: leading zeros are dropped): cached first, never revalidated. */
export const isHashed = (path) => /-[0-9a-f]{8,16}(?:_bg)?\.(?:js|css|wasm)$/.test(path);

/** The registration snippet, minified with `minify` (post_build.mjs's terser) when given. */
export function registrationScript(minify) {
  return loaderScript(join(here, 'offline', 'register.js'), minify);
}

/** The script in `file`, minified with `minify` (post_build.mjs's terser) when given, for Trunk's inline loader. */
export async function loaderScript(file, minify) {
  const source = readFileSync(file, 'utf8');
  return minify ? minify(source, { module: true, what: file }) : source;
}

/** `html` with `script` appended to Trunk's inline loader (the inline module that calls init). */
export function addRegistration(html, script) {
  return appendToLoader(html, script, /register\(["']\.\/sw\.js["']/);
}

/**
 * `html` with `script` appended to Trunk's inline loader, unless the loader already matches
 * `present` (a build's HTML is appended to once).
 */
export function appendToLoader(html, script, present) {
  const loaders = [...html.matchAll(/(<script\b[^>]*>)([\s\S]*?)(<\/script\s*>)/gi)]
    .filter(([, open, body]) => !/\bsrc\s*=/i.test(open) && /TrunkApplicationStarted|\binit\s*\(/.test(body));
  if (loaders.length !== 1) throw new Error(`expected one inline Trunk loader, found ${loaders.length}`);
  const [whole, open, body, close] = loaders[0];
  if (present.test(body)) return html;
  return html.replace(whole, `${open}${body}\n${script.trim()}${close}`);
}

/** Every file under `dir` except the service worker, '/'-separated, sorted. */
export function buildFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  // sw.js is not its own precache; _headers is read by hosts, never served.
  return out.filter((f) => f !== SERVICE_WORKER && f !== '_headers').sort();
}

/**
 * Writes `dir`/sw.js for the build in `dir` (run last: it hashes the files as they will be
 * served). index.html is precached as './', the URL the page is opened at.
 * Returns { build, files }.
 */
export function writeServiceWorker(dir) {
  const files = buildFiles(dir);
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(join(dir, file))).update('\0');
  const build = hash.digest('hex').slice(0, 16);
  const list = files.map((f) => [f === 'index.html' ? './' : f, isHashed(f)]);
  const template = readFileSync(join(here, 'offline', 'sw.js'), 'utf8');
  if (!template.includes("'%BUILD%'") || !template.includes('/* %FILES% */ []')) {
    throw new Error('offline/sw.js lost its %BUILD% or %FILES% placeholder');
  }
  const source = template
    .replace("'%BUILD%'", JSON.stringify(build))
    .replace('/* %FILES% */ []', JSON.stringify(list));
  writeFileSync(join(dir, SERVICE_WORKER), source);
  return { build, files };
}
