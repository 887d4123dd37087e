// A shared link to another calculator than the tier finder (index.html's early script,
// scripts/early.mjs): the first paint shows the calculator the link opens, the results
// worker starts at once and its answer fills the page before the app has loaded, the app
// adopts that worker rather than starting a second one, and the tier finder loads as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './browser.mjs';
import { assertClean, sharedSite } from './harness.mjs';

const shared = sharedSite('/early/');

const APP_WASM = /\/reachwise-[0-9a-f]{16}_bg\.wasm$/;

test('without the app, a shared ROI link shows its calculator and its answer', async () => {
  const { page, context } = await openPage(shared.browser, shared.origin);
  // The app's wasm never arrives: what shows is the shell and the early worker's answer.
  await page.route(APP_WASM, (route) => route.abort());
  await page.goto(`${shared.site.url}?v=1&calc=roi`);
  await page.waitForSelector('.calculator.shell .result-body table.compare');
  assert.equal(await page.textContent('.calculator.shell .results h2'), 'Micro vs macro ROI');
  assert.equal(await page.getAttribute('nav.calculators [aria-current="page"]', 'href'), '?v=2&calc=roi');
  assert.equal(await page.isVisible('#shell-followers'), false, "the tier finder's inputs are hidden");
  const table = await page.textContent('.calculator.shell .result-body');
  for (const figure of ['6,000', '13,750', '$83', '$36']) assert.ok(table.includes(figure), `the guide's ${figure}`);
  assert.ok(!table.includes('v=1&calc=roi'), 'the link line of the answer is not shown');
  await context.close();
});

test('the app adopts the early worker, computes with it until its in-page code has started, then hands it to "How sure"', async () => {
  const { page, context, problems } = await openPage(shared.browser, shared.origin);
  // The page's requests, whether the server or the service worker answers them.
  const requested = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(`${shared.site.url}?v=1&calc=roi`);
  await page.waitForSelector('#roi-result .result-body table.compare');
  await page.fill('#roi-2-reach', '500000');
  await page.waitForFunction(() => document.querySelector('#roi-result .result-body')?.textContent.includes('27,500'));
  await page.waitForSelector('#how-sure .chances');
  // The first sign of use loads the results code into the page.
  await page.waitForFunction(() => [...document.scripts].some((s) => /\/results-loader-[0-9a-f]{16}\.js$/.test(s.src)));
  await page.fill('#roi-2-reach', '400000');
  await page.waitForFunction(() => document.querySelector('#roi-result .result-body')?.textContent.includes('22,000'));
  // The early worker, adopted, and at most one more for "How sure" (none when the early one
  // was free to take it over): never a third.
  const loaders = requested.filter((url) => /reachwise-worker_loader-[0-9a-f]{16}\.js$/.test(url)).length;
  assert.ok(loaders >= 1 && loaders <= 2, `${loaders} workers started`);
  assertClean(problems);
  await context.close();
});

test('a shared rate card link starts the lists worker early, not the results worker, and the app adopts it', async () => {
  const { page, context, problems } = await openPage(shared.browser, shared.origin);
  // The page's and its workers' requests (the service worker's precache is not among them).
  const requested = [];
  page.on('request', (request) => requested.push(request.url()));
  const fetched = (pattern) => requested.filter((url) => pattern.test(url)).length;
  await page.goto(`${shared.site.url}?v=2&calc=card`);
  await page.waitForSelector('#card-result .rate-card');
  // Before any sign of use (which warms the results worker up for the next screen).
  assert.equal(fetched(/reachwise-worker-[0-9a-f]{16}_bg\.wasm$/), 0, 'not the results worker');
  await page.fill('#card-offers', 'post 250');
  await page.waitForFunction(() => document.querySelector('#card-result .rate-card')?.textContent.includes('250'));
  assert.equal(fetched(/reachwise-worker-lists-[0-9a-f]{16}_bg\.wasm$/), 1, 'the lists worker, fetched once: the app adopted it');
  assertClean(problems);
  await context.close();
});

test('the tier finder starts no worker and preloads the app', async () => {
  const { page, context, problems } = await openPage(shared.browser, shared.origin);
  await page.goto(shared.site.url);
  await page.waitForSelector('#tier-result .headline');
  assert.equal(await page.evaluate(() => window.reachwiseEarly), undefined);
  assert.equal(await page.locator('link[rel="modulepreload"], link[rel="preload"][href$=".wasm"]').count(), 2);
  assert.deepEqual(page.workers(), [], 'no worker before the first sign of use');
  assertClean(problems);
  await context.close();
});

test("the locale's number data loads while the app downloads, not in the app's first render", async () => {
  const { page, context, problems } = await openPage(shared.browser, shared.origin);
  // Who makes the page's first number formatter: its stack names the wasm if the app does.
  await page.addInitScript(() => {
    const Native = Intl.NumberFormat;
    window.firstFormatter = null;
    Intl.NumberFormat = function NumberFormat(...args) {
      window.firstFormatter ??= new Error().stack;
      return new Native(...args);
    };
  });
  await page.goto(shared.site.url);
  await page.waitForSelector('#tier-result .headline');
  const stack = await page.evaluate(() => window.firstFormatter);
  assert.ok(stack, 'a formatter was made');
  assert.doesNotMatch(stack, /wasm/, 'the first formatter is not the app\'s');
  assert.equal(await page.textContent('#tier-result .headline'), 'Micro influencer');
  assertClean(problems);
  await context.close();
});

test('a link that carries inputs shows its answer on a phone\'s first screen; a bare one opens on its inputs', async () => {
  const phone = { viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
  const { page, context, problems } = await openPage(shared.browser, shared.origin, phone);
  const link = '?v=1&calc=roi&roi.n=2&roi.1.reach=400000&roi.1.er=0.75-1&roi.2.name=10%20micro%20influencers&roi.2.creators=10&roi.2.cost=1000&roi.2.reach=300000-400000&roi.2.er=5';
  await page.goto(shared.site.url + link);
  await page.waitForSelector('#roi-result .result-body table.compare');
  const top = (selector) => page.$eval(selector, (e) => e.getBoundingClientRect().top);
  const verdict = await page.waitForSelector('#how-sure .chances .headline');
  assert.match(await verdict.textContent(), /^Lowest cost per conversion: 10 micro influencers/);
  assert.ok((await verdict.boundingBox()).y + (await verdict.boundingBox()).height < 640, 'the verdict is on the first screen');
  const current = await page.$eval('nav.calculators [aria-current="page"]', (e) => e.getBoundingClientRect().right);
  assert.ok(current <= 360, 'the open calculator is in view in the menu row');
  assert.ok(await top('#roi-result') < await top('.panel.inputs'), 'the answer comes before the inputs');
  await page.goto(`${shared.site.url}?v=1&calc=roi`);
  await page.waitForSelector('#roi-result .result-body table.compare');
  assert.ok(await top('.panel.inputs') < await top('#roi-result'), 'without inputs in the link, the inputs come first');
  assertClean(problems);
  await context.close();
});
