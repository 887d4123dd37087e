// End-to-end: navigation history, presets and shareable links across all six calculators,
// on the release build served from a sub-path, in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './browser.mjs';
import { assertClean, sharedSite } from './harness.mjs';
import { EXAMPLES } from './examples.mjs';

const shared = sharedSite('/reachwise/');

test('moving between calculators adds history entries; back and forward restore them', async () => {
  const { page, problems, context } = await openPage(shared.browser, shared.origin);
  await page.goto(shared.site.url);
  await page.waitForSelector('#tier-result');
  const start = await page.evaluate(() => history.length);
  await page.click('nav.calculators >> text=Micro vs macro ROI');
  await page.waitForSelector('#roi-result');
  await page.fill('#roi-2-creators', '8');
  await page.waitForFunction(() => location.search.includes('roi.2.creators=8'));
  await page.click('nav.calculators >> text=Budget planner');
  await page.waitForSelector('#budget-result');
  await page.fill('#budget-total', '20000');
  await page.waitForFunction(() => location.search.includes('budget.total=20000'));
  assert.equal(await page.evaluate(() => history.length), start + 2, 'typing replaced entries');

  await page.goBack();
  await page.waitForSelector('#roi-result');
  assert.equal(await page.inputValue('#roi-2-creators'), '8');
  await page.goBack();
  await page.waitForSelector('#tier-result');
  await page.goForward();
  await page.waitForSelector('#roi-result');
  await page.goForward();
  await page.waitForSelector('#budget-result');
  assert.equal(await page.inputValue('#budget-total'), '20000');
  assertClean(problems);
  await context.close();
});

test('the guide presets load in one click and survive a reload', async () => {
  const { page, problems, context } = await openPage(shared.browser, shared.origin);
  await page.goto(`${shared.site.url}?calc=roi`);
  await page.waitForSelector('#roi-result');
  await page.click('#preset-2');
  await page.waitForFunction(() => document.querySelector('#roi-result').textContent.includes('$0.50–$0.67'));
  // The URL follows within a quarter second (typing bursts are coalesced).
  await page.waitForFunction(() => location.search.includes('roi.n=2'));
  await page.reload();
  // The results come from the worker a moment after the page renders.
  await page.waitForFunction(() => document.querySelector('#roi-result')?.textContent.includes('$0.50–$0.67'));
  const result = await page.textContent('#roi-result');
  assert.match(result, /\$0\.50–\$0\.67/);
  assert.match(result, /\$2\.50–\$3\.33/);
  await page.click('#preset-1');
  await page.waitForFunction(() => document.querySelector('#roi-result').textContent.includes('13,750'));
  assertClean(problems);
  await context.close();
});

test('when the clipboard is refused, the link is shown selected to copy by hand', async () => {
  const { page, problems, context } = await openPage(shared.browser, shared.origin);
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('refused')) } });
  });
  await page.goto(`${shared.site.url}?v=2&calc=rates&acct.followers=50000`);
  await page.waitForSelector('#rate-result');
  assert.equal(await page.isVisible('#share-fallback'), false, 'no fallback before a copy fails');
  await page.click('#copy-link');
  await page.waitForSelector('#share-fallback', { state: 'visible' });
  assert.equal(await page.textContent('.share-status'), 'Copy the link below.');
  assert.equal(await page.inputValue('#share-fallback'), page.url());
  assert.equal(await page.evaluate(() => document.activeElement.id), 'share-fallback');
  // An edit makes that link out of date: it and the status go.
  await page.fill('#rate-followers', '60000');
  await page.waitForSelector('#share-fallback', { state: 'hidden' });
  assert.equal(await page.textContent('.share-status'), '');
  assertClean(problems);
  await context.close();
});

