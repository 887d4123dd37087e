// What Trunk minifies differently on every build, put back as written so that terser (which
// gives the same output for the same input) minifies it instead. Trunk minifies with the
// minify-js crate in release builds (its Rust pipeline does not read data-no-minify, and
// minify-html hands it index.html's inline scripts), and for the workers' and saved
// scenarios' classic-script glue and index.html's inline scripts it pooled repeated constants
// and declared functions in another order on every build, although wasm-bindgen's output and
// index.html were the same. Their content-hashed names (hashed.mjs), the service worker's
// build and the policy's script hashes then changed with every build: a redeploy of unchanged
// code looked like a new release to every returning visitor.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The classic-script glues Trunk writes (no-modules target), by their staged names. */
export const CLASSIC_GLUES = ['reachwise-worker.js', 'reachwise-worker-lists.js', 'reachwise-saved.js'];

/**
 * The names a glue gives the wasm's imports (`__wbg_call_a410eb4b59ed5965`: wasm-bindgen puts
 * a hash in each), which no minifier renames, being keys of the import object.
 */
export function importNames(glue) {
  return [...new Set(glue.match(/\b__wbg_\w+?_[0-9a-f]{16}\b/g) ?? [])].sort();
}

/** Where Trunk has wasm-bindgen write a release build's output: Cargo's target directory. */
export function bindgenOutputDir(projectRoot) {
  const metadata = execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps', '--offline'], {
    cwd: projectRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  return join(JSON.parse(metadata).target_directory, 'wasm-bindgen', 'release');
}

/** The inline classic scripts of `html` (no `src`, not modules): each its whole match and its text. */
export function inlineScripts(html) {
  return [...html.matchAll(/<script(?:\s[^>]*)?>([\s\S]*?)<\/script>/gi)]
    .filter(([tag]) => !/^<script[^>]*\b(?:src|type)\s*=/i.test(tag))
    .map(([whole, text]) => ({ whole, text }));
}

/**
 * `staged` (Trunk's index.html) with each inline classic script replaced by `minify` of the
 * same script in `source` (the project's index.html), in order; `minify` gives back the code.
 * Throws if the two do not hold the same number of such scripts.
 */
export async function reminifyInlineScripts(staged, source, minify) {
  const ours = inlineScripts(source);
  const trunks = inlineScripts(staged);
  if (ours.length !== trunks.length) {
    throw new Error(`index.html has ${ours.length} inline scripts, Trunk's output ${trunks.length}`);
  }
  let html = staged;
  for (const [index, { whole, text }] of trunks.entries()) {
    const code = await minify(ours[index].text);
    html = html.replace(whole, () => whole.replace(text, () => code));
  }
  return html;
}

/**
 * Replaces each staged glue of `names` in `dir` with wasm-bindgen's output of the same name in
 * `bindgenDir`, after checking that the two are the same glue (the same import names); returns
 * the names replaced. Throws if an output is missing or does not match.
 */
export function restoreGlues(dir, bindgenDir, names = CLASSIC_GLUES) {
  for (const name of names) {
    const source = join(bindgenDir, name);
    if (!existsSync(source)) throw new Error(`wasm-bindgen's ${name} is not in ${bindgenDir}`);
    const original = readFileSync(source, 'utf8');
    const staged = readFileSync(join(dir, name), 'utf8');
    if (importNames(original).join() !== importNames(staged).join()) {
      throw new Error(`${source} is not the glue Trunk staged as ${name} (their wasm imports differ)`);
    }
    writeFileSync(join(dir, name), original);
  }
  return names;
}
