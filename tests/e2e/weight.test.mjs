// First-load weight budget of the release build in dist/: index.html and everything it
// references, gzip level 9, at most BUDGET_BYTES (weight.mjs: 135,000 bytes) in total.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUDGET_BYTES, firstLoadFiles, formatWeights, weigh } from './weight.mjs';

const BUDGET = BUDGET_BYTES;

test(`the first load weighs at most ${BUDGET.toLocaleString('en-US')} bytes gzipped`, (t) => {
  const files = firstLoadFiles('dist');
  for (const kind of [/\.js$/, /_bg\.wasm$/, /\.css$/, /\.svg$/]) {
    assert.ok(files.some((f) => kind.test(f)), `index.html references a ${kind} file`);
  }
  const rows = weigh('dist');
  const report = formatWeights(rows);
  for (const line of report.split('\n')) t.diagnostic(line);
  const total = rows.at(-1).gzip;
  assert.ok(total <= BUDGET, `first load is ${total.toLocaleString('en-US')} bytes gzipped, over the ${BUDGET.toLocaleString('en-US')}-byte budget by ${(total - BUDGET).toLocaleString('en-US')}`);
});
