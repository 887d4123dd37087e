// End-to-end: the results worker and the lists worker (rate card, roster) share the page's
// results slot (src/app/worker_client.rs). A screen left while its worker still loads never
// has its answer drawn into the next screen's slot, and the next screen's own worker still
// starts and answers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './browser.mjs';
import { assertClean, closeSite, openSite } from './harness.mjs';

let opened;
before(async () => {
  opened = await openSite('/workers/');
});
after(() => closeSite(opened));

test("a slow results worker's answer for a screen already left is not drawn into the roster's", async () => {
  const { site, browser, origin } = opened;
  // No service worker: it would answer the worker's files from its cache, undelayed.
  const { page, context, problems } = await openPage(browser, origin, { serviceWorkers: 'block' });
  // The results worker's wasm arrives 1.5 s late, as on a slow network.
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
  // The lists worker starts once the results worker is ready (one at a time), so by its
  // answer the results worker has had its chance to answer what it still held.
  await page.waitForFunction(() => document.querySelector('#roster-result #result-body')?.textContent.includes('Paste a shortlist'), null, { timeout: 15_000 });
  const seen = await page.evaluate(() => window.seenInRoster);
  assert.ok(!seen.some((text) => /engagement by followers/i.test(text)), `the engagement answer reached the roster's slot: ${seen.find((t) => /engagement by followers/i.test(t))?.slice(0, 200)}`);
  assert.match(await page.textContent('#roster-result #result-body'), /Paste a shortlist/);
  // And the results worker still answers its own screen.
  await page.click('nav.calculators a[href*="calc=engagement"]');
  await page.waitForFunction(() => /engagement by followers/i.test(document.querySelector('#er-result #result-body')?.textContent ?? ''));
  assertClean(problems);
  await context.close();
});
