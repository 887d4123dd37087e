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

/** Chart texts cut by their chart's edge, overlapping another, or smaller than `minPx`. */
function chartTextProblems(minPx) {
  const problems = [];
  for (const svg of document.querySelectorAll('.results figure.chart svg')) {
    const frame = svg.getBoundingClientRect();
    const scale = frame.width / svg.viewBox.baseVal.width;
    const boxes = [];
    for (const text of svg.querySelectorAll('text')) {
      const box = text.getBoundingClientRect();
      const name = `"${text.textContent}"`;
      if (text.textContent.endsWith("…")) problems.push(`${name} is shortened`);
      if (box.left < frame.left - 1.5 || box.right > frame.right + 1.5 || box.top < frame.top - 1.5 || box.bottom > frame.bottom + 1.5) {
        problems.push(`${name} cut: ${Math.round(box.left)}–${Math.round(box.right)} in ${Math.round(frame.left)}–${Math.round(frame.right)}`);
      }
      const px = parseFloat(getComputedStyle(text).fontSize) * scale;
      if (px < minPx) problems.push(`${name} is ${px.toFixed(1)} px`);
      for (const [other, b] of boxes) {
        const overlap = Math.min(box.right, b.right) - Math.max(box.left, b.left) > 1
          && Math.min(box.bottom, b.bottom) - Math.max(box.top, b.top) > 2;
        if (overlap) problems.push(`${name} overlaps ${other}`);
      }
      boxes.push([name, box]);
    }
  }
  return problems;
}

const CHARTED = [
  ['#tier-result', '?v=1&tier.followers=2000', 'svg'],
  ['#tier-result', '?v=1&tier.platform=tiktok&tier.followers=600000', 'svg'],
  ['#roi-result', '?v=1&calc=roi&roi.n=3&roi.1.name=1%20macro%20influencer%20with%20a%20long%20name&roi.1.cost=25000&roi.1.reach=1000000&roi.1.er=0.75-1&roi.2.cost=5000&roi.2.reach=300000&roi.2.er=5-6.5&roi.3.name=10%20micro%20influencers&roi.3.creators=10&roi.3.cost=2500&roi.3.reach=300000-400000&roi.3.er=4-6', '.chances-table'],
  ['#roi-result', '?v=1&calc=roi&roi.n=2&roi.1.reach=400000&roi.1.er=0.75-1&roi.2.name=10%20micro%20influencers&roi.2.creators=10&roi.2.cost=1000&roi.2.reach=300000-400000&roi.2.er=5', '.chances-table'],
  ['#budget-result', '?v=1&calc=budget&budget.total=25000000&budget.target=1000000', '.chances svg'],
  ['#auth-result', '?v=1&calc=authenticity&auth.history=1000%2C1100%2C1200%2C1300%2C1400%2C1500%2C1600%2C1700%2C1800%2C1900%2C2000%2C9000', 'svg'],
];

test('no chart text is cut or overlapping, and on a phone none is under 12 px', async () => {
  for (const width of WIDTHS) {
    for (const scheme of width === 360 ? ['light', 'dark'] : ['light']) {
      const { page, context } = await openPage(shared.browser, shared.origin, { viewport: { width, height: 900 }, colorScheme: scheme });
      for (const [result, query, ready] of CHARTED) {
        await page.goto(`${shared.site.url}${query}`);
        await page.waitForSelector(`${result} ${ready}`);
        const problems = await page.evaluate(chartTextProblems, width === 360 ? 12 : 0);
        assert.deepEqual(problems, [], `${query} at ${width} px`);
      }
      await context.close();
    }
  }
});

test('on a phone the ROI table breaks its metrics between words, never inside one', async () => {
  const { page, problems, context } = await openPage(shared.browser, shared.origin, { viewport: { width: 360, height: 800 } });
  await page.goto(`${shared.site.url}?v=2&calc=roi`);
  await page.waitForSelector('#roi-result table.compare th[scope=row]');
  // Each word of a metric is measured alone: a word wider than its cell's text box is cut
  // ("Conversion s").
  const cut = await page.$$eval('#roi-result table.compare th[scope=row]', (ths) => ths.flatMap((th) => {
    const style = getComputedStyle(th);
    const room = th.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const probe = document.createElement('span');
    probe.style.font = style.font;
    probe.style.whiteSpace = 'nowrap';
    document.body.append(probe);
    const wide = th.textContent.split(/\s+/).filter((word) => {
      probe.textContent = word;
      return probe.getBoundingClientRect().width > room + 0.5;
    });
    probe.remove();
    return wide.map((word) => `${word} in ${Math.round(room)} px`);
  }));
  assert.deepEqual(cut, []);
  assertClean(problems);
  await context.close();
});

test('on a phone the rate range\'s price boxes stay on the page, in yen too', async () => {
  const { page, problems, context } = await openPage(shared.browser, shared.origin, { viewport: { width: 360, height: 800 } });
  await page.goto(`${shared.site.url}?v=2&calc=rates&cur=JPY`);
  await page.waitForFunction(() => document.querySelector('.price-band dd')?.textContent.includes('¥'));
  const outside = await page.$$eval('.price-band div', (boxes) => boxes
    .filter((box) => box.getBoundingClientRect().right > innerWidth || box.scrollWidth > box.clientWidth)
    .map((box) => box.textContent));
  assert.deepEqual(outside, [], 'a box reaches past the screen or cuts its figure');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'the page does not scroll sideways');
  assertClean(problems);
  await context.close();
});
