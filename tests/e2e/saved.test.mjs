// End-to-end: saved scenarios (local storage, a module loaded when the panel opens) survive
// a reload, open as history entries, and a corrupt entry beside good ones is reported while
// the good ones still open; the ROI and budget tables download as CSV whose numbers are the
// table's; the set exports as JSON with its version.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage } from './browser.mjs';
import { assertClean, sharedSite } from './harness.mjs';

const shared = sharedSite('/reachwise/');

async function openPanel(page) {
  await page.click('details.saved > summary');
  await page.waitForSelector('#save-name');
}

/** RFC 4180 fields of a CSV text: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text) {
  assert.ok(text.startsWith('\uFEFF'), 'the CSV starts with a byte-order mark');
  const rows = [[]];
  let field = '';
  let quoted = false;
  const body = text.slice(1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { rows.at(-1).push(field); field = ''; }
    else if (c === '\r' && body[i + 1] === '\n') { rows.at(-1).push(field); field = ''; rows.push([]); i++; }
    else field += c;
  }
  if (rows.at(-1).length === 0) rows.pop();
  return rows;
}

test('saved scenarios survive a reload and open as a history entry', async () => {
  const { page, problems, context } = await openPage(shared.browser, shared.origin);
  await page.goto(`${shared.site.url}?v=2&calc=budget&budget.total=20000`);
  await page.waitForSelector('#budget-result');
  await openPanel(page);
  await page.fill('#save-name', 'Twenty thousand, "split"');
  await page.click('[data-act="save"]');
  await page.waitForSelector('.saved-list a');
  assert.equal(await page.textContent('#saved-status'), 'Saved.');
  // The same screen under the same name is not saved twice.
  await page.fill('#save-name', 'Twenty thousand, "split"');
  await page.click('[data-act="save"]');
  await page.waitForSelector('text=“Twenty thousand, "split"” is already saved with this screen.');
  assert.equal(await page.locator('.saved-list a').count(), 1);
  await page.click('nav.calculators >> text=Tier finder');
  await page.waitForSelector('#tier-result');

  await page.reload();
  await page.waitForSelector('#tier-result');
  await openPanel(page);
  const link = page.locator('.saved-list a', { hasText: 'Twenty thousand, "split"' });
  await link.click();
  await page.waitForSelector('#budget-result');
  assert.equal(await page.inputValue('#budget-total'), '20000');
  await page.goBack();
  await page.waitForSelector('#tier-result');

  // Rename and delete.
  if (!(await page.isVisible('#save-name'))) await openPanel(page);
  page.once('dialog', (dialog) => dialog.accept('Plan B'));
  await page.click('[data-act="rename"]');
  await page.waitForSelector('.saved-list a >> text=Plan B');
  assert.equal(await page.textContent('#saved-status'), 'Renamed.');
  await page.click('[data-act="delete"]');
  await page.waitForSelector('text=Nothing saved yet.');
  assertClean(problems);
  await context.close();
});

test('a roster is saved with its rows; Enter saves; a delete can be undone; other tabs\' saves show', async () => {
  const { page, problems, context } = await openPage(shared.browser, shared.origin);
  await page.goto(`${shared.site.url}?v=2&calc=roster`);
  await page.waitForSelector('#roster-text');
  await page.fill('#roster-text', 'name\tfollowers\tlikes\tcomments\nana\t20000\t900\t30');
  await page.waitForFunction(() => location.hash.includes('t=name'));
  await openPanel(page);
  await page.fill('#save-name', 'Shortlist');
  await page.press('#save-name', 'Enter');
  await page.waitForSelector('.saved-list a >> text=Shortlist');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'save-name', 'the focus stays in the name field');

  await page.goto(`${shared.site.url}?v=2&calc=roster`);
  await page.waitForSelector('#roster-text');
  assert.equal(await page.inputValue('#roster-text'), '');
  await openPanel(page);
  await page.click('.saved-list a >> text=Shortlist');
  await page.waitForFunction(() => document.querySelector('#roster-text')?.value.includes('ana\t20000'));
  if (!(await page.isVisible('#save-name'))) await openPanel(page);

  const other = await context.newPage();
  await other.goto(`${shared.site.url}?v=2&calc=budget`);
  await other.waitForSelector('#budget-result');
  await openPanel(other);
  await other.fill('#save-name', 'From the other tab');
  await other.click('[data-act="save"]');
  await page.waitForSelector('.saved-list a >> text=From the other tab');
  await other.close();

  await page.click('[data-act="delete"][data-name="From the other tab"]');
  await page.waitForFunction(() => document.querySelector('#saved-status').textContent.includes('Deleted “From the other tab”.'));
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.act), 'undo', 'the focus is on Undo');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.saved-list a >> text=From the other tab');
  assert.match(await page.textContent('#saved-status'), /Restored “From the other tab”\./);
  assertClean(problems);
  await context.close();
});

test('a corrupt entry beside good ones is reported and the good ones still open', async () => {
  const { page, problems, context } = await openPage(shared.browser, shared.origin);
  await page.goto(shared.site.url);
  await page.waitForSelector('#tier-result');
  await page.evaluate(() => {
    localStorage.setItem('reachwise.saved.1', JSON.stringify({ app: 'reachwise', version: 1, name: 'Good one', query: 'v=2&calc=roi' }));
    localStorage.setItem('reachwise.saved.2', '{"app":"reachwise","vers');
    localStorage.setItem('reachwise.saved.3', JSON.stringify({ app: 'reachwise', version: 99, name: 'From the future', query: '' }));
    localStorage.setItem('reachwise.saved.4', JSON.stringify({ app: 'reachwise', version: 1, name: 'Good two', query: 'v=2&calc=engagement' }));
  });
  await page.reload();
  await page.waitForSelector('#tier-result');
  await openPanel(page);
  const text = await page.textContent('#saved-body');
  assert.match(text, /\(reachwise\.saved\.2\) was skipped: it is not readable/);
  assert.match(text, /\(reachwise\.saved\.3\) was skipped: it was written by a newer version/);
  await page.click('.saved-list a >> text=Good two');
  await page.waitForSelector('#er-result');
  await openPanel(page);
  await page.click('.saved-list a >> text=Good one');
  await page.waitForSelector('#roi-result');
  await openPanel(page);
  // Nothing was lost: the damaged entries are still there for a newer release or the user.
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('reachwise.saved.')).length);
  assert.equal(kept, 4);

  // The set exports as JSON with its version, and imports back.
  const href = await page.getAttribute('a[download="reachwise-scenarios.json"]', 'href');
  const exported = JSON.parse(decodeURIComponent(href.slice(href.indexOf(',') + 1)));
  assert.equal(exported.version, 1);
  assert.deepEqual(exported.scenarios.map((s) => s.name), ['Good one', 'Good two']);
  await page.setInputFiles('#import-file', {
    name: 'set.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)),
  });
  await page.waitForSelector('text=Imported 2 scenario(s).');
  assert.equal(await page.locator('.saved-list li').count(), 4);
  assertClean(problems);
  await context.close();
});

test('storage that is turned off gives a clear message', async () => {
  const { page, problems, context } = await openPage(shared.browser, shared.origin);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  await page.goto(shared.site.url);
  await page.waitForSelector('#tier-result');
  await page.click('details.saved > summary');
  await page.waitForFunction(() => document.querySelector('#saved-status')?.textContent.includes('local storage'));
  assertClean(problems);
  await context.close();
});

test('storage that is full says the scenario was not saved, and keeps the list', async () => {
  const { page, problems, context } = await openPage(shared.browser, shared.origin);
  await page.goto(`${shared.site.url}?v=2&calc=tiers&acct.followers=40000`);
  await page.waitForSelector('#tier-result');
  await openPanel(page);
  await page.fill('#save-name', 'Kept');
  await page.click('[data-act="save"]');
  await page.waitForFunction(() => document.querySelector('#saved-body').textContent.includes('Kept'));
  await page.evaluate(() => {
    Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await page.fill('#save-name', 'Lost');
  await page.click('[data-act="save"]');
  await page.waitForFunction(() => document.querySelector('#saved-status').textContent.includes('storage is full'));
  const list = await page.textContent('#saved-body');
  assert.ok(list.includes('Kept') && !list.includes('Lost'), list);
  assertClean(problems);
  await context.close();
});

test('the ROI and budget tables download as CSV with the table\'s numbers', async () => {
  const { page, problems, context } = await openPage(shared.browser, shared.origin, { acceptDownloads: true });
  await page.goto(`${shared.site.url}?v=2&calc=roi`);
  await page.waitForSelector('#roi-result a.download');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#roi-result a.download')]);
  assert.equal(download.suggestedFilename(), 'reachwise-roi.csv');
  const rows = parseCsv(await readFile(await download.path(), 'utf8'));
  const header = rows[0];
  const column = (name) => header.indexOf(name);
  assert.ok(column('Engaged audience, low (people)') > 0, header.join('|'));
  const table = await page.textContent('#roi-result table');
  for (const row of rows.slice(1)) {
    const engaged = Number(row[column('Engaged audience, low (people)')]);
    const perConversion = Number(row[column('Cost per conversion, low (USD)')]);
    assert.ok(table.includes(engaged.toLocaleString('en-US')), `${engaged} in the table`);
    assert.ok(table.includes(`$${Math.round(perConversion)}`), `$${Math.round(perConversion)} in the table`);
  }
  assert.deepEqual(rows.slice(1).map((r) => Number(r[column('Conversions, low (count)')])), [120, 275]);

  await page.goto(`${shared.site.url}?v=2&calc=budget`);
  await page.waitForSelector('#budget-result a.download');
  const [budget] = await Promise.all([page.waitForEvent('download'), page.click('#budget-result a.download')]);
  const split = parseCsv(await readFile(await budget.path(), 'utf8'));
  assert.deepEqual(split.slice(1).map((r) => [r[0], Number(r[2])]), [['Nano', 3000], ['Micro', 5500], ['Macro', 1500]]);
  const budgetTable = await page.textContent('#budget-result table');
  for (const [, , amount] of split.slice(1)) {
    assert.ok(budgetTable.includes(`$${Number(amount).toLocaleString('en-US')}`), amount);
  }
  assertClean(problems);
  await context.close();
});
