// Hostile links in a real browser: malformed, oversized and malicious query strings and
// fragments against the release build in dist/. Each must open a working page (the h1 and a
// results panel), say so in `.notices` when the link held something unusable, and never open
// a dialog, add an element of its own, log an error or trip the Content-Security-Policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './browser.mjs';
import { assertClean, closeSite, openSite } from './harness.mjs';

const XSS_SCRIPT = '<script>alert(1)</script>';
const XSS_IMG = '<img src=x onerror=alert(1)>';
const enc = encodeURIComponent;

// [name, query and/or fragment as typed into the address bar, notice expected?]
// `true`: the link held something unusable, so `.notices` must be there; `false`: it must
// not be; `null`: either is fine (fragments, which the app does not read).
const CASES = [
  ['script tag in a value, raw', `?v=1&tier.followers=${XSS_SCRIPT}`, true],
  ['script tag in a value, encoded', `?v=1&tier.followers=${enc(XSS_SCRIPT)}`, true],
  ['attribute breakout in a choice', `?v=1&tier.platform=${enc(`"'>${XSS_IMG}`)}`, true],
  ['event handler payload as a key', `?v=1&${enc(XSS_IMG)}=1`, true],
  ['svg onload as the calculator', `?v=1&calc=${enc('<svg onload=alert(1)>')}`, true],
  ['payload as a scenario key', `?v=1&calc=roi&roi.1.${enc(XSS_SCRIPT)}=1`, true],
  ['img payload as a scenario name (free text, shown)', `?v=1&calc=roi&roi.1.name=${enc(XSS_IMG)}`, false],
  ['javascript: URL as a number', '?v=1&tier.followers=javascript:alert(1)', true],
  ['javascript: URL as a scenario name', `?v=1&calc=roi&roi.1.name=${enc('javascript:alert(document.cookie)')}`, false],
  ['payload as a currency', `?v=1&cur=${enc('<b>USD</b>')}`, true],
  ['payload as a follower history', `?v=1&calc=authenticity&auth.history=${enc(XSS_SCRIPT)}`, true],
  ['truncated UTF-8 percent-encoding', '?v=1&tier.followers=%E0%A4%A', true],
  ['lone percent sign', '?v=1&tier.followers=%', true],
  ['invalid percent escapes in key and value', '?v=1&%ZZ%=%G1%', true],
  ['overlong UTF-8 for <', '?v=1&tier.platform=%C0%BCscript', true],
  ['number too large for f64', '?v=1&tier.followers=1e309', true],
  ['NaN', '?v=1&tier.followers=NaN', true],
  ['Infinity and -Infinity', '?v=1&tier.followers=Infinity&calc=engagement&er.likes=-Infinity', true],
  ['negative zero', '?v=1&tier.followers=-0', true],
  ['thirty-digit number', `?v=1&tier.followers=${'9'.repeat(30)}`, true],
  ['absurd scenario count', '?v=1&calc=roi&roi.n=10000000', true],
  ['NaN and 1e309 inside scenarios', '?v=1&calc=roi&roi.n=10&roi.3.creators=1e309&roi.4.aov=NaN', true],
  ['unknown version', '?v=999&tier.platform=tiktok&tier.followers=600000', true],
  ['thousands of keys', `?v=1&${Array.from({ length: 5000 }, (_, i) => `k${i}=${i}`).join('&')}`, true],
  ['a 100 KB query', `?v=1&tier.followers=${'1'.repeat(100 * 1024)}`, true],
  ['right-to-left override in a choice', '?v=1&tier.platform=tik%E2%80%AEkot', true],
  ['zero-width space inside a number', '?v=1&tier.followers=600%E2%80%8B000', true],
  ['RTL, zero-width and emoji in a scenario name', '?v=1&calc=roi&roi.1.name=%E2%80%AE%F0%9F%98%80%E2%80%8Bname', false],
  ['null bytes in a key and values', '?v=1&tier.platform=tiktok%00&tier.followers=%00&%00=1', true],
  ['duplicate keys, the last unusable', '?v=1&tier.followers=1000&tier.followers=abc', true],
  ['duplicate version and calculator keys', '?v=1&v=2&calc=tiers&calc=nope', true],
  ['empty keys and separators only', '?&&&=&==&v', null],
  ['img payload in the fragment, raw', `#${XSS_IMG}`, null],
  ['script payload in the fragment, encoded', `#${enc(XSS_SCRIPT)}`, null],
  ['javascript: URL in the fragment of a good link', '?v=1&tier.followers=5000#javascript:alert(1)', false],
];

let site;
let browser;
let origin;
let baseline;

before(async () => {
  // Static hosts refuse request lines of some KB (nginx 8 KB, Node 16 KB); this one takes the
  // 100 KB and thousands-of-keys links, so that they reach the app.
  ({ site, browser, origin } = await openSite('/hostile/', { maxHeaderSize: 512 * 1024 }));
  baseline = (await visit('')).elements;
});
after(() => closeSite({ site, browser }));

/** What the page holds that a payload could have added. */
function inventory() {
  const all = [...document.querySelectorAll('*')];
  return {
    scripts: document.scripts.length,
    embedded: document.querySelectorAll('img, iframe, object, embed, frame, video, audio, link[rel=import], base, form, meta[http-equiv=refresh], svg image, svg script, svg foreignObject').length,
    handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
    scriptUrls: all.flatMap((el) => [...el.attributes]
      .filter((a) => /^(href|xlink:href|src|srcset|action|formaction|data|poster|srcdoc|background)$/i.test(a.name))
      .filter((a) => /^\s*(javascript|data|vbscript):/i.test(a.value))
      .map((a) => `${el.tagName} ${a.name}=${a.value.slice(0, 40)}`)),
  };
}

async function visit(path) {
  const { page, context, problems } = await openPage(browser, origin);
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  try {
    await page.goto(site.url + path);
    await page.waitForSelector('.panel.results', { timeout: 10_000 });
    // Give a late payload (an image error, a timer) the chance to fire.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    return {
      h1: await page.locator('h1').count(),
      h1Text: await page.textContent('h1'),
      notices: await page.locator('.notices').count(),
      elements: await page.evaluate(inventory),
      violations: await page.evaluate(() => window.__violations),
      text: await page.evaluate(() => document.body.innerText),
      dialogs,
      problems,
    };
  } finally {
    await context.close();
  }
}

