// End-to-end: one account. Figures typed once reach the tier finder, engagement rate, rate
// range and authenticity check and survive a reload; a calculator's own figure says so and
// goes back to the account's; hand-offs open the next calculator on the same account.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './browser.mjs';
import { assertClean, sharedSite } from './harness.mjs';

const shared = sharedSite('/reachwise/');

const resultHas = (page, id, text) =>
  page.waitForFunction(([id, text]) => document.querySelector(id)?.textContent.includes(text), [id, text]);

test('the account typed once reaches all four calculators and survives a reload', async () => {
  const { page, problems, context } = await openPage(shared.browser, shared.origin);
  await page.goto(`${shared.site.url}?calc=engagement`);
  await page.waitForSelector('#er-result');
  await page.selectOption('#er-platform', 'tiktok');
  await page.fill('#er-followers', '40k');
  await page.fill('#er-likes', '2000');
  await page.fill('#er-comments', '60');
  await resultHas(page, '#er-result', '5.15%');
  await page.waitForFunction(() => location.search.includes('acct.followers=40000') && location.search.includes('acct.comments=60'));

  await page.reload();
  await resultHas(page, '#er-result', '5.15%');
  assert.equal(await page.inputValue('#er-followers'), '40000');

  await page.click('text=Price this account');
  await page.waitForSelector('#rate-result');
  assert.equal(await page.inputValue('#rate-followers'), '40000');
  assert.equal(await page.inputValue('#rate-er'), '5.15');
  // A TikTok account is priced as a TikTok video, not as the default Instagram post.
  assert.equal(await page.inputValue('#rate-deliverable'), 'tiktok-video');
  await resultHas(page, '#rate-result', 'TikTok');

  await page.click('text=Check this account');
  await page.waitForSelector('#auth-result');
  assert.equal(await page.inputValue('#auth-followers'), '40000');
  assert.equal(await page.inputValue('#auth-likes'), '2000');
  assert.equal(await page.inputValue('#auth-platform'), 'tiktok');

  await page.click('nav.calculators >> text=Tier finder');
  await page.waitForSelector('#tier-result');
  assert.equal(await page.inputValue('#tier-followers'), '40000');
  await resultHas(page, '#tier-result', 'TikTok');
  // The hand-offs added history entries: back returns to the previous calculator.
  await page.goBack();
  await page.waitForSelector('#auth-result');
  await page.goBack();
  await page.waitForSelector('#rate-result');
  assertClean(problems);
  await context.close();
});

test('a calculator keeps a figure of its own, visibly, and goes back to the account', async () => {
  const { page, problems, context } = await openPage(shared.browser, shared.origin);
  await page.goto(`${shared.site.url}?v=2&calc=rates&acct.followers=40000&acct.likes=2000&acct.comments=60`);
  await page.waitForSelector('#rate-result');
  await page.click('[aria-label="Only here: followers"]');
  await page.fill('#rate-followers', '90000');
  await page.waitForFunction(() => location.search.includes('rate.followers=90000'));
  assert.equal(
    await page.textContent('label[for="rate-followers"]'),
    'Followers (this calculator only) — account: 40,000',
  );
  await page.click('nav.calculators >> text=Tier finder');
  assert.equal(await page.inputValue('#tier-followers'), '40000');
  await page.goBack();
  await page.waitForSelector('#rate-result');
  assert.equal(await page.inputValue('#rate-followers'), '90000');
  await page.click('[aria-label="Use the account\'s followers"]');
  assert.equal(await page.inputValue('#rate-followers'), '40000');
  await page.waitForFunction(() => !location.search.includes('rate.followers'));
  assertClean(problems);
  await context.close();
});

test('a link of the last release opens with its figures and rewrites itself as version 2', async () => {
  const { page, problems, context } = await openPage(shared.browser, shared.origin);
  await page.goto(`${shared.site.url}?v=1&calc=engagement&er.followers=40000&er.likes=2000&er.comments=60`);
  await resultHas(page, '#er-result', '5.15%');
  assert.equal(await page.$('.notices'), null, 'no notice for a v=1 link');
  await page.click('nav.calculators >> text=Rate range');
  await page.waitForSelector('#rate-result');
  assert.equal(await page.inputValue('#rate-followers'), '40000');
  await page.waitForFunction(() => location.search.startsWith('?v=2'));
  assertClean(problems);
  await context.close();
});
