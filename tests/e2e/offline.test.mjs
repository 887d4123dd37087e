// End-to-end: installable and offline (issue 13, part 1), on the release build served from a
// sub-path, in Chromium. After one visit the service worker has precached the build: with
// the network cut, a reload renders and computes, the results worker too. A new release is
// installed beside the running one and announced ("new version", Reload), never swapped in
// by itself; Reload activates it and its activation deletes the old cache.
//
// Every test serves the build on its own port (its own origin, so its own service worker)
// and cuts "the network" twice: Playwright's offline mode for the page, and the server itself
// (it stops listening), so a request that slips past the emulation fails too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openPage, serviceWorkerActive } from './browser.mjs';
import { assertClean } from './harness.mjs';
import { serve } from './server.mjs';
import { ON_DEMAND, hashedPattern } from '../../scripts/hashed.mjs';

const BASE = '/reachwise/';
let browser;
const temps = [];

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** The build of dist/ that sw.js precaches, as written into it by scripts/offline.mjs. */
function precached(dir = 'dist') {
  const source = readFileSync(join(dir, 'sw.js'), 'utf8');
  return {
    build: JSON.parse(source.match(/const BUILD = ("[^"]*");/)[1]),
    files: JSON.parse(source.match(/const FILES = (\[.*\]);/)[1]),
  };
}

/** This origin's cache names, and how many entries each holds. */
function caches(page) {
  return page.evaluate(async () => Promise.all((await self.caches.keys()).map(async (name) => [name, (await (await self.caches.open(name)).keys()).length])));
}

async function cutNetwork(context, site) {
  await context.setOffline(true);
  await site.setOffline(true);
}

test('the manifest is valid, names the app, its scope, colours and icons, and every icon is served', async () => {
  const manifest = JSON.parse(readFileSync('dist/manifest.webmanifest', 'utf8'));
  assert.equal(manifest.name, 'Reachwise');
  assert.ok(manifest.short_name);
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.scope, './');
  assert.equal(manifest.display, 'standalone');
  assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/i);
  assert.match(manifest.background_color, /^#[0-9a-f]{6}$/i);
  const purposes = manifest.icons.map((i) => i.purpose ?? 'any');
  assert.ok(purposes.includes('any') && purposes.includes('maskable'), `icons for any and maskable: ${purposes}`);
  for (const size of ['192x192', '512x512']) {
    assert.ok(manifest.icons.some((i) => i.sizes === size && i.type === 'image/png'), `a ${size} PNG icon`);
  }
  const html = readFileSync('dist/index.html', 'utf8');
  // Every icon the browser fetches by itself after the load (the page's, and the manifest's
  // for the install check) is a PNG: to draw an SVG one, Chromium builds a whole document on
  // the page's main thread, a task of 45 to 90 ms on a 4× slower CPU after the app's start
  // (each manifest icon is checked to be a PNG where it is served, below).
  const pageIcons = [...html.matchAll(/<link\b[^>]*rel=["']?icon\b[^>]*>/g)].map(([tag]) => tag);
  assert.equal(pageIcons.length, 1, `one icon link: ${pageIcons}`);
  assert.match(pageIcons[0], /type=["']?image\/png/, `the page's icon is a PNG: ${pageIcons[0]}`);
  assert.match(html, /<link\b[^>]*rel=["']?manifest[^>]*>/, 'index.html links the manifest');
  const themes = [...html.matchAll(/<meta\b[^>]*name=["']?theme-color[^>]*>/g)].map(([tag]) => tag);
  assert.ok(themes.some((t) => /prefers-color-scheme: ?light/.test(t)) && themes.some((t) => /prefers-color-scheme: ?dark/.test(t)), `a theme colour for light and for dark: ${themes}`);

  // Served as a browser gets them, from a sub-path: the manifest's type, and each icon.
  const site = await serve('dist', { base: BASE });
  try {
    const res = await fetch(`${site.url}manifest.webmanifest`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^application\/manifest\+json/);
    for (const icon of manifest.icons) {
      const got = await fetch(new URL(icon.src, `${site.url}manifest.webmanifest`));
      assert.equal(got.status, 200, icon.src);
      assert.equal(got.headers.get('content-type'), icon.type, icon.src);
      const body = Buffer.from(await got.arrayBuffer());
      assert.equal(body.subarray(1, 4).toString(), 'PNG', `${icon.src} is a PNG`);
      const [w, h] = [body.readUInt32BE(16), body.readUInt32BE(20)];
      assert.equal(`${w}x${h}`, icon.sizes, `${icon.src} is ${icon.sizes}`);
    }
  } finally {
    await site.close();
  }
});

test('sw.js precaches exactly the build, under a cache named for it', () => {
  const { build, files } = precached();
  assert.match(build, /^[0-9a-f]{16}$/);
  // Every file but sw.js itself and _headers (read by hosts, never served).
  const inDist = readdirSync('dist').filter((f) => f !== 'sw.js' && f !== '_headers').map((f) => (f === 'index.html' ? './' : f)).sort();
  assert.deepEqual(files.map(([f]) => f).sort(), inDist);
  for (const [file, hashed] of files) {
    assert.equal(hashed, /-[0-9a-f]{8,16}(_bg)?\.(js|css|wasm)$/.test(file), `${file} is cached ${hashed ? 'first' : 'after the network'}`);
  }
  // Every file loaded on demand has a content hash in its name (scripts/hashed.mjs): precached
  // and cached first, like the app's own glue and wasm.
  for (const name of ON_DEMAND) {
    const pattern = hashedPattern(name);
    assert.ok(files.some(([f, hashed]) => pattern.test(f) && hashed), `${name} is precached by a hashed name, cached first`);
    assert.ok(!files.some(([f]) => f === name), `${name} is not there by its unhashed name`);
  }
});

test('offline after one visit: a reload renders and computes, and a worker-backed screen computes', async () => {
  const site = await serve('dist', { base: BASE });
  const origin = new URL(site.url).origin;
  const { page, context, problems } = await openPage(browser, origin);
  try {
    await page.goto(site.url);
    await page.waitForSelector('#tier-result');
    assert.match(await serviceWorkerActive(page), /\/reachwise\/sw\.js$/);
    const { build, files } = precached();
    assert.deepEqual(await caches(page), [[`reachwise ${site.url} ${build}`, files.length]], 'the whole build is precached');
    // On the first install nothing is announced.
    assert.equal(await page.locator('.update-notice').count(), 0);
    // The page's request starts while the service worker starts (a sooner repeat visit).
    assert.equal(await page.evaluate(async () => (await (await navigator.serviceWorker.ready).navigationPreload.getState()).enabled), true);

    await cutNetwork(context, site);
    const seen = site.requests.length;
    await page.reload();
    await page.waitForSelector('#tier-result');
    assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), 'the page is served by the service worker');
    await page.fill('#tier-followers', '600k');
    await page.waitForFunction(() => document.querySelector('#tier-result').textContent.includes('Macro influencer'));
    await page.fill('#tier-followers', '3k');
    await page.waitForFunction(() => document.querySelector('#tier-result').textContent.includes('Nano influencer'));

    // The results worker (its own script and wasm) comes from the cache as well.
    await page.goto(`${site.url}?v=1&calc=roi`);
    await page.waitForFunction(() => document.querySelector('#how-sure')?.textContent.includes('Lowest cost per conversion: 5 micro influencers.'), null, { timeout: 20_000 });
    await page.fill('#roi-2-creators', '8');
    await page.waitForFunction(() => location.search.includes('roi.2.creators=8'));
    await page.goto(`${site.url}?v=1&calc=budget&budget.total=20000`);
    await page.waitForFunction(() => document.querySelector('#budget-result')?.textContent.includes('$11,000'));
    // And the rate card's and the roster's worker.
    await page.goto(`${site.url}?v=2&calc=card`);
    await page.waitForFunction(() => document.querySelector('#card-result .rate-card'), null, { timeout: 20_000 });

    assert.equal(site.requests.length, seen, 'nothing was answered by the server');
    assertClean(problems, ['console', 'pageErrors', 'foreign', 'failed']);
  } finally {
    await context.close();
    await site.close();
  }
});

test('the service worker leaves other requests alone and never caches an error', async () => {
  const site = await serve('dist', { base: BASE });
  const origin = new URL(site.url).origin;
  const { page, context } = await openPage(browser, origin);
  try {
    await page.goto(site.url);
    await page.waitForSelector('#tier-result');
    await serviceWorkerActive(page);
    await page.reload(); // now controlled
    await page.waitForSelector('#tier-result');
    const before = await caches(page);
    const statuses = await page.evaluate(async () => [
      (await fetch('missing-file.js')).status,
      (await fetch('favicon-32.png', { method: 'HEAD' })).status,
      (await fetch('/elsewhere/index.html')).status,
    ]);
    assert.deepEqual(statuses, [404, 200, 404]);
    assert.deepEqual(await caches(page), before, 'nothing was added to the cache');
    // A request that is not a file of the build reaches the server, even one that looks like it.
    assert.ok(site.requests.some((u) => u.startsWith(`${BASE}missing-file.js`)));
  } finally {
    await context.close();
    await site.close();
  }
});

test('a new release: announced after a reload, never swapped in by itself; Reload activates it and the old cache goes', async () => {
  // Two releases of the same build: the second differs in its service worker's build id (as a
  // real release differs in every hashed name it precaches) and marks its page.
  const root = mkdtempSync(join(tmpdir(), 'reachwise-release-'));
  temps.push(root);
  const [v1, v2] = [join(root, 'v1'), join(root, 'v2')];
  cpSync('dist', v1, { recursive: true });
  cpSync('dist', v2, { recursive: true });
  const { build } = precached();
  const sw2 = readFileSync(join(v2, 'sw.js'), 'utf8').replace(`const BUILD = "${build}";`, 'const BUILD = "release-2";');
  assert.ok(sw2.includes('"release-2"'));
  writeFileSync(join(v2, 'sw.js'), sw2);
  const html2 = readFileSync(join(v2, 'index.html'), 'utf8').replace(/<html\b/, '<html data-release=2');
  writeFileSync(join(v2, 'index.html'), html2);

  const site = await serve(v1, { base: BASE });
  const origin = new URL(site.url).origin;
  const { page, context, problems } = await openPage(browser, origin);
  try {
    await page.goto(site.url);
    await page.waitForSelector('#tier-result');
    await serviceWorkerActive(page);
    const first = await caches(page);
    assert.deepEqual(first.map(([name]) => name), [`reachwise ${site.url} ${build}`]);

    site.setRoot(v2);
    await page.reload();
    await page.waitForSelector('#tier-result');
    // The page is network first: the reload shows the new release's page ...
    assert.equal(await page.evaluate(() => document.documentElement.dataset.release), '2');
    // ... while the new service worker waits. The user is mid-edit when it is announced.
    await page.evaluate(() => { window.__samePage = true; });
    await page.fill('#tier-followers', '42k');
    const notice = page.locator('.update-notice[role=status]');
    await notice.getByRole('button', { name: 'Reload' }).waitFor();
    assert.match(await notice.textContent(), /new version/i);
    assert.equal(await page.evaluate(() => window.__samePage), true, 'the page did not reload by itself');
    assert.equal(await page.inputValue('#tier-followers'), '42k', 'the edit is untouched');
    const waiting = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return [registration.waiting?.state, registration.active?.scriptURL === registration.waiting?.scriptURL];
    });
    assert.deepEqual(waiting, ['installed', true], 'the new worker is installed and waiting');
    assert.equal((await caches(page)).length, 2, 'both releases are cached while the old one runs');

    // Reload: the new worker activates, the page reloads once, the old cache is gone.
    await Promise.all([page.waitForNavigation(), notice.getByRole('button', { name: 'Reload' }).click()]);
    await page.waitForSelector('#tier-result');
    assert.equal(await page.evaluate(() => window.__samePage), undefined, 'the page reloaded');
    await page.waitForFunction(async () => (await self.caches.keys()).length === 1);
    const after = await caches(page);
    assert.equal(after.length, 1);
    assert.equal(after[0][0], `reachwise ${site.url} release-2`, 'only the new release is cached');
    assert.equal(await page.locator('.update-notice').count(), 0, 'no notice after the update');
    const controller = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return [!!registration.waiting, registration.active.state];
    });
    assert.deepEqual(controller, [false, 'activated']);
    // And the new release works offline.
    await cutNetwork(context, site);
    await page.reload();
    await page.fill('#tier-followers', '600k');
    await page.waitForFunction(() => document.querySelector('#tier-result').textContent.includes('Macro influencer'));
    assert.equal(await page.evaluate(() => document.documentElement.dataset.release), '2');
    assertClean(problems, ['console', 'pageErrors', 'foreign', 'failed']);
  } finally {
    await context.close();
    await site.close();
  }
});
