// The app's wasm imports its glue's functions by short names (scripts/wasm-imports.mjs), and
// the glue and the wasm are named after what they hold, so that a file served as immutable
// never changes under its name; index.html's integrity values are the files'.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { sriHash } from '../../scripts/csp.mjs';
import { shortenGlueImports, shortenWasmImports, shortName } from '../../scripts/wasm-imports.mjs';

const GLUE_MODULE = './reachwise_bg.js';

/** A wasm name: its length (under 128 here), then its bytes. */
const name = (text) => [text.length, ...Buffer.from(text)];

/** A module with one function type and an import of that type for each `[module, field]`. */
function moduleImporting(imports) {
  const entries = imports.flatMap(([module, field]) => [...name(module), ...name(field), 0, 0]);
  const importSection = [imports.length, ...entries];
  return Buffer.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    1, 4, 1, 0x60, 0, 0,
    2, importSection.length, ...importSection,
  ]);
}

test('short names run a…z, then aa, ab…', () => {
  assert.deepEqual([0, 1, 25, 26, 27, 701, 702].map(shortName), ['a', 'b', 'z', 'aa', 'ab', 'zz', 'aaa']);
});

test("the wasm's imports are renamed in order, and the module stays valid", () => {
  const wasm = moduleImporting([[GLUE_MODULE, '__wbg_call_a410eb4b59ed5965'], [GLUE_MODULE, '__wbindgen_throw_0123']]);
  const short = shortenWasmImports(wasm);
  assert.deepEqual(short.names, ['__wbg_call_a410eb4b59ed5965', '__wbindgen_throw_0123']);
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(short.wasm));
  assert.deepEqual(imports.map((i) => [i.module, i.name, i.kind]), [['w', 'a', 'function'], ['w', 'b', 'function']]);
});

test('an import from anything but the glue stops the build', () => {
  assert.throws(() => shortenWasmImports(moduleImporting([['env', 'f']])), /an import from "env"/);
});

test("the glue's import object keys are renamed once each, the module key too", () => {
  const glue = `function i(){const e={__proto__:null,long_one_ab12:function(){},long_two_cd34:()=>1};return{__proto__:null,"${GLUE_MODULE}":e}}`;
  const out = shortenGlueImports(glue, ['long_one_ab12', 'long_two_cd34']);
  assert.equal(out, 'function i(){const e={__proto__:null,a:function(){},b:()=>1};return{__proto__:null,w:e}}');
  assert.throws(() => shortenGlueImports(glue, ['missing_ef56']), /0 keys missing_ef56/);
  assert.throws(() => shortenGlueImports(`${glue}x={long_one_ab12:1}`, ['long_one_ab12']), /2 keys/);
});

test('the built glue and wasm are named after their content, and index.html holds their integrity', async () => {
  const glueName = readdirSync('dist').find((f) => /^reachwise-[0-9a-f]{16}\.js$/.test(f));
  assert.ok(glueName, 'the app glue is in dist/');
  const base = glueName.slice(0, -'.js'.length);
  const glue = readFileSync(`dist/${base}.js`);
  const wasm = readFileSync(`dist/${base}_bg.wasm`);
  const hash = createHash('sha256').update(glue).update(wasm).digest('hex').slice(0, 16);
  assert.equal(base, `reachwise-${hash}`, 'the name is the hash of the content');
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(wasm));
  assert.ok(imports.length > 100 && imports.every((i) => i.module === 'w' && i.name.length <= 2), 'every import has a short name');
  const glueText = glue.toString('utf8');
  assert.match(glueText, /\{__proto__:null,w:/, 'the glue names its import object w');
  assert.doesNotMatch(glueText, /__wbg_[a-z0-9_]+_[0-9a-f]{16}:/, 'no long import name is left');
  // The glue instantiates the wasm: a LinkError if it did not provide every renamed import.
  // Outside a browser the app's start finds no window and returns.
  const { initSync } = await import(pathToFileURL(`dist/${base}.js`));
  assert.doesNotThrow(() => initSync({ module: wasm }), 'the glue provides every import the wasm asks for');
  const html = readFileSync('dist/index.html', 'utf8');
  for (const [file, bytes] of [[`${base}.js`, glue], [`${base}_bg.wasm`, wasm]]) {
    assert.ok(html.includes(`href=./${file} integrity=${sriHash(bytes)}`), `index.html preloads ${file} with its integrity`);
  }
  assert.ok(html.includes(`from './${base}.js'`) && html.includes(`module_or_path: './${base}_bg.wasm'`), 'the loader imports the renamed files');
});
