// End-to-end: the roster screen on the release build. A shortlist of 23 creators, four of
// them bad, is pasted; the messages, the figures, the chosen mix, a pin, the open creator's
// working and checklist, the CSV export and the link (the roster in the fragment, reloaded)
// are checked in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage } from './browser.mjs';
import { assertClean, sharedSite } from './harness.mjs';

const ROSTER = readFileSync(new URL('./fixtures/roster.tsv', import.meta.url), 'utf8');
// Also asserted natively (src/render/roster/tests.rs): the page shows what the code computes.
const MIX = '14 creators, $9,970, 22,555 expected engagements; left out: bo ($670 over budget with the mix), dee ($8,970 over budget with the mix), fay (no quoted price), jo (no quoted price), lea (risk 70/100), pia ($620 over budget with the mix).';

const shared = sharedSite('/reachwise/');

const mixText = (page) => page.textContent('#roster-mix .headline');

async function paste(page) {
  await page.goto(`${shared.site.url}?calc=roster`);
  await page.waitForSelector('#roster-text');
  await page.fill('#roster-text', ROSTER);
  await page.waitForSelector('#roster-mix .headline');
}

test('a pasted roster shows messages per bad row, figures and the best mix', async () => {
  const { page, problems, context } = await openPage(shared.browser, shared.origin);
  await paste(page);
  assert.equal(await mixText(page), MIX);
  const result = await page.textContent('#roster-result');
  for (const message of [
    '20 creators read; 5 messages about the table:',
    'Line 6, followers: “lots” is not a number; row left out.',
    'Line 11, name: “ana” is already on line 2; this row was left out.',
    'Line 12, quoted price: “cheap” is not a number; left blank.',
    'Line 13, platform: “Myspace” is not a platform this page knows; Instagram is used.',
    'Line 19, average likes: empty; row left out.',
    'exact 0/1 knapsack by dynamic programming',
  ]) {
    assert.ok(result.includes(message), message);
  }
  const ana = await page.textContent('#roster-table tr[data-n="ana"]');
  for (const figure of ['Micro', '20,000', '5.25% · Typical (guide: Good)', '$270–$545', '$500 (+$110, +28.2%) within', 'Instagram post', '1,050', '$0.48', '$25', '0/100 low']) {
    assert.ok(ana.includes(figure), `${figure} in ${ana}`);
  }
  assert.equal(await page.locator('#roster-table tr.in-mix').count(), 14);
  assert.ok(!(await page.evaluate(() => location.search)).includes('ana'), 'the roster is not in the query');
  assertClean(problems);
  await context.close();
});

test('pins, sorting, the open creator and the checklist follow clicks', async () => {
  const { page, problems, context } = await openPage(shared.browser, shared.origin);
  await paste(page);
  await page.click('#roster-table tr[data-n="gus"] button[data-k="out"]');
  await page.waitForFunction(() => document.querySelector('#roster-mix .headline')?.textContent.includes('gus (pinned out)'));
  await page.click('#roster-table button[data-act="sort"][data-v="cpe"]');
  await page.waitForSelector('#roster-table th[aria-sort="ascending"] button[data-v="cpe-"]');
  await page.click('#roster-table button[data-act="open"][data-v="ana"]');
  await page.waitForSelector('#roster-detail');
  const detail = await page.textContent('#roster-detail');
  for (const part of ['How the engagement rate is worked out', 'How the fair rate is worked out', 'How the risk is worked out', '$0.48 = $500 quoted ÷ 1,050 engaged', 'Engagement rate exceeds 4%: 5.25% by followers', 'Selection checklist: 3 of 20']) {
    assert.ok(detail.includes(part), part);
  }
  await page.click('#roster-detail button[data-act="tick"][data-v="0~ana"]');
  await page.waitForFunction(() => document.querySelector('#roster-detail h4')?.textContent === 'Selection checklist: 4 of 20');
  await page.click('button[data-act="objective"][data-v="conversions"]');
  await page.waitForFunction(() => document.querySelector('#roster-mix .headline')?.textContent.includes('expected conversions'));
  await page.click('#roster-limits');
  await page.waitForFunction(() => document.querySelector('#roster-mix')?.textContent.includes('Tier limits, the top of the guide'));
  assertClean(problems);
  await context.close();
});

