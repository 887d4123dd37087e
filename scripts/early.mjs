// Post-build steps (scripts/post_build.mjs) that shorten the way to the first paint and to
// the first result of a shared link, on a slow network where every round trip counts:
//
// - inlineStylesheet: the stylesheet goes into index.html as a <style> (its sha256 joins
//   the Content-Security-Policy's style-src, scripts/csp.mjs), so the first paint does not
//   wait for a second request; the stylesheet file leaves dist/.
// - earlyWorkerLoader: the results worker's loader starts the download of its wasm before it
//   loads the JS glue, instead of after, saving a round trip on first use; a worker that
//   index.html starts early for a shared link (named "early") is handed the wasm's bytes by
//   the page instead, which fetched them at once.
// - gateApp: for such a link, the app's own preloads and download wait until the worker's
//   first answer is in (index.html, window.reachwiseEarly), so that on a slow network the
//   answer does not share the bandwidth with the app; otherwise the preloads are added
//   before the stylesheet, so that the downloads start as early as the parser allows.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** `html` with its one stylesheet <link> replaced by the stylesheet's text in a <style>. */
export function inlineStylesheet(html, dir) {
  const links = [...html.matchAll(/<link\b[^>]*\brel=["']?stylesheet\b[^>]*>/gi)];
  if (links.length !== 1) throw new Error(`expected one stylesheet <link>, found ${links.length}`);
  const [tag] = links[0];
  const href = tag.match(/\bhref=(?:["']([^"']+)["']|([^\s>"']+))/i);
  if (!href) throw new Error('the stylesheet <link> has no href');
  const file = join(dir, (href[1] ?? href[2]).replace(/^\.?\//, ''));
  const css = readFileSync(file, 'utf8');
  if (/<\/style/i.test(css)) throw new Error('the stylesheet contains </style');
  rmSync(file);
  return html.replace(tag, () => `<style>${css}</style>`);
}

/**
 * Rewrites the worker loader that Trunk writes (`importScripts(glue); wasm_bindgen(wasm)`)
 * so that the wasm's fetch starts first, or, in the worker named "early", the wasm comes in
 * the first message (bytes, or the address to fetch); wasm-bindgen's init awaits either.
 */
export function earlyWorkerLoader(dir, name = 'reachwise-worker') {
  const file = join(dir, `${name}_loader.js`);
  const loader = readFileSync(file, 'utf8');
  const expected = new RegExp(`importScripts\\(["']\\./${name}\\.js["']\\)[,;]\\s*wasm_bindgen\\(["']\\./${name}_bg\\.wasm["']\\);?\\s*$`);
  if (!expected.test(loader.trim())) throw new Error(`${file} is not the loader Trunk writes: ${loader.slice(0, 200)}`);
  writeFileSync(file, `const wasm=self.name==="early"?new Promise(r=>self.onmessage=e=>{self.onmessage=null;r(typeof e.data==="string"?fetch(e.data):e.data)}):fetch("./${name}_bg.wasm");importScripts("./${name}.js");wasm_bindgen({module_or_path:wasm});\n`);
}

/**
 * `html` with Trunk's preloads of the app made conditional (added by a script unless a
 * shared link's worker started early) and its loader waiting for that worker's answer.
 */
export function gateApp(html) {
  const preloads = [...html.matchAll(/<link\b[^>]*\brel=["']?(?:modulepreload|preload)\b[^>]*>/gi)].map((m) => m[0]);
  if (preloads.length !== 2) throw new Error(`expected Trunk's two preload <link>s, found ${preloads.length}`);
  const loader = /<script type=["']?module["']?>(?=\s*import init)/;
  if (!loader.test(html)) throw new Error("Trunk's module loader script was not found");
  for (const tag of preloads) html = html.replace(tag, '');
  const insert = `<script>if(!window.reachwiseEarly)document.head.insertAdjacentHTML("beforeend",${JSON.stringify(preloads.join(''))})</script>`;
  html = html.replace(loader, (tag) => `${tag}await window.reachwiseEarly?.gate;`);
  // Before the inlined stylesheet, so that the downloads start as the parser reaches the
  // head, not after it has read the whole stylesheet (about 90 ms on a throttled phone).
  const style = html.indexOf('<style>');
  if (style < 0) throw new Error('gateApp runs after inlineStylesheet: no <style> found');
  return html.slice(0, style) + insert + html.slice(style);
}

/**
 * Renames the saved-scenarios glue's global `wasm_bindgen` to `reachwise_saved`
 * (assets/saved-loader.js calls it so): both that glue and the results worker's, which the
 * page also loads (src/app/in_page.rs), declare their global with `let`, and a second
 * declaration of one name would stop the second script.
 */
export function renameSavedGlue(dir) {
  const file = join(dir, 'reachwise-saved.js');
  const glue = readFileSync(file, 'utf8');
  if (!/^let wasm_bindgen\b/m.test(glue)) throw new Error(`${file} does not declare wasm_bindgen as expected`);
  writeFileSync(file, glue.replace(/\bwasm_bindgen\b(?!_)/g, 'reachwise_saved'));
}
