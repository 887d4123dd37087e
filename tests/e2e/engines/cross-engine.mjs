// The cross-engine part of the end-to-end suite: the release build in dist/, served from a
// sub-path, checked in Chromium, Firefox and WebKit. Every test name starts with the engine
// that ran it ("[webkit] example link: …").
//
//   node --test tests/e2e/engines/cross-engine.mjs                    all three engines
//   ENGINES=firefox node --test tests/e2e/engines/cross-engine.mjs    one engine (or a list)
//
// An engine that is not installed is skipped with the reason, test by test; with
// REQUIRE_ENGINES=1 (scripts/test.sh sets it) it fails instead. The file name does not match
// node's test-file patterns, so `node --test tests/e2e/` (the Chromium suite) leaves it out.
//
// Chromium is driven by playwright-core, Firefox and WebKit by W3C WebDriver, which has no
// hook before a page's first script: so console errors, and CSP violations during the first
// load, are checked in Chromium only (tests/e2e/csp.test.mjs, app.test.mjs). Here every engine
// shows that the app runs under its policy (script, wasm, worker and style all load and
// compute) with no violation from the moment a listener can be added, and that the policy
// is in force.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../server.mjs';
import { EXAMPLES } from '../examples.mjs';
import { CASES, XSS_IMG, enc, inventory } from '../hostile-cases.mjs';
import { launchEngine, missing, selectedEngines } from './engines.mjs';

const DIST = 'dist';
const BASE = '/engines/';
const REQUIRE = process.env.REQUIRE_ENGINES === '1';
// Engines whose headless browser has no service worker, with what is known about why. The
// offline test runs wherever navigator.serviceWorker exists; where it does not, it skips
// with this reason if the engine is listed here, and fails if it is not.
// None so far: Chromium, Firefox and WebKitGTK's MiniBrowser all have one, headless or in Xvfb.
const NO_SERVICE_WORKER = {};
// Known failures, run and reported as TODO (they do not fail the run). None now: WebKitGTK's
// MiniBrowser failed, offline, the second of two workers started at once ("NetworkError:
// Load failed") although the service worker had its files; the page now starts one worker at
// a time (src/app/worker_client.rs), and the offline test below must pass there too.
const WORKER_OFFLINE_TODO = {};
const navLink = (label) => `xpath=//nav[contains(@class,'calculators')]//a[normalize-space()='${label}']`;

// What each engine did, printed at the end: which engine ran which test is in every name.
const tally = new Map();
const count = (engine, outcome) => {
  const row = tally.get(engine) ?? { passed: 0, failed: 0, skipped: 0, todo: 0 };
  row[outcome] += 1;
  tally.set(engine, row);
};

let site;
before(async () => {
  // Takes the 100 KB and thousands-of-keys hostile links (Node's default stops at 16 KB).
  site = await serve(DIST, { base: BASE, maxHeaderSize: 512 * 1024 });
});
after(async () => {
  await site?.close();
  for (const [engine, { passed, failed, skipped, todo }] of tally) {
    console.log(`cross-engine summary: ${engine.padEnd(8)} ${passed} passed, ${failed} failed, ${skipped} skipped${todo ? `, ${todo} known failure (TODO)` : ''}${versions.has(engine) ? ` (${versions.get(engine)})` : ''}`);
  }
});
const versions = new Map();

/** Requests since `from` for anything that is not a file of dist/ under the base path. */
function strayRequests(from) {
  return site.requests.slice(from).filter((url) => {
    const path = decodeURIComponent(new URL(url, 'http://x').pathname);
    if (!path.startsWith(BASE)) return true;
    const file = join(DIST, path.slice(BASE.length) || 'index.html');
    return !(existsSync(file) && statSync(file).isFile());
  });
}

/** Adds a listener for CSP violations to the current document (there is no earlier hook in WebDriver). */
function listenForViolations() {
  window.__violations = window.__violations ?? [];
  if (!window.__listening) {
    window.__listening = true;
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  }
  return true;
}

/** Resources the page fetched from another origin (what the Performance API lists). */
function foreignResources() {
  return performance.getEntriesByType('resource').map((r) => r.name)
    .filter((name) => !/^(data|blob):/.test(name) && new URL(name).origin !== location.origin);
}

