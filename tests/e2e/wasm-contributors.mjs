// Where the wasm's bytes go: runs twiggy on a build that keeps function names and writes
// (a) the bytes of code and data per crate, (b) the largest single items, as markdown.
// Sizes are of that build before wasm-bindgen and wasm-opt, so they are larger than the
// shipped file; their proportions are what a change should be judged by.
//
// `node tests/e2e/wasm-contributors.mjs WASM [--out FILE]` (scripts/bench.sh runs it on
// two builds: the release build as shipped, where LTO inlines most of the app into a few
// large functions, and one without LTO, whose functions still name their crate).
import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, title: { type: 'string', default: 'wasm' }, top: { type: 'string', default: '15' } },
});
const [wasm] = positionals;
const csv = execFileSync('twiggy', ['top', '-f', 'csv', wasm], { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });

/** Parses one CSV line with quoted fields ("" is a quote). */
function fields(line) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (c === '"') quoted = false; else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { out.push(cur); cur = ''; } else cur += c;
  }
  out.push(cur);
  return out;
}

/** The crate an item belongs to, from its demangled name. */
function crateOf(name) {
  if (name.startsWith('custom section') || name.includes('subsection') || name.includes('__wbindgen_describe') || name.includes('WasmDescribe')) {
    return '(names, custom sections and wasm-bindgen descriptors: not shipped)';
  }
  if (name.startsWith('data segment')) return '(data: strings and tables)';
  // The first crate path in the name: `<yew::X as core::Y>::f` counts for yew.
  const match = name.match(/([a-z_][a-z0-9_]*)(\[[0-9a-f]+\])?::/);
  if (match) return match[1];
  if (/^<(char|str|u\d+|i\d+|f\d+|usize|isize|bool)>::/.test(name)) return 'core';
  if (/^(table|elem|type|import|export|global|memory|code section|wasm magic)/i.test(name)) return '(wasm structure)';
  return '(other)';
}

const rows = csv.trim().split('\n').slice(1).map(fields).map(([name, size]) => ({ name, size: Number(size) }));
const NOT_SHIPPED = '(names, custom sections and wasm-bindgen descriptors: not shipped)';
const all = rows.reduce((s, r) => s + r.size, 0);
const byCrate = new Map();
for (const r of rows) byCrate.set(crateOf(r.name), (byCrate.get(crateOf(r.name)) ?? 0) + r.size);
const f = (n) => n.toLocaleString('en-US');
const total = all - (byCrate.get(NOT_SHIPPED) ?? 0);
byCrate.delete(NOT_SHIPPED);
const pct = (n) => `${((100 * n) / total).toFixed(1)}%`;
const lines = [
  `#### ${args.title}`, '',
  `\`${wasm}\`: ${f(all)} bytes, of which ${f(total)} are code and data that reach the shipped file (before wasm-opt); names, custom sections and wasm-bindgen's descriptors are not shipped.`, '',
  '| crate | bytes | share |', '| --- | ---: | ---: |',
];
for (const [crate, size] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 15)) lines.push(`| ${crate} | ${f(size)} | ${pct(size)} |`);
lines.push('', '| largest items | bytes |', '| --- | ---: |');
const code = rows.filter((r) => crateOf(r.name) !== NOT_SHIPPED);
for (const r of code.slice(0, Number(args.top))) {
  const name = r.name.replace(/::h[0-9a-f]{16}$/, '').replace(/\|/g, '\\|');
  lines.push(`| \`${name.length > 110 ? `${name.slice(0, 107)}…` : name}\` | ${f(r.size)} |`);
}
const text = `${lines.join('\n')}\n`;
console.log(text);
if (args.out) appendFileSync(args.out, `\n${text}`);