test('the hostile links cover at least twenty cases', () => {
  assert.ok(CASES.length >= 20);
  assert.equal(new Set(CASES.map(([name]) => name)).size, CASES.length, 'case names are unique');
});

for (const [name, path, notice] of CASES) {
  test(`hostile link: ${name}`, async () => {
    const seen = await visit(path);
    assert.equal(seen.h1, 1, 'the h1 is there');
    assert.match(seen.h1Text, /Micro influencer calculator/);
    if (notice === true) assert.ok(seen.notices > 0, 'a .notices element names what was unusable');
    if (notice === false) assert.equal(seen.notices, 0, 'no notice for a usable link');
    assert.deepEqual(seen.dialogs, [], 'no dialog opened');
    assert.equal(seen.elements.scripts, baseline.scripts, 'no script element added');
    assert.equal(seen.elements.embedded, baseline.embedded, 'no img, iframe or other embedding added');
    assert.deepEqual(seen.elements.handlers, [], 'no inline event handler attribute');
    assert.deepEqual(seen.elements.scriptUrls, [], 'no javascript:/data: URL in an attribute');
    assert.deepEqual(seen.violations, [], 'no Content-Security-Policy violation');
    // An injected <img src=x> would be a failed request.
    assertClean(seen.problems);
  });
}

test('a scenario name with markup is shown as text, not markup', async () => {
  const seen = await visit(`?v=1&calc=roi&roi.1.name=${enc(XSS_IMG)}`);
  assert.ok(seen.text.includes(XSS_IMG), 'the name appears literally');
  assert.equal(seen.elements.embedded, baseline.embedded);
});

test('the checks above would see an injection', async () => {
  const { page, context, problems } = await openPage(browser, origin);
  await page.goto(site.url);
  await page.waitForSelector('.panel.results');
  await page.evaluate((html) => document.querySelector('.panel.results').insertAdjacentHTML('beforeend', html), XSS_IMG);
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('/x')));
  const seen = await page.evaluate(inventory);
  assert.equal(seen.embedded, baseline.embedded + 1);
  assert.deepEqual(seen.handlers, ['IMG onerror']);
  await page.waitForTimeout(100);
  assert.equal(problems.failed.length, 1, 'the request for x failed');
  await context.close();
});
