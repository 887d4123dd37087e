// Trunk post-build hook (Trunk.toml `[[hooks]]`), one script so that its steps never race on
// index.html:
// 1. release builds only: minify the wasm-bindgen JS glue with terser, the workers' and saved
//    scenarios' from wasm-bindgen's own output, and index.html's inline scripts from the
//    source (repeatable.mjs: Trunk's minification of them varies between builds), and update
//    the glue's sha384 integrity in index.html;
//    then shorten the app's wasm imports and rename its glue and wasm (wasm-imports.mjs);
// 2. inline the stylesheet; start a shared link's results first (early.mjs, index.html);
//    give the files loaded on demand content hashes in their names (hashed.mjs);
// 3. append the service worker's registration (scripts/offline.mjs) and the print stamp
//    (scripts/print/stamp.js) to Trunk's inline loader;
// 4. add the hashes of the inline scripts and style to the Content-Security-Policy (csp.mjs);
// 5. write dist/_headers with that policy, cache lifetimes and types (scripts/headers.mjs);
// 6. last, when every other file is final: write sw.js, which precaches them all (not
//    _headers, which hosts read and do not serve).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { addHashes, fixAutoreload, sriHash } from './csp.mjs';
import { headersFile } from './headers.mjs';
import { shortenAppImports } from './wasm-imports.mjs';
import { earlyWorkerLoader, gateApp, inlineStylesheet, renameSavedGlue } from './early.mjs';
import { bindgenOutputDir, reminifyInlineScripts, restoreGlues } from './repeatable.mjs';
import { hashOnDemandFiles } from './hashed.mjs';
import { addRegistration, appendToLoader, loaderScript, registrationScript, writeServiceWorker } from './offline.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? 'dist';
const htmlFile = join(dir, 'index.html');

function fail(message) {
  console.error(`post_build.mjs: ${message}`);
  process.exit(1);
}

let html = readFileSync(htmlFile, 'utf8');

/**
 * Release builds: terser with the build's one set of options, `(code, { module, what })` to
 * the minified code; throws, naming `what`, if terser gives nothing. Debug builds: none.
 */
let minify;
if (process.env.TRUNK_PROFILE === 'release') {
  // terser is pinned in tests/e2e/package.json, which scripts/setup.sh installs.
  const root = join(import.meta.dirname, '..');
  let terser;
  try {
    ({ minify: terser } = createRequire(join(root, 'tests', 'e2e', 'package.json'))('terser'));
  } catch {
    fail('terser is missing: run scripts/setup.sh');
  }
  minify = async (code, { module = false, what }) => {
    const result = await terser(code, { module, compress: { passes: 2 }, mangle: true });
    if (!result.code) throw new Error(`terser gave nothing for ${what}`);
    return result.code;
  };
  try {
    const restored = restoreGlues(dir, bindgenOutputDir(root));
    console.log(`post_build.mjs: ${restored.join(', ')} as wasm-bindgen wrote them, for terser to minify (repeatable.mjs)`);
    const classic = (code) => minify(code, { what: 'an inline script of index.html' });
    html = await reminifyInlineScripts(html, readFileSync(join(root, 'index.html'), 'utf8'), classic);
  } catch (error) {
    fail(`repeatable builds: ${error.message}`);
  }
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const file = join(dir, name);
    const source = readFileSync(file, 'utf8');
    // The worker's glue and loader are classic scripts whose top-level `wasm_bindgen` must
    // keep its name, and so is embed.js (for other sites' pages); the app's glue is a module.
    const module = !/^reachwise-(worker|saved)|^(saved|results)-loader/.test(name) && name !== 'embed.js';
    const code = await minify(source, { module, what: name }).catch((error) => fail(error.message));
    writeFileSync(file, code);
    const before = sriHash(source);
    if (html.includes(before)) html = html.split(before).join(sriHash(code));
    console.log(`post_build.mjs: ${name} minified, ${source.length} -> ${code.length} bytes`);
  }
  try {
    const shortened = shortenAppImports(dir, html);
    html = shortened.html;
    console.log(`post_build.mjs: ${shortened.names} wasm imports renamed, ${shortened.saved} bytes fewer`);
  } catch (error) {
    fail(`wasm imports: ${error.message}`);
  }
}

try {
  renameSavedGlue(dir);
  html = gateApp(inlineStylesheet(html, dir));
  earlyWorkerLoader(dir);
  earlyWorkerLoader(dir, 'reachwise-worker-lists');
  // After every rewrite of those files, before anything lists or hashes the build's files.
  ({ html } = hashOnDemandFiles(dir, html));
} catch (error) {
  fail(error.message);
}

try {
  const stamp = await loaderScript(join(import.meta.dirname, 'print', 'stamp.js'), minify);
  html = addRegistration(fixAutoreload(html), await registrationScript(minify));
  html = addHashes(appendToLoader(html, stamp, /print-stamp/));
} catch (error) {
  fail(error.message);
}
writeFileSync(htmlFile, html);
try {
  writeFileSync(join(dir, '_headers'), headersFile(html, readdirSync(dir, { withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name)));
} catch (error) {
  fail(`_headers: ${error.message}`);
}

try {
  const { build, files } = writeServiceWorker(dir);
  console.log(`post_build.mjs: sw.js written, build ${build}, ${files.length} files precached`);
} catch (error) {
  fail(`sw.js: ${error.message}`);
}
