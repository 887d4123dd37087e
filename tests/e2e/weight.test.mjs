// First-load weight budget of the release build in dist/: index.html and everything it
// references, gzip level 9, at most BUDGET_BYTES (weight.mjs: the 135,000-byte target) in total.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { BUDGET_BYTES, TARGET_BYTES, firstLoadFiles, formatWeights, laterFiles, weigh, weighLater } from './weight.mjs';

const BUDGET = BUDGET_BYTES;

test(`the first load weighs at most ${BUDGET.toLocaleString('en-US')} bytes gzipped`, (t) => {
  const files = firstLoadFiles('dist');
  for (const kind of [/\.js$/, /_bg\.wasm$/, /\.png$/]) {
    assert.ok(files.some((f) => kind.test(f)), `index.html references a ${kind} file`);
  }
  // The stylesheet is inlined (scripts/early.mjs): its bytes are index.html's.
  assert.match(readFileSync('dist/index.html', 'utf8'), /<style>[\s\S]{5000,}?<\/style>/);
  const rows = weigh('dist');
  const report = formatWeights(rows);
  for (const line of report.split('\n')) t.diagnostic(line);
  const total = rows.at(-1).gzip;
  const target = total <= TARGET_BYTES ? 'met' : `missed by ${(total - TARGET_BYTES).toLocaleString('en-US')} bytes`;
  t.diagnostic(`target ${TARGET_BYTES.toLocaleString('en-US')} bytes: ${target}`);
  assert.ok(total <= BUDGET, `first load is ${total.toLocaleString('en-US')} bytes gzipped, over the ${BUDGET.toLocaleString('en-US')}-byte budget by ${(total - BUDGET).toLocaleString('en-US')}`);
});

test('the service worker, manifest and icons are weighed, but not in the first load', (t) => {
  const first = firstLoadFiles('dist');
  const later = laterFiles('dist');
  for (const file of ['sw.js', 'manifest.webmanifest', 'icon-192.png', 'icon-512.png', 'icon-maskable-512.png']) {
    assert.ok(later.includes(file), `${file} is in the table of what comes after the first load`);
    assert.ok(!first.includes(file), `${file} is not part of the first load`);
  }
  // The favicon is: the first screen fetches it.
  assert.ok(first.includes('favicon-32.png'));
  for (const line of formatWeights(weighLater('dist')).split('\n')) t.diagnostic(line);
});

test("the page's wasm and the results worker's carry no float formatter", () => {
  // Numbers are written with integer arithmetic (src/domain/format.rs, fixed): one `{}` or
  // `{:.2}` on an f64 links Rust's float formatter (about 11 KB) into the wasm, and with it
  // its "NaN" literal, which nothing of ours contains. The saved-scenarios module may carry
  // it (serde_json writes floats).
  const wasm = readdirSync('dist').filter((f) => /^reachwise-(?:worker-)?[0-9a-f]{16}_bg\.wasm$/.test(f));
  assert.equal(wasm.length, 2, `the page's and the worker's wasm: ${wasm}`);
  for (const file of wasm) {
    assert.ok(!readFileSync(`dist/${file}`).includes('NaN'), `${file} carries Rust's float formatter: look for a {} or {:.N} on an f64`);
  }
});