test('the export holds every computed column, and the link brings the same roster back', async () => {
  const { page, problems, context } = await openPage(shared.browser, shared.origin);
  await paste(page);
  await page.click('#roster-table tr[data-n="gus"] button[data-k="out"]');
  await page.waitForFunction(() => document.querySelector('#roster-mix .headline')?.textContent.includes('gus (pinned out)'));
  const href = await page.getAttribute('#roster-export', 'href');
  assert.ok(href.startsWith('data:text/csv;charset=utf-8,'));
  const csv = decodeURIComponent(href.slice('data:text/csv;charset=utf-8,'.length));
  assert.ok(csv.startsWith('\uFEFFLine,Name,Platform,Deliverable,Tier,Followers (people),'));
  const lines = csv.split('\r\n').filter(Boolean);
  assert.equal(lines.length, 21, 'a header and 20 creators');
  assert.ok(lines[0].includes('Cost per engagement (USD)'));
  assert.ok(lines.some((l) => l.startsWith('2,ana,Instagram,Instagram post,Micro,20000,1000,50,')));
  assert.ok(lines.some((l) => l.startsWith('8,gus,') && l.endsWith(',no,pinned out')));
  const pinned = await mixText(page);
  await page.waitForFunction(() => location.hash.startsWith('#r=1&t=') && location.hash.includes('out=gus'));
  const link = await page.evaluate(() => location.href);
  assert.ok(!new URL(link).search.includes('gus'), 'the roster stays out of the query');

  const again = await openPage(shared.browser, shared.origin);
  await again.page.goto(link);
  await again.page.waitForSelector('#roster-mix .headline');
  assert.equal(await mixText(again.page), pinned);
  assert.equal(await again.page.inputValue('#roster-text'), ROSTER);
  // The export, pasted back, is the same roster: no fair rate is taken for a quote.
  await again.page.fill('#roster-text', csv);
  // The pasted roster has no bad rows: its result is in once the messages are gone.
  await again.page.waitForFunction(() => !document.querySelector('#roster-result')?.textContent.includes('messages about the table'));
  assert.ok((await again.page.textContent('#roster-table tr[data-n="ana"]')).includes('$500 (+$110'));
  assert.equal(await mixText(again.page), pinned);
  assert.ok(!(await again.page.textContent('#roster-result')).includes('Two columns'), 'no duplicate-column notices');
  assertClean(again.problems);
  await again.context.close();
  assertClean(problems);
  await context.close();
});

test('a roster too long for a link says so and keeps out of the address', async () => {
  const { page, problems, context } = await openPage(shared.browser, shared.origin);
  await page.goto(`${shared.site.url}?calc=roster`);
  await page.waitForSelector('#roster-text');
  const rows = ['name\tfollowers\tlikes\tcomments\tprice'];
  for (let i = 0; i < 100; i += 1) rows.push(`creator with a rather long name, number ${i} of the shortlist\t${10000 + i * 97}\t${500 + i}\t${20 + i}\t${300 + i * 7}`);
  await page.fill('#roster-text', rows.join('\n'));
  await page.waitForFunction(() => document.querySelector('#roster-result')?.textContent.includes('too long for a link'));
  assert.equal(await page.evaluate(() => location.hash), '');
  assert.ok(await page.isVisible('#roster-export'));
  assertClean(problems);
  await context.close();
});

test('a price in euros is named on a page in dollars, and read once the page is in euros', async () => {
  const { page, problems, context } = await openPage(shared.browser, shared.origin);
  await page.goto(`${shared.site.url}?calc=roster`);
  await page.waitForSelector('#roster-text');
  await page.fill('#roster-text', 'name\tfollowers\tlikes\tcomments\tprice\nlea\t12500\t310\t20\t€1,200\nasha\t12,34,567\t45,000\t1,200\t\n');
  const named = 'Line 2, quoted price: “€1,200” is in EUR, but quotes are read in USD, the page’s currency: choose EUR under Currency, or convert the price; left blank.';
  await page.waitForFunction((text) => document.querySelector('#roster-result')?.textContent.includes(text), named);
  assert.ok((await page.textContent('#roster-table tr[data-n="asha"]')).includes('1,234,567'), 'Indian grouping read');
  await page.selectOption('#currency', 'EUR');
  await page.waitForFunction(() => document.querySelector('#roster-table tr[data-n="lea"]')?.textContent.includes('1,200'));
  assert.ok(!(await page.textContent('#roster-result')).includes('is in EUR'), 'the message is gone');
  assertClean(problems);
  await context.close();
});

test('on a phone, where the header row gives way to cards, sort buttons of their own sort the roster', async () => {
  const { page, problems, context } = await openPage(shared.browser, shared.origin, { viewport: { width: 360, height: 800 } });
  await paste(page);
  assert.equal(await page.isVisible('#roster-table thead'), false, 'the header row is hidden on a phone');
  const followers = page.locator('[aria-label="Sort by"] button', { hasText: 'Followers' });
  assert.ok(await followers.isVisible(), 'a sort button shows instead');
  await followers.click();
  await page.waitForSelector('[aria-label="Sort by"] button[aria-pressed=true]:has-text("Followers ↑")');
  const counts = await page.$$eval('#roster-table tbody td[data-label=Followers]', (cells) => cells.map((c) => Number(c.textContent.replace(/\D/g, ''))));
  assert.ok(counts.length > 1, `${counts}`);
  assert.deepEqual(counts, [...counts].sort((a, b) => a - b), 'fewest followers first');
  assertClean(problems);
  await context.close();
});