test('copying the link of a roster too long for a link says the rows are left out', async () => {
  const { page, problems, context } = await openPage(shared.browser, shared.origin, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.goto(`${shared.site.url}?v=2&calc=roster`);
  await page.waitForSelector('#roster-text');
  const rows = Array.from({ length: 200 }, (_, i) => `creator${i}\tInstagram\t${20000 + i}\t900\t30\t${500 + i}`);
  await page.fill('#roster-text', ['name\tplatform\tfollowers\tlikes\tcomments\tprice', ...rows].join('\n'));
  await page.waitForFunction(() => document.querySelector('#roster-result')?.textContent.includes('too long for a link'));
  await page.click('#copy-link');
  await page.waitForFunction(() => document.querySelector('.share-status').textContent.includes('without the roster\'s rows'));
  assertClean(problems);
  await context.close();
});

test('copy link puts the current URL on the clipboard', async () => {
  const { page, problems, context } = await openPage(shared.browser, shared.origin, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.goto(`${shared.site.url}?v=1&calc=rates&rate.followers=50000`);
  await page.waitForSelector('#rate-result');
  await page.click('#copy-link');
  await page.waitForFunction(() => document.querySelector('.share-status').textContent.length > 0);
  const status = await page.textContent('.share-status');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(status, 'Link copied.');
  assert.equal(copied, page.url());
  assertClean(problems);
  await context.close();
});

for (const example of EXAMPLES) {
  test(`example link: ${example.title}`, async () => {
    const { page, problems, context } = await openPage(shared.browser, shared.origin);
    await page.goto(shared.site.url + example.query);
    await page.waitForSelector(example.result);
    // Some figures arrive from the simulation worker a moment later: wait for all of them.
    const shown = await page
      .waitForFunction(
        ({ selector, figures }) => {
          const text = document.querySelector(selector)?.textContent ?? '';
          return figures.every((figure) => text.includes(figure));
        },
        { selector: example.result, figures: example.shows },
        { timeout: 10_000 },
      )
      .then(() => true, () => false);
    const text = await page.textContent(example.result);
    for (const figure of example.shows) {
      assert.ok(shown && text.includes(figure), `${figure} missing from ${example.result}: ${text.slice(0, 400)}`);
    }
    assert.equal(await page.$('.notices'), null, 'a link made by this release opens without notices');
    assertClean(problems);
    await context.close();
  });
}

test('each calculator names itself in the title and the description', async () => {
  const { page, problems, context } = await openPage(shared.browser, shared.origin);
  const labels = {
    tiers: 'Tier finder',
    engagement: 'Engagement rate',
    rates: 'Rate range',
    roi: 'Micro vs macro ROI',
    budget: 'Budget planner',
    authenticity: 'Authenticity check',
  };
  for (const [calc, label] of Object.entries(labels)) {
    await page.goto(`${shared.site.url}?v=1&calc=${calc}`);
    // The title is set from the first draw, the description once the intro is drawn.
    await page.waitForFunction((l) => document.title === `${l} · Reachwise`
      && document.querySelector('meta[name=description]')?.content.startsWith(`${l},`), label);
    const intro = await page.textContent('#app .intro');
    assert.equal(await page.getAttribute('meta[name=description]', 'content'), `${label}, a free micro influencer calculator: ${intro}`, calc);
  }
  // Moving in the page updates them too.
  await page.click('nav.calculators >> text=Micro vs macro ROI');
  await page.waitForFunction(() => document.title === 'Micro vs macro ROI · Reachwise');
  assert.match(await page.getAttribute('meta[name=description]', 'content'), /macro/i);
  assertClean(problems);
  await context.close();
});

test('Back and Forward faster than the page draws: the results come back every time', async () => {
  // Yew yields to the browser between drawing a screen and running its effects when the draw
  // took over 16 ms; a Forward that lands in that gap draws the budget again with its
  // results' place empty, and the link's results, unchanged, were not asked for again. A
  // slow CPU makes the gap; each round fires the two history events the way the browser
  // does (the location changes, then popstate), the second as soon as the tier finder is
  // drawn, before its effects run (they set the title).
  const { page, problems, context } = await openPage(shared.browser, shared.origin);
  const cdp = await context.newCDPSession(page);
  await page.goto(`${shared.site.url}?calc=budget&budget.total=20000`);
  await page.waitForFunction(() => document.querySelector('#budget-result')?.textContent.includes('$11,000'));
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
  let gaps = 0;
  for (let round = 0; round < 12 && gaps < 3; round++) {
    const gap = await page.evaluate(() => new Promise((resolve) => {
      const budget = location.href;
      const title = document.title;
      const observer = new MutationObserver(() => {
        if (!document.querySelector('#tier-result')) return;
        observer.disconnect();
        const effectsPending = document.title === title;
        history.replaceState(history.state, '', budget);
        dispatchEvent(new PopStateEvent('popstate'));
        resolve(effectsPending);
      });
      observer.observe(document.body, { childList: true, subtree: true });
      history.replaceState(history.state, '', location.pathname);
      dispatchEvent(new PopStateEvent('popstate'));
    }));
    if (gap) gaps += 1;
    await page.waitForFunction(() => document.querySelector('#budget-result')?.textContent.includes('$11,000'), null, { timeout: 5000 })
      .catch(async () => assert.fail(`round ${round}: the budget came back without its results: ${await page.evaluate(() => document.querySelector("#result-body")?.outerHTML)}`));
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  assert.ok(gaps > 0, 'no round landed between a draw and its effects: the test did not test anything');
  assertClean(problems);
  await context.close();
});
