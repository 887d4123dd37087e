// End-to-end: the ROI simulation runs in a worker that loads on first use, answers the
// link on screen, keeps the same figures on every load, and follows edits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './browser.mjs';
import { EXAMPLES } from './examples.mjs';
import { assertClean, sharedSite } from './harness.mjs';

const shared = sharedSite('/reachwise/');

const THREE_WAYS = EXAMPLES.find((e) => e.title.startsWith('$25,000 three ways')).query;

/** Polls `condition` (a check outside the page) every 50 ms for up to 10 s. */
async function until(condition, what) {
  for (let i = 0; i < 200; i++) {
    if (condition()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`timed out waiting for ${what}`);
}

/** Waits until #how-sure holds an answer for the inputs on screen, and returns its text. */
async function answer(page) {
  await page.waitForFunction(() => {
    const slot = document.querySelector('#how-sure');
    return slot && slot.getAttribute('aria-busy') === 'false' && slot.querySelector('.chances') !== null;
  });
  return page.textContent('#how-sure');
}

test('the worker is not part of the first load: it starts at the first sign of use, and the ROI screen uses it', async () => {
  const { page, problems, context } = await openPage(shared.browser, shared.origin);
  // What the page asks for, not what the server sees: the service worker (sw.js) precaches
  // the worker's files after the first load as well.
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));
  const workerRequested = () => requested.some((r) => /reachwise-worker-[0-9a-f]{16}_bg\.wasm$/.test(r));
  await page.goto(shared.site.url);
  await page.waitForSelector('#tier-result .headline');
  await page.waitForLoadState('networkidle');
  assert.ok(!workerRequested(), 'no worker while the page is only loaded');
  // The first sign of use (here a pointer moving) starts it in the background.
  await page.mouse.move(20, 20);
  await page.mouse.move(80, 60);
  await until(workerRequested, 'the worker to be requested');
  await page.click('nav.calculators a:has-text("Micro vs macro ROI")');
  const text = await answer(page);
  assert.match(text, /Lowest cost per conversion: 5 micro influencers\./);
  assert.match(text, /certain for the figures given/);
  assertClean(problems);
  await context.close();
});

test('a link shows the same chances and bands on every load', async () => {
  const texts = [];
  for (let load = 0; load < 2; load += 1) {
    const { page, context } = await openPage(shared.browser, shared.origin);
    await page.goto(shared.site.url + THREE_WAYS);
    texts.push(await answer(page));
    const label = await page.getAttribute('#how-sure figure svg', 'aria-label');
    assert.match(label, /Engaged audience \(more is better\), simulated: 1 macro influencer median/);
    assert.equal(await page.locator('#how-sure .median').count(), 9, 'a median mark per scenario in three charts');
    await context.close();
  }
  assert.match(texts[0], /No clear winner on cost per conversion\. Lowest in 54% of simulated outcomes/);
  assert.match(texts[0], /at least 95% of outcomes/);
  assert.equal(texts[0], texts[1]);
});

test('an edit gets a new answer; the old one stays, dimmed, until it arrives', async () => {
  const { page, problems, context } = await openPage(shared.browser, shared.origin);
  await page.goto(shared.site.url + THREE_WAYS);
  const first = await answer(page);
  // 10 micro at 7-9% engagement: now clearly cheapest per conversion.
  await page.fill('#roi-3-er', '7-9');
  // Right after the edit: either the old answer, marked busy (dimmed), or already the new one.
  const [busy, now] = await page.evaluate(() => {
    const slot = document.querySelector('#how-sure');
    return [slot.getAttribute('aria-busy'), slot.textContent];
  });
  assert.ok((busy === 'true' && now === first) || (busy === 'false' && now !== first), `${busy}: ${now}`);
  await page.waitForFunction((old) => {
    const slot = document.querySelector('#how-sure');
    return slot.getAttribute('aria-busy') === 'false' && slot.textContent !== old;
  }, first);
  const second = await page.textContent('#how-sure');
  assert.match(second, /Lowest cost per conversion: 10 micro influencers\. In (100%|more than 99%) of simulated outcomes\./);
  // Typed as low-typical-high, the input is triangular and the page still answers.
  await page.fill('#roi-3-er', '4-4.5-6');
  await page.waitForFunction((old) => {
    const slot = document.querySelector('#how-sure');
    return slot.getAttribute('aria-busy') === 'false' && slot.textContent !== old;
  }, second);
  assert.match(await page.textContent('#how-sure'), /simulated outcomes/);
  await page.waitForURL(/roi\.3\.er=4-4\.5-6/);
  assertClean(problems);
  await context.close();
});

test('the budget planner gives the chance of reaching a target, and a range widens the bands', async () => {
  const { page, problems, context } = await openPage(shared.browser, shared.origin);
  await page.goto(`${shared.site.url}?v=1&calc=budget&budget.target=1000`);
  await page.waitForFunction(() => document.querySelector('#how-sure')?.textContent.includes('Chance of reaching'));
  const exact = await page.textContent('#how-sure');
  // One conversion rate (2%): only the tiers' engagement spreads move the outcome.
  assert.match(exact, /Chance of reaching 1,000 conversions: less than 1% of simulated outcomes\./);
  await page.fill('#budget-cr', '1-3');
  await page.waitForFunction((old) => {
    const slot = document.querySelector('#how-sure');
    return slot.getAttribute('aria-busy') === 'false' && slot.textContent !== old;
  }, exact);
  assert.match(await page.textContent('#how-sure'), /Chance of reaching 1,000 conversions: 19% of simulated outcomes\./);
  await page.waitForURL(/budget\.cr=1-3/);
  assertClean(problems);
  await context.close();
});
