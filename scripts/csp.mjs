// Trunk post-build hook (Trunk.toml `[[hooks]]`): adds the sha256 of every inline <script>
// of the built index.html to the `script-src` of its Content-Security-Policy <meta>.
//
// Trunk injects an inline module script that loads the wasm; it names the hashed file names,
// so its hash changes with every build and cannot be written into index.html by hand. The
// policy in index.html therefore lists no hash, which blocks the loader: a build that skipped
// this hook fails closed (the page does not start) instead of shipping 'unsafe-inline'.
//
// Runs on every `trunk build` and `trunk serve` (where it also covers Trunk's autoreload
// script, see fixAutoreload). `node scripts/csp.mjs FILE` rewrites FILE instead.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';

const file = process.argv[2] ?? join(process.env.TRUNK_STAGING_DIR ?? 'dist', 'index.html');

function fail(message) {
  console.error(`csp.mjs: ${file}: ${message}`);
  process.exit(1);
}

/** The subresource-integrity value (`integrity=`) of a file's bytes or text. */
export function sriHash(content) {
  return `sha384-${createHash('sha384').update(content).digest('base64')}`;
}

/** The CSP source expression for an inline script's or style's text, as the browser computes it. */
export function scriptHash(text) {
  // The HTML parser turns CRLF and CR into LF before the browser hashes the text.
  const normalised = text.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(normalised, 'utf8').digest('base64')}'`;
}

/** Every inline (src-less) script's text, in document order. */
export function inlineScripts(html) {
  const scripts = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (!/\bsrc\s*=/i.test(match[1])) scripts.push(match[2]);
  }
  return scripts;
}

/**
 * `trunk serve` adds an autoreload script whose host and path placeholders it fills in per
 * response (from the request's Host header), which would change the script after it was
 * hashed. Filled in here with what the browser knows, the script stays as hashed.
 */
export function fixAutoreload(html) {
  return html
    .replace(/(['`])\{\{__TRUNK_ADDRESS__\}\}\1/g, 'window.location.host')
    .replace(/(['`])\{\{__TRUNK_WS_BASE__\}\}\1/g, "window.location.pathname.replace(/[^/]*$/, '')");
}

/**
 * The Content-Security-Policy <meta> of `html`: its tag, where it starts and its policy. Any
 * attribute order and quoting: the minifier (Trunk.toml `minify`) reorders attributes and
 * drops quotes where it can.
 */
export function cspMeta(html) {
  const metas = [...html.matchAll(/<meta\b[^>]*>/gi)]
    .filter(([tag]) => /\bhttp-equiv\s*=\s*(["']?)Content-Security-Policy\1(?=[\s>\/])/i.test(tag));
  if (metas.length !== 1) throw new Error(`expected one Content-Security-Policy <meta>, found ${metas.length}`);
  const [tag] = metas[0];
  const content = tag.match(/\bcontent\s*=\s*"([^"]*)"/i);
  if (!content) throw new Error('the Content-Security-Policy <meta> has no quoted content');
  return { tag, index: metas[0].index, policy: content[1] };
}

/** Every inline <style>'s text, in document order. */
export function inlineStyles(html) {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((match) => match[1]);
}

/**
 * Returns `html` with the hashes of its inline scripts added to the CSP's script-src, and
 * those of its inline stylesheets (scripts/inline_css.mjs) to its style-src.
 */
export function addHashes(html) {
  const { tag: meta, policy } = cspMeta(html);
  const directives = policy.split(';').map((d) => d.trim()).filter(Boolean);
  const add = (name, texts) => {
    const index = directives.findIndex((d) => d.split(/\s+/)[0] === name);
    if (index < 0) throw new Error(`the Content-Security-Policy has no ${name}`);
    const sources = directives[index].split(/\s+/);
    if (sources.includes("'unsafe-inline'")) throw new Error(`${name} allows 'unsafe-inline'`);
    for (const hash of new Set(texts.map(scriptHash))) {
      if (!sources.includes(hash)) sources.push(hash);
    }
    directives[index] = sources.join(' ');
  };
  add('script-src', inlineScripts(html));
  const styles = inlineStyles(html);
  if (styles.length > 0) add('style-src', styles);
  return html.replace(meta, meta.replace(policy, directives.join('; ')));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let html;
  try {
    html = readFileSync(file, 'utf8');
  } catch (error) {
    fail(`cannot read it (${error.message})`);
  }
  try {
    const updated = addHashes(fixAutoreload(html));
    writeFileSync(file, updated);
    console.log(`csp.mjs: ${inlineScripts(html).length} inline script(s) hashed into the Content-Security-Policy`);
  } catch (error) {
    fail(error.message);
  }
}