for (const name of selectedEngines()) {
  describe(`[${name}]`, () => {
    let engine;
    let unavailable = missing(name);
    let baseline;

    before(async () => {
      if (unavailable) return;
      try {
        engine = await launchEngine(name);
        versions.set(name, engine.version);
        console.log(`[${name}] ${engine.version}`);
      } catch (e) {
        unavailable = `${name} could not start: ${e.message}`;
      }
    });
    after(async () => {
      await engine?.close();
    });

    /** Each test gets a page; a missing engine skips (or, with REQUIRE_ENGINES=1, fails). */
    const run = (title, body, options = {}) => test(`[${name}] ${title}`, options, async (t) => {
      if (unavailable) {
        if (REQUIRE) {
          count(name, 'failed');
          assert.fail(`engine ${name} is required but unavailable: ${unavailable}`);
        }
        count(name, 'skipped');
        t.skip(`${name} unavailable: ${unavailable}`);
        return;
      }
      const page = await engine.newPage();
      try {
        // A body that finds its subject missing in this engine skips with the reason, out loud.
        const outcome = await body(page, t);
        count(name, outcome === 'skipped' ? 'skipped' : 'passed');
      } catch (e) {
        // A known failure (options.todo) is reported as TODO by node and does not fail the run.
        count(name, options.todo ? 'todo' : 'failed');
        throw e;
      } finally {
        await page.close();
      }
    });

    for (const example of EXAMPLES) {
      run(`example link: ${example.title}`, async (page) => {
        await page.goto(site.url + example.query);
        await page.waitForSelector(example.result);
        // Some figures come from the simulation worker a moment later: wait for all of them.
        const shown = await page.waitForText(example.result, example.shows, { timeout: 15_000 }).then(() => true, () => false);
        const text = await page.text(example.result);
        for (const figure of example.shows) {
          assert.ok(shown && text.includes(figure), `${figure} missing from ${example.result}: ${text.slice(0, 400)}`);
        }
        assert.equal(await page.evaluate(() => document.querySelectorAll('.notices').length), 0, 'a link made by this release opens without notices');
      });
    }

    run('URL round trip: typing writes the link, a reload restores it, Back and Forward follow', async (page) => {
      await page.goto(site.url);
      await page.waitForSelector('#tier-result');
      await page.click(navLink('Budget planner'));
      await page.waitForSelector('#budget-result');
      // The link is written by a timer just after the task that draws (src/app/history.rs):
      // wait for it rather than read it at once (WebKit under load read the old one).
      await page.waitFor(() => location.search.includes('calc=budget'), [], { what: 'calc=budget in the URL' });
      await page.fill('#budget-total', '20000');
      await page.waitFor(() => location.search.includes('budget.total=20000'), [], { what: 'budget.total=20000 in the URL' });
      await page.waitForText('#budget-result', ['$11,000', '$6,000', '$2,000']);
      await page.reload();
      await page.waitForText('#budget-result', ['$11,000', '$6,000', '$2,000']);
      assert.equal(await page.evaluate(() => document.querySelector('#budget-total').value), '20000');
      assert.match(await page.url(), /budget\.total=20000/);
      await page.back();
      await page.waitForSelector('#tier-result');
      assert.doesNotMatch(await page.url(), /calc=budget/);
      await page.forward();
      await page.waitForText('#budget-result', ['$11,000']);
      assert.equal(await page.evaluate(() => document.querySelector('#budget-total').value), '20000');
    });

    run('a guide preset on the ROI screen loads, survives a reload, and Back returns to the work before it', async (page) => {
      await page.goto(site.url);
      await page.waitForSelector('#tier-result');
      await page.click(navLink('Micro vs macro ROI'));
      await page.waitForSelector('#roi-result');
      await page.click('#preset-2');
      await page.waitForText('#roi-result', ['$0.50–$0.67', '$2.50–$3.33']);
      await page.waitFor(() => location.search.includes('roi.n=2'), [], { what: 'roi.n=2 in the URL' });
      await page.reload();
      await page.waitForText('#roi-result', ['$0.50–$0.67', '$2.50–$3.33']);
      await page.click('#preset-1');
      await page.waitForText('#roi-result', ['13,750', '$36']);
      // A preset pushes a history entry: Back restores the scenarios it replaced.
      await page.back();
      await page.waitForText('#roi-result', ['$0.50–$0.67', '$2.50–$3.33']);
      await page.waitFor(() => location.search.includes('roi.n=2'), [], { what: 'roi.n=2 in the URL' });
    });

    run('CSP: the app runs under its policy without a violation, and the policy is in force', async (page) => {
      await page.goto(`${site.url}?v=1&tier.platform=tiktok&tier.followers=600000`);
      await page.evaluate(listenForViolations);
      await page.waitForText('#tier-result', ['Macro influencer']);
      const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? '');
      assert.match(policy, /default-src 'none'/, 'the page carries its policy');
      assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/, 'no unsafe-inline or unsafe-eval');
      // Script and wasm run (the tier finder computed); the stylesheet applies; typing works.
      assert.ok(await page.evaluate(() => [...document.styleSheets].some((s) => s.cssRules.length > 0)), 'the stylesheet loaded');
      await page.fill('#tier-followers', '12k');
      await page.waitFor(() => location.search.includes('acct.followers=12000'), [], { what: 'acct.followers=12000 in the URL (the shared account)' });
      // The simulation worker (worker-src 'self', its own wasm) loads and answers.
      await page.click(navLink('Micro vs macro ROI'));
      await page.waitForText('#how-sure', ['Lowest cost per conversion: 5 micro influencers.'], { timeout: 15_000 });
      assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no Content-Security-Policy violation');
      assert.deepEqual(await page.evaluate(foreignResources), [], 'nothing fetched from another origin');
      // The policy is in force, and a violation would be seen: an inline script added now is refused.
      const ran = await page.evaluate(() => {
        window.__inlineRan = false;
        const s = document.createElement('script');
        s.textContent = 'window.__inlineRan = true';
        document.head.append(s);
        return window.__inlineRan;
      });
      assert.equal(ran, false, 'an injected inline script is blocked');
      const seen = await page.waitFor(() => window.__violations.length > 0 && window.__violations, [], { what: 'the violation event', timeout: 5_000 });
      assert.equal(seen.length, 1, `one violation: ${seen}`);
      assert.match(seen[0], /^script-src/);
    });

    // Hostile links: none runs script, adds an element, opens a dialog or breaks the page.
    const visit = async (page, path) => {
      const from = site.requests.length;
      await page.goto(site.url + path);
      await page.evaluate(listenForViolations);
      // The server's HTML holds a shell with a results panel of its own: wait for the app's.
      await page.waitFor(() => !document.querySelector('.shell') && document.querySelector('.panel.results'), [], { what: "the app's results panel (the shell gone)" });
      // Give a late payload (an image error, a timer) the chance to fire.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
      return {
        dialog: await page.dialog(),
        h1: await page.evaluate(() => [...document.querySelectorAll('h1')].map((h) => h.textContent)),
        notices: await page.evaluate(() => document.querySelectorAll('.notices').length),
        elements: await page.evaluate(inventory),
        violations: await page.evaluate(() => window.__violations),
        foreign: await page.evaluate(foreignResources),
        text: await page.evaluate(() => document.body.innerText),
        stray: strayRequests(from),
      };
    };

    /** What a plain link's page holds, taken once per engine. */
    const baselineOf = async (page) => {
      baseline ??= (await visit(page, '')).elements;
      return baseline;
    };

    run('hostile links: the checks would see an injection', async (page) => {
      await baselineOf(page);
      const from = site.requests.length;
      await page.evaluate((html) => document.querySelector('.panel.results').insertAdjacentHTML('beforeend', html), XSS_IMG);
      await page.waitFor(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('/x')), [], { what: 'the request for x' });
      const seen = await page.evaluate(inventory);
      assert.equal(seen.embedded, baseline.embedded + 1);
      assert.deepEqual(seen.handlers, ['IMG onerror']);
      // The server may log it a moment after the page lists it (a service worker passes it on).
      for (const deadline = Date.now() + 5_000; strayRequests(from).length === 0 && Date.now() < deadline;) {
        await new Promise((r) => setTimeout(r, 50));
      }
      assert.equal(strayRequests(from).length, 1, 'the request for x is seen');
    });

    for (const [title, path, notice] of CASES) {
      run(`hostile link: ${title}`, async (page) => {
        await baselineOf(page);
        const seen = await visit(page, path);
        assert.equal(seen.dialog, null, 'no dialog opened');
        assert.equal(seen.h1.length, 1, 'the h1 is there');
        assert.match(seen.h1[0], /Micro influencer calculator/);
        if (notice === true) assert.ok(seen.notices > 0, 'a .notices element names what was unusable');
        if (notice === false) assert.equal(seen.notices, 0, 'no notice for a usable link');
        assert.equal(seen.elements.scripts, baseline.scripts, 'no script element added');
        assert.equal(seen.elements.embedded, baseline.embedded, 'no img, iframe or other embedding added');
        assert.deepEqual(seen.elements.handlers, [], 'no inline event handler attribute');
        assert.deepEqual(seen.elements.scriptUrls, [], 'no javascript:/data: URL in an attribute');
        assert.deepEqual(seen.violations, [], 'no Content-Security-Policy violation');
        assert.deepEqual(seen.foreign, [], 'nothing fetched from another origin');
        assert.deepEqual(seen.stray, [], 'no request for a file that is not there (an injected <img src=x> asks for x)');
      });
    }

    run('hostile links: a scenario name with markup is shown as text, not markup', async (page) => {
      await baselineOf(page);
      const seen = await visit(page, `?v=1&calc=roi&roi.1.name=${enc(XSS_IMG)}`);
      assert.ok(seen.text.includes(XSS_IMG), 'the name appears literally');
      assert.equal(seen.elements.embedded, baseline.embedded);
    });

    // Offline (issue 13, part 1): each test has its own server on its own port (its own
    // origin, so its own service worker, and the other tests keep theirs), taken off the
    // network after the first visit.
    const offline = async (page, t, body) => {
      const own = await serve(DIST, { base: '/offline/' });
      try {
        await page.goto(own.url);
        await page.waitForSelector('#tier-result');
        const support = await page.evaluate(() => ('serviceWorker' in navigator ? 'yes' : `navigator.serviceWorker is ${typeof navigator.serviceWorker}, isSecureContext ${window.isSecureContext}`));
        if (support !== 'yes') {
          const known = NO_SERVICE_WORKER[name];
          assert.ok(known, `${name} has no service worker here (${support}), and it is not known to lack one`);
          t.skip(`${name} cannot run this: ${known} (here: ${support})`);
          return 'skipped';
        }
        await page.waitFor(async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated', [], { what: 'an activated service worker', timeout: 30_000 });
        await own.setOffline(true);
        // Firefox's WebDriver refresh bypasses the service worker (as Shift+Reload does: the
        // page is not controlled after it), so there the test opens the page again instead.
        if (name === 'firefox') await page.goto(own.url);
        else await page.reload();
        await page.waitForSelector('#tier-result');
        assert.equal(await page.evaluate(() => !!navigator.serviceWorker.controller), true, 'the page came from the service worker');
        await body(own);
        return 'passed';
      } finally {
        await own.close();
      }
    };

    run('offline reload: after one visit, with the server gone, a reload renders and computes', (page, t) => offline(page, t, async () => {
      await page.fill('#tier-followers', '600k');
      await page.waitForText('#tier-result', ['Macro influencer']);
      await page.fill('#tier-followers', '3k');
      await page.waitForText('#tier-result', ['Nano influencer']);
    }));

    // A screen whose results come from the results worker (its own script and wasm).
    run('offline: a screen computed by the results worker computes with the server gone', (page, t) => offline(page, t, async (own) => {
      await page.goto(`${own.url}?v=1&calc=roi`);
      await page.waitForText('#how-sure', ['Lowest cost per conversion: 5 micro influencers.'], { timeout: 20_000 });
    }), { todo: WORKER_OFFLINE_TODO[name] });
  });
}
