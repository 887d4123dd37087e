// End-to-end: the results code (the results worker's build, run in the page itself,
// src/app/in_page.rs) and the lists worker (rate card, roster) share the page's results slot
// (src/app/worker_client.rs). Typing gets its answer in the same task, with no message to a
// worker, and the table is updated in place; should the in-page code fail to load, a worker
// computes. A screen left while its code still loads never has its answer drawn into the
// next screen's slot, and the next screen's own worker still starts and answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './browser.mjs';
import { assertClean, sharedSite } from './harness.mjs';

const opened = sharedSite('/workers/');

test("a slow results worker's answer for a screen already left is not drawn into the roster's", async () => {
  const { site, browser, origin } = opened;
  // No service worker: it would answer the worker's files from its cache, undelayed.
  const { page, context, problems } = await openPage(browser, origin, { serviceWorkers: 'block' });
  // The results code's wasm arrives 1.5 s late, as on a slow network.
  await page.route(/reachwise-worker_bg\.wasm$/, async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto(site.url);
  await page.waitForSelector('#tier-result .headline');
  await page.click('nav.calculators a[href*="calc=engagement"]');
  await page.waitForSelector('#er-result');
  await page.click('nav.calculators a[href*="calc=roster"]');
  await page.waitForSelector('#roster-result');
  // Record every state of the roster's slot until its own answer is in.
  await page.evaluate(() => {
    window.seenInRoster = [];
    const note = () => window.seenInRoster.push(document.querySelector('#roster-result #result-body')?.textContent ?? '');
    new MutationObserver(note).observe(document.querySelector('#roster-result'), { subtree: true, childList: true, characterData: true });
    note();
  });
  // The lists worker starts once the results code has started (one at a time), so by its
  // answer the results code has had its chance to answer what it still held.
  await page.waitForFunction(() => document.querySelector('#roster-result #result-body')?.textContent.includes('Paste a shortlist'), null, { timeout: 15_000 });
  const seen = await page.evaluate(() => window.seenInRoster);
  assert.ok(!seen.some((text) => /engagement by followers/i.test(text)), `the engagement answer reached the roster's slot: ${seen.find((t) => /engagement by followers/i.test(t))?.slice(0, 200)}`);
  assert.match(await page.textContent('#roster-result #result-body'), /Paste a shortlist/);
  // And the results code still answers its own screen.
  await page.click('nav.calculators a[href*="calc=engagement"]');
  await page.waitForFunction(() => /engagement by followers/i.test(document.querySelector('#er-result #result-body')?.textContent ?? ''));
  assertClean(problems);
  await context.close();
});

/** Counts the messages the page posts to workers, by their first letter (a channel's tag). */
function countWorkerMessages() {
  window.postedToWorkers = {};
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    const tag = typeof message === 'string' ? message[0] : typeof message;
    window.postedToWorkers[tag] = (window.postedToWorkers[tag] ?? 0) + 1;
    return post.call(this, message, ...rest);
  };
}

test('typing in a scenario is answered in the page itself, and the table is written in place', async () => {
  const { site, browser, origin } = opened;
  const { page, context, problems } = await openPage(browser, origin);
  await page.addInitScript(countWorkerMessages);
  // Settled (no request for 500 ms): the results code has loaded into the page. Until then,
  // the worker index.html started for the link answers.
  await page.goto(`${site.url}?v=1&calc=roi&roi.n=10`, { waitUntil: 'networkidle' });
  await page.waitForSelector('#roi-result table.compare');
  await page.fill('#roi-1-creators', '3');
  await page.waitForFunction(() => document.querySelector('#roi-result table.compare td')?.textContent === '$30,000');
  await page.evaluate(() => { window.postedToWorkers = {}; });
  // The same cell element before and after the edits: written, not parsed anew.
  await page.evaluate(() => { window.firstCell = document.querySelector('#roi-result table.compare td'); });
  await page.fill('#roi-1-creators', '2');
  await page.fill('#roi-1-cost', '7000');
  await page.waitForFunction(() => document.querySelector('#roi-result table.compare td')?.textContent === '$14,000');
  assert.equal(await page.evaluate(() => window.firstCell === document.querySelector('#roi-result table.compare td')), true, 'the cell was written in place');
  const posted = await page.evaluate(() => window.postedToWorkers);
  assert.equal(posted.r ?? 0, 0, `no results request went to a worker: ${JSON.stringify(posted)}`);
  // "How sure" still comes from its worker.
  await page.waitForSelector('#how-sure .chances');
  assert.ok((posted.s ?? 0) > 0 || (await page.evaluate(() => window.postedToWorkers.s)) > 0, 'the simulation went to its worker');
  assertClean(problems);
  await context.close();
});

test('when the in-page results code cannot load, a worker computes the results', async () => {
  const { site, browser, origin } = opened;
  const { page, context, problems } = await openPage(browser, origin, { serviceWorkers: 'block' });
  await page.addInitScript(countWorkerMessages);
  await page.route(/results-loader\.js$/, (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto(`${site.url}?v=2&calc=engagement`);
  await page.waitForFunction(() => /engagement by followers/i.test(document.querySelector('#er-result #result-body')?.textContent ?? ''));
  await page.fill('#er-followers', '50000');
  await page.waitForFunction(() => document.querySelector('#er-result #result-body')?.textContent.includes('50,000'));
  assert.ok(await page.evaluate(() => window.postedToWorkers.r) > 0, 'a worker answered');
  assertClean(problems, ['pageErrors', 'foreign']);
  await context.close();
});
