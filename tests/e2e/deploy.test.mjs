// Deploy anywhere (issue 13, part 4): the build writes dist/_headers (Netlify, Cloudflare
// Pages) with the page's CSP, cache lifetimes and the wasm type; served from a sub-path with
// those headers, as such a host would, the app runs without a single CSP violation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { openPage } from './browser.mjs';
import { assertClean, sharedSite } from './harness.mjs';
import { cspMeta } from '../../scripts/csp.mjs';
import { HASHED, parseHeaders } from '../../scripts/headers.mjs';

const text = readFileSync('dist/_headers', 'utf8');
const rules = parseHeaders(text);
/** The headers the rules give a site path, later rules winning. */
const headersOf = (path) => Object.fromEntries(rules.filter((r) => r.pattern.test(path)).flatMap((r) => r.headers));

const shared = sharedSite('/deep/sub/path/', { headers: true });

test("dist/_headers carries this build's policy, cache lifetimes and the wasm type", () => {
  const { policy } = cspMeta(readFileSync('dist/index.html', 'utf8'));
  const all = headersOf('/index.html');
  assert.equal(all['content-security-policy'], policy, 'the header policy is the meta policy, this build\'s hash included');
  assert.doesNotMatch(text, /frame-ancestors|x-frame-options/i, 'nothing that would stop embedding');
  assert.equal(headersOf('/')['cache-control'], 'no-cache');
  assert.equal(all['cache-control'], 'no-cache');
  assert.equal(headersOf('/sw.js')['cache-control'], 'no-cache', 'the service worker is always revalidated');
  const files = readdirSync('dist').filter((f) => f !== '_headers');
  let hashed = 0;
  for (const name of files) {
    const h = headersOf(`/${name}`);
    if (HASHED.test(name)) {
      hashed += 1;
      assert.equal(h['cache-control'], 'public, max-age=31536000, immutable', name);
    } else {
      assert.equal(h['cache-control'], 'no-cache', name);
    }
    if (name.endsWith('.wasm')) assert.equal(h['content-type'], 'application/wasm', name);
  }
  assert.ok(hashed >= 2, 'the glue and the wasm are hashed (the stylesheet is inlined)');
  // embed.js keeps its name (other sites' pages load it), so it is never cached for long; the
  // files loaded on demand carry their hash (scripts/hashed.mjs), so they are kept for good.
  assert.ok(!HASHED.test('embed.js') && files.includes('embed.js'), 'embed.js keeps its name');
  const onDemand = files.filter((f) => /^(?:reachwise-(?:worker|saved)|results-loader|saved-loader)/.test(f));
  assert.equal(onDemand.length, 10, onDemand.join(' '));
  for (const name of onDemand) assert.ok(HASHED.test(name), `${name} carries a content hash`);
});

test('served from a sub-path with those headers, the app computes with no CSP violation', async () => {
  const { page, context, problems } = await openPage(shared.browser, shared.origin);
  const responses = new Map();
  page.on('response', (r) => responses.set(new URL(r.url()).pathname, r.headers()));
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${shared.site.url}?v=1&tier.followers=600000`);
  await page.waitForSelector('#tier-result .headline');
  await page.fill('#tier-followers', '12k');
  await page.waitForFunction(() => location.search.includes('acct.followers=12000'));
  // The results worker starts under the header policy too (its script gets the headers).
  await page.click('nav.calculators >> text=Micro vs macro ROI');
  await page.waitForSelector('#roi-result table');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  const index = responses.get('/deep/sub/path/');
  assert.ok(index['content-security-policy'].includes("script-src 'self' 'wasm-unsafe-eval' 'sha256-"));
  assert.equal(index['cache-control'], 'no-cache');
  const wasm = [...responses].filter(([path]) => path.endsWith('.wasm'));
  assert.ok(wasm.length >= 2, 'the app and the worker wasm were loaded');
  for (const [path, h] of wasm) assert.equal(h['content-type'], 'application/wasm', path);
  const glue = [...responses].find(([path]) => /\/reachwise-[0-9a-f]{16}\.js$/.test(path));
  assert.equal(glue?.[1]['cache-control'], 'public, max-age=31536000, immutable');
  assertClean(problems);
  await context.close();
});
