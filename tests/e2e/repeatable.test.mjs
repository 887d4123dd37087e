// scripts/repeatable.mjs: the post-build step puts wasm-bindgen's own output back in place of the
// workers' and saved scenarios' glue that Trunk minified (differently on every build), only
// when the two are the same glue, and minifies index.html's inline scripts from the source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importNames, inlineScripts, reminifyInlineScripts, restoreGlues } from '../../scripts/repeatable.mjs';

const NAME = 'reachwise-worker.js';

const original = [
  'let wasm_bindgen = (function() {',
  '  function __wbg_get_imports() {',
  '    const imports = { wbg: {} };',
  '    imports.wbg.__wbg_call_a410eb4b59ed5965 = function(a, b) { return a.call(b); };',
  '    imports.wbg.__wbg_new_8a6f238a6ece86ea = function() { return new Error(); };',
  '    return imports;',
  '  }',
  '  return __wbg_get_imports;',
  '})();',
].join('\n');

// As a minifier leaves it: its own functions renamed, the import object's keys kept.
const minified = 'let wasm_bindgen=(()=>{function e(){const e={wbg:{}};e.wbg.__wbg_new_8a6f238a6ece86ea=function(){return new Error};e.wbg.__wbg_call_a410eb4b59ed5965=function(e,t){return e.call(t)};return e}return e})();';

/** Trunk's staging folder holding `staged`, and wasm-bindgen's output folder holding `output` (if any). */
function folders(staged, output) {
  const root = mkdtempSync(join(tmpdir(), 'glue-'));
  const dir = join(root, 'stage');
  const bindgen = join(root, 'bindgen');
  mkdirSync(dir);
  mkdirSync(bindgen);
  writeFileSync(join(dir, NAME), staged);
  if (output !== undefined) writeFileSync(join(bindgen, NAME), output);
  return { dir, bindgen };
}

test("the import names are the import object's hashed keys, not the glue's own functions", () => {
  assert.deepEqual(importNames(original), ['__wbg_call_a410eb4b59ed5965', '__wbg_new_8a6f238a6ece86ea']);
  assert.deepEqual(importNames(minified), importNames(original));
});

test("the staged glue is replaced by wasm-bindgen's output of the same glue", () => {
  const { dir, bindgen } = folders(minified, original);
  assert.deepEqual(restoreGlues(dir, bindgen, [NAME]), [NAME]);
  assert.equal(readFileSync(join(dir, NAME), 'utf8'), original);
});

test('another glue (other imports) is refused, and the staged one kept', () => {
  const other = original.replace('__wbg_new_8a6f238a6ece86ea', '__wbg_new_0123456789abcdef');
  const { dir, bindgen } = folders(minified, other);
  assert.throws(() => restoreGlues(dir, bindgen, [NAME]), /not the glue Trunk staged/);
  assert.equal(readFileSync(join(dir, NAME), 'utf8'), minified);
});

test("a missing wasm-bindgen output stops the step", () => {
  const { dir, bindgen } = folders(minified);
  assert.throws(() => restoreGlues(dir, bindgen, [NAME]), /is not in/);
  assert.equal(readFileSync(join(dir, NAME), 'utf8'), minified);
});

const source = `<head><!-- a comment --><script>(() => {
  window.reachwiseFiles = {};
})();</script><link data-trunk rel="rust"></head><body><script>window.x?.y();</script></body>`;
// As Trunk writes it: its own module loader added, the inline scripts minified its way.
const staged = '<head><script>(()=>{let a=1;window.reachwiseFiles={}})();</script><script type=module>import init from "./a.js";init()</script></head><body><script>window.x?.y()</script></body>';

test('inline scripts: classic ones only, not modules or scripts with a src', () => {
  assert.deepEqual(inlineScripts(staged).map((s) => s.text), ['(()=>{let a=1;window.reachwiseFiles={}})();', 'window.x?.y()']);
  assert.equal(inlineScripts('<script src="./a.js"></script><script type="module">b()</script>').length, 0);
});

test("each inline script is the source's, minified by the given minifier, in order; the rest is Trunk's", async () => {
  const html = await reminifyInlineScripts(staged, source, async (code) => `/*ours*/${code.length}`);
  const [early, later] = inlineScripts(source).map((s) => s.text.length);
  assert.equal(html, `<head><script>/*ours*/${early}</script><script type=module>import init from "./a.js";init()</script></head><body><script>/*ours*/${later}</script></body>`);
});

test('a different number of inline scripts stops the step', async () => {
  const fewer = staged.replace('<script>window.x?.y()</script>', '');
  await assert.rejects(reminifyInlineScripts(fewer, source, async (code) => code), /2 inline scripts, Trunk's output 1/);
});
