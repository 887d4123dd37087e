// The first paint does not wait for the wasm: the heading and the tier finder's shell are in
// the HTML the server sends, and they say what the app then shows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './browser.mjs';
import { assertClean, closeSite, openSite } from './harness.mjs';

let site;
let browser;

before(async () => {
  ({ site, browser } = await openSite('/s/'));
});
after(() => closeSite({ site, browser }));

test('without scripts the page still shows the heading and the default tier', async () => {
  const { page, context } = await openPage(browser, new URL(site.url).origin, { javaScriptEnabled: false });
  await page.goto(site.url);
  assert.equal(await page.textContent('h1'), 'Micro influencer calculator');
  assert.equal(await page.textContent('.shell .headline'), 'Micro influencer');
  assert.equal(await page.inputValue('#shell-followers'), '25000');
  const unlabelled = await page.$$eval('input, select', (els) =>
    els.filter((el) => !document.querySelector(`label[for="${el.id}"]`)).length);
  assert.equal(unlabelled, 0);
  await context.close();
});

test('the shell says what the app then shows, and the app replaces it', async () => {
  const { page, problems, context } = await openPage(browser, new URL(site.url).origin);
  const response = await page.goto(site.url);
  const html = await response.text();
  await page.waitForSelector('#tier-result');
  assert.equal(await page.$('.shell'), null, 'the app replaced the shell');
  const live = {
    headline: await page.textContent('#tier-result .headline'),
    subline: (await page.textContent('#tier-result .subline')).trim(),
    nav: await page.$$eval('nav.calculators a', (links) => links.map((a) => `${a.getAttribute('href')} ${a.textContent}`)),
    intro: await page.textContent('#app .intro'),
  };
  assert.ok(html.includes(`<p class=headline>${live.headline}</p>`) || html.includes(`<p class="headline">${live.headline}</p>`), live.headline);
  const guide = 'What Is a Micro Influencer? (InfluenceFlow, 2025)';
  assert.ok(live.subline.endsWith(guide), live.subline);
  assert.ok(html.includes(live.subline.replace(` ${guide}`, '')), live.subline);
  assert.ok(html.includes(`>${guide}</a>`), 'the shell names the guide as the app does');
  assert.ok(html.includes(live.intro), live.intro);
  for (const link of live.nav) {
    const [href, ...label] = link.split(' ');
    assert.ok(html.includes(label.join(' ')), label.join(' '));
    assert.ok(html.includes(href.replace('&', '&amp;')) || html.includes(href), href);
  }
  assertClean(problems, ['console']);
  await context.close();
});
