// End-to-end: the release build in dist/, served from a sub-path on 127.0.0.1, in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './browser.mjs';
import { assertClean, sharedSite } from './harness.mjs';

const shared = sharedSite('/some/path/');

async function open(query = '', options) {
  const opened = await openPage(shared.browser, shared.origin, options);
  await opened.page.goto(shared.site.url + query);
  await opened.page.waitForSelector('#tier-result');
  return opened;
}

test('the page renders from a sub-path with the basics in place', async () => {
  const { page, problems, context } = await open();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.title(), 'Tier finder · Reachwise');
  const description = await page.getAttribute('meta[name="description"]', 'content');
  assert.match(description, /micro influencer calculator/i);
  assert.ok(await page.$('meta[name="viewport"]'), 'viewport meta');
  assert.equal(await page.locator('h1').count(), 1);
  const unlabelled = await page.$$eval('input, select', (els) =>
    els.filter((el) => !el.id || !document.querySelector(`label[for="${el.id}"]`)).map((el) => el.outerHTML));
  assert.deepEqual(unlabelled, []);
  const favicon = await page.evaluate(async () => (await fetch(document.querySelector('link[rel=icon]').href)).status);
  assert.equal(favicon, 200);
  assert.match(await page.textContent('#tier-result'), /Micro/);
  assertClean(problems);
  await context.close();
});

test('typing updates the result and the URL without new history entries', async () => {
  const { page, problems, context } = await open();
  const before = await page.evaluate(() => history.length);
  await page.selectOption('#tier-platform', 'tiktok');
  await page.fill('#tier-followers', '600k');
  // The figures are the account's, shared by the four account calculators.
  await page.waitForFunction(() => location.search.includes('acct.followers=600000'));
  assert.match(page.url(), /acct\.platform=tiktok/);
  assert.match(await page.textContent('#tier-result'), /Macro/);
  assert.equal(await page.evaluate(() => history.length), before);
  const link = page.url();

  const second = await openPage(shared.browser, shared.origin);
  await second.page.goto(link);
  await second.page.waitForSelector('#tier-result');
  assert.equal(await second.page.inputValue('#tier-platform'), 'tiktok');
  assert.equal(await second.page.inputValue('#tier-followers'), '600000');
  assert.match(await second.page.textContent('#tier-result'), /Macro/);
  assertClean(problems);
  assertClean(second.problems);
  await second.context.close();
  await context.close();
});

test('bad input gets an inline message and keeps the other values', async () => {
  const { page, problems, context } = await open('?v=1&tier.platform=linkedin&tier.followers=20000');
  await page.fill('#tier-followers', 'lots');
  await page.waitForSelector('.field.invalid');
  assert.match(await page.textContent('#tier-followers-message'), /not a number/);
  assert.equal(await page.inputValue('#tier-platform'), 'linkedin');
  assert.match(page.url(), /acct\.followers=20000/);
  assert.match(await page.textContent('#tier-result'), /Micro/);
  assertClean(problems);
  await context.close();
});

test('a link with unusable values opens with a notice naming them', async () => {
  const { page, problems, context } = await open('?v=1&tier.platform=myspace&tier.followers=-5&x=%3Cscript%3Ealert(1)%3C/script%3E');
  const notice = await page.textContent('.notices');
  assert.match(notice, /myspace/);
  assert.match(notice, /-5/);
  assert.equal(await page.inputValue('#tier-platform'), 'instagram');
  assert.equal(await page.inputValue('#tier-followers'), '25000');
  assert.equal(await page.evaluate(() => document.body.innerHTML.includes('<script>alert')), false);
  assertClean(problems);
  await context.close();
});
