// Shortens the names by which the app's wasm imports the functions of its JS glue. wasm-bindgen
// names each import after the function and a 16-digit hash (`__wbg_call_a410eb4b59ed5965`),
// all from the module "./reachwise_bg.js": 163 of them, about 8 KB written twice, in the
// wasm's import section and as the keys of the glue's import object. Hashes do not compress,
// so this is about 5.6 KB of the first load's gzip bytes (README, "Weight").
//
// The glue and the wasm are then renamed after a hash of what they now hold: the name Trunk
// gave them hashes what it wrote, and a file served as immutable must not change under its
// name. index.html's references and integrity values follow.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sriHash } from './csp.mjs';

/** The glue's module name, as wasm-bindgen's web target writes it in the wasm's imports. */
const GLUE_MODULE = './reachwise_bg.js';
/** What the imports' module is called after: one letter. */
const SHORT_MODULE = 'w';

/** An unsigned LEB128 at `at`: `[value, offset after it]`. */
function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

/** `value` as an unsigned LEB128. */
function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

/** A wasm name: its length, then its UTF-8 bytes. */
const wasmName = (text) => {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([leb(bytes.length), bytes]);
};

/** The offset just past an import's description (function, table, memory, global or tag). */
function skipImportDescription(bytes, at) {
  const kind = bytes[at++];
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = readLeb(bytes, p);
    if (flags & 1) [, p] = readLeb(bytes, p);
    return p;
  };
  if (kind === 0) return readLeb(bytes, at)[1];
  if (kind === 1) return limits(at + 1);
  if (kind === 2) return limits(at);
  if (kind === 3) return at + 2;
  if (kind === 4) return readLeb(bytes, at + 1)[1];
  throw new Error(`unknown import kind ${kind}`);
}

/** Short names in order: a, b, …, z, aa, ab, … */
export function shortName(index) {
  let name = '';
  let i = index;
  do {
    name = String.fromCharCode(97 + (i % 26)) + name;
    i = Math.floor(i / 26) - 1;
  } while (i >= 0);
  return name;
}

/**
 * The wasm with every import from the glue renamed (module `w`, fields a, b, …), and the
 * names it replaced, in order.
 */
export function shortenWasmImports(wasm) {
  const header = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
  if (!wasm.subarray(0, 8).equals(header)) throw new Error('not a version 1 wasm module');
  const parts = [header];
  const names = [];
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, body] = readLeb(wasm, at + 1);
    const end = body + size;
    if (id !== 2) {
      parts.push(wasm.subarray(at, end));
      at = end;
      continue;
    }
    let [count, p] = readLeb(wasm, body);
    const entries = [leb(count)];
    for (let i = 0; i < count; i++) {
      let length;
      [length, p] = readLeb(wasm, p);
      const module = wasm.toString('utf8', p, p + length);
      p += length;
      [length, p] = readLeb(wasm, p);
      const field = wasm.toString('utf8', p, p + length);
      p += length;
      if (module !== GLUE_MODULE) throw new Error(`an import from "${module}", not the glue`);
      const description = p;
      p = skipImportDescription(wasm, p);
      entries.push(wasmName(SHORT_MODULE), wasmName(shortName(names.length)), wasm.subarray(description, p));
      names.push(field);
    }
    if (p !== end) throw new Error(`the import section ends at ${p}, not at ${end}`);
    const section = Buffer.concat(entries);
    parts.push(Buffer.from([2]), leb(section.length), section);
    at = end;
  }
  return { wasm: Buffer.concat(parts), names };
}

/** The glue with the import object's keys renamed as `names` were; each key must be there once. */
export function shortenGlueImports(glue, names) {
  let out = glue;
  names.forEach((name, index) => {
    const key = new RegExp(`(?<=[{,])${name.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}:`, 'g');
    const found = out.match(key)?.length ?? 0;
    if (found !== 1) throw new Error(`the glue has ${found} keys ${name}, not one`);
    out = out.replace(key, `${shortName(index)}:`);
  });
  const module = `"${GLUE_MODULE}":`;
  if (out.split(module).length !== 2) throw new Error(`the glue does not name ${GLUE_MODULE} once`);
  return out.replace(module, `${SHORT_MODULE}:`);
}

/**
 * Shortens the app's imports in `dir` (the release build) and renames its glue and wasm
 * after their new content; returns `html` with the new names and integrity values.
 */
export function shortenAppImports(dir, html) {
  const glues = readdirSync(dir).filter((f) => /^reachwise-[0-9a-f]{8,16}\.js$/.test(f));
  if (glues.length !== 1) throw new Error(`expected one app glue in ${dir}, found ${glues.length}`);
  const base = glues[0].slice(0, -'.js'.length);
  const glueFile = join(dir, `${base}.js`);
  const wasmFile = join(dir, `${base}_bg.wasm`);
  const glue = readFileSync(glueFile, 'utf8');
  const wasm = readFileSync(wasmFile);
  const short = shortenWasmImports(wasm);
  const newGlue = shortenGlueImports(glue, short.names);
  const hash = createHash('sha256').update(newGlue).update(short.wasm).digest('hex').slice(0, 16);
  const newBase = `reachwise-${hash}`;
  let out = html;
  for (const [before, after] of [[sriHash(glue), sriHash(newGlue)], [sriHash(wasm), sriHash(short.wasm)], [base, newBase]]) {
    if (!out.includes(before)) throw new Error(`index.html does not hold ${before}`);
    out = out.split(before).join(after);
  }
  unlinkSync(glueFile);
  unlinkSync(wasmFile);
  writeFileSync(join(dir, `${newBase}.js`), newGlue);
  writeFileSync(join(dir, `${newBase}_bg.wasm`), short.wasm);
  const saved = Buffer.byteLength(glue) + wasm.length - Buffer.byteLength(newGlue) - short.wasm.length;
  return { html: out, saved, names: short.names.length };
}
