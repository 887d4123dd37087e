// Content hashes in the names of the files loaded on demand (scripts/hashed.mjs): the build
// names them consistently, a change to a file renames it and every file that names it, and
// once the service worker has precached the build a first use asks the server for nothing.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ON_DEMAND, hashOnDemandFiles, hashedName, hashedPattern, isOnDemandFile, renameReferences } from '../../scripts/hashed.mjs';
import { launch, openPage, serviceWorkerActive } from './browser.mjs';
import { assertClean } from './harness.mjs';
import { serve } from './server.mjs';

const dist = readdirSync('dist');
const html = readFileSync('dist/index.html', 'utf8');
/** The built file for `name` (as Trunk writes it), by its hashed name. */
const built = (name) => dist.filter((f) => hashedPattern(name).test(f));

test('every file loaded on demand is in dist/ by one hashed name, the hash of its content', () => {
  for (const name of ON_DEMAND) {
    assert.ok(!dist.includes(name), `${name} is not left under its own name`);
    const files = built(name);
    assert.equal(files.length, 1, `${name}: ${files}`);
    const hash = createHash('sha256').update(readFileSync(join('dist', files[0]))).digest('hex').slice(0, 16);
    assert.equal(files[0], hashedName(name, hash));
  }
});

test("index.html's list gives the app's wasm every hashed name, and nothing names a file by its old name", () => {
  const map = JSON.parse(html.match(/window\.reachwiseFiles=(\{[^}]*\})/)[1]);
  assert.deepEqual(Object.keys(map).sort(), [...ON_DEMAND].sort());
  for (const [name, hashed] of Object.entries(map)) assert.deepEqual(built(name), [hashed]);
  const texts = ['index.html', ...dist.filter((f) => f.endsWith('.js'))];
  for (const file of texts) {
    const text = readFileSync(join('dist', file), 'utf8');
    for (const name of ON_DEMAND) {
      assert.ok(!text.includes(`./${name}`), `${file} names ./${name}`);
    }
  }
  // The early worker for a shared link starts from a hashed loader.
  assert.ok(html.includes(`./${map['reachwise-worker_loader.js']}`));
  assert.ok(html.includes(`./${map['reachwise-worker-lists_loader.js']}`));
});

test('a change to a wasm renames it and the loaders that name it, and nothing else', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reachwise-hashed-'));
  try {
    const write = (wasmByte) => {
      for (const name of ON_DEMAND) {
        const refs = ON_DEMAND.filter((other) => other !== name && name.includes('loader') && other.endsWith('.wasm'));
        writeFileSync(join(dir, name), name.endsWith('.wasm') ? Buffer.from([0, 97, 115, 109, name === 'reachwise-worker_bg.wasm' ? wasmByte : 1]) : refs.map((r) => `fetch("./${r}");`).join(''));
      }
      for (const f of readdirSync(dir)) if (!ON_DEMAND.includes(f)) rmSync(join(dir, f));
      return hashOnDemandFiles(dir, '<script>window.reachwiseFiles = {};</script>').renames;
    };
    const before = write(1);
    const afterChange = write(2);
    const changed = ON_DEMAND.filter((name) => before.get(name) !== afterChange.get(name));
    assert.deepEqual(changed, ['reachwise-worker_bg.wasm', 'reachwise-worker_loader.js', 'reachwise-worker-lists_loader.js', 'results-loader.js', 'saved-loader.js']);
    assert.ok(readFileSync(join(dir, afterChange.get('results-loader.js')), 'utf8').includes(`./${afterChange.get('reachwise-worker_bg.wasm')}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('only a whole ./name in quotes is renamed', () => {
  const renames = new Map([['a.js', 'a-0123456789abcdef.js']]);
  assert.equal(renameReferences(`x("./a.js");y('./a.js');z(\`./a.js\`)`, renames), `x("./a-0123456789abcdef.js");y('./a-0123456789abcdef.js');z(\`./a-0123456789abcdef.js\`)`);
  for (const kept of ['"./a.jsx"', '"../a.js"', '"./b/a.js"', '"a.js"', '"./xa.js"']) assert.equal(renameReferences(kept, renames), kept);
});

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("once the service worker has precached the build, a part's first use asks the server for nothing", async () => {
  // Served as a host serves it: _headers (hashed files kept for a year) and validators.
  const site = await serve('dist', { base: '/hashed/', headers: true });
  const { page, context, problems } = await openPage(browser, new URL(site.url).origin);
  try {
    await page.goto(site.url);
    await page.waitForSelector('#tier-result .headline');
    await serviceWorkerActive(page);
    const asked = site.requests.length;
    await page.click('nav.calculators a[href*="calc=engagement"]');
    await page.waitForSelector('#er-result .headline');
    await page.click('details.saved > summary');
    await page.waitForSelector('#save-name');
    // The browser may revalidate the page's icon meanwhile: only the parts' files count.
    const onDemand = (url) => isOnDemandFile(url.split('/').pop());
    const since = site.requests.slice(asked).filter(onDemand);
    assert.deepEqual(since, [], 'the results code and saved scenarios came from the cache');
    assert.ok(site.requests.slice(0, asked).filter(onDemand).length >= ON_DEMAND.length, 'the precache fetched them');
    assertClean(problems);
  } finally {
    await context.close();
    await site.close();
  }
});
