// The Content-Security-Policy of the built page: only this origin, no 'unsafe-inline', the
// inline loader allowed by its hash (scripts/csp.mjs), and no violation while the app runs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage } from './browser.mjs';
import { assertClean, closeSite, openSite } from './harness.mjs';
import { addHashes, cspMeta, fixAutoreload, inlineScripts, inlineStyles, scriptHash } from '../../scripts/csp.mjs';

const html = readFileSync('dist/index.html', 'utf8');
const meta = (() => { try { return cspMeta(html); } catch { return undefined; } })();
const policy = meta?.policy;
const directives = new Map((policy ?? '').split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name, sources]));

let site;
let browser;
before(async () => {
  ({ site, browser } = await openSite('/csp/'));
});
after(() => closeSite({ site, browser }));

test('the policy comes before anything it governs and names no other origin', () => {
  assert.ok(policy, 'dist/index.html has a Content-Security-Policy <meta>');
  const at = meta.index;
  for (const tag of ['<script', '<link', '<style']) {
    const first = html.indexOf(tag);
    assert.ok(first < 0 || at < first, `the policy precedes the first ${tag}`);
  }
  assert.deepEqual(directives.get('default-src'), ["'none'"]);
  for (const [name, sources] of directives) {
    for (const source of sources) {
      assert.match(source, /^'(none|self|wasm-unsafe-eval|sha256-[A-Za-z0-9+/]+=*)'$/, `${name} allows ${source}`);
    }
  }
  assert.deepEqual(directives.get('base-uri'), ["'none'"]);
  assert.ok(directives.has('form-action'), 'form-action is set (default-src does not cover it)');
});

test('the inlined stylesheet is allowed by its hash and by nothing broader', () => {
  const styles = inlineStyles(html);
  assert.equal(styles.length, 1, 'the stylesheet is inlined (scripts/early.mjs), once');
  assert.ok(styles[0].length > 5000, 'the whole stylesheet');
  assert.ok(!/<link\b[^>]*\bstylesheet\b/i.test(html), 'no render-blocking stylesheet request');
  assert.deepEqual(directives.get('style-src'), ["'self'", scriptHash(styles[0])]);
});

test('every inline script is allowed by its hash and by nothing broader', () => {
  const scripts = inlineScripts(html);
  assert.ok(scripts.length >= 1, "Trunk's inline loader is there");
  const scriptSrc = directives.get('script-src');
  for (const script of scripts) assert.ok(scriptSrc.includes(scriptHash(script)), 'the loader hash is in script-src');
  const hashes = scriptSrc.filter((s) => s.startsWith("'sha256-"));
  assert.equal(hashes.length, new Set(scripts.map(scriptHash)).size, 'no stale hashes');
  assert.deepEqual(scriptSrc.filter((s) => !s.startsWith("'sha256-")), ["'self'", "'wasm-unsafe-eval'"]);
  assert.ok(!/\son[a-z]+\s*=/i.test(html), 'no inline event handler attributes');
  assert.ok(!/\sstyle\s*=/i.test(html), 'no inline style attributes');
});

test('the app runs under the policy without a single violation', async () => {
  const origin = new URL(site.url).origin;
  const { page, context, problems } = await openPage(browser, origin);
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(`${site.url}?v=1&tier.platform=tiktok&tier.followers=600000`);
  await page.waitForSelector('#tier-result .headline');
  await page.fill('#tier-followers', '12k');
  await page.waitForFunction(() => location.search.includes('tier.followers=12000'));
  assert.equal(await page.locator('h1').count(), 1);
  // The policy is in force: an inline script added now is refused.
  const ran = await page.evaluate(() => {
    window.__inlineRan = false;
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.head.append(s);
    return window.__inlineRan;
  });
  assert.equal(ran, false, 'an injected inline script is blocked');
  const violations = await page.evaluate(() => window.__violations);
  assert.deepEqual(violations, ['script-src-elem inline'], 'only the deliberate injection was refused');
  assert.deepEqual(problems.console.filter((m) => !/window.__inlineRan/.test(m) && !/Executing inline script violates/.test(m)), []);
  assertClean(problems, ['pageErrors', 'foreign', 'failed']);
  await context.close();
});

test("trunk serve's autoreload script keeps the hash it was given", () => {
  const page = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'">
<script>const address = '{{__TRUNK_ADDRESS__}}'; const base = '{{__TRUNK_WS_BASE__}}';</script>`;
  const built = addHashes(fixAutoreload(page));
  assert.ok(!built.includes('{{__TRUNK_'), 'no placeholder left for trunk serve to fill in');
  const [script] = inlineScripts(built);
  assert.match(script, /window\.location\.host/);
  assert.ok(built.includes(scriptHash(script)));
  assert.throws(() => addHashes('<script>x</script>'), /one Content-Security-Policy/);
});
