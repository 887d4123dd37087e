// Printing (issue 10, item 3): every calculator prints, through Chromium's PDF output, on a
// bounded number of A4 and US Letter pages with no empty page, and the printout carries the
// screen's link and the date.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './browser.mjs';
import { assertClean, closeSite, openSite } from './harness.mjs';
import { printsOn } from './pdf.mjs';

let site;
let browser;
let origin;

before(async () => {
  ({ site, browser, origin } = await openSite('/reachwise/'));
});
after(() => closeSite({ site, browser }));

/** Each calculator's screen and the most pages it may print on. */
const SCREENS = [
  { name: 'Tier finder', query: '?v=1&tier.followers=25000', result: '#tier-result', pages: 1 },
  { name: 'Engagement rate', query: '?v=1&calc=engagement&er.followers=40000&er.likes=2000&er.comments=60', result: '#er-result', pages: 1 },
  { name: 'Rate range', query: '?v=1&calc=rates', result: '#rate-result', pages: 1 },
  { name: 'Micro vs macro ROI', query: '?v=1&calc=roi', result: '#roi-result', pages: 2, simulation: true },
  {
    name: 'Micro vs macro ROI, three scenarios',
    query: '?v=1&calc=roi&roi.n=3&roi.1.cost=25000&roi.1.reach=1000000&roi.1.er=0.75-1&roi.2.cost=5000&roi.2.reach=300000&roi.2.er=5-6.5&roi.3.name=10%20micro%20influencers&roi.3.creators=10&roi.3.cost=2500&roi.3.reach=300000-400000&roi.3.er=4-6',
    result: '#roi-result',
    pages: 2,
    simulation: true,
  },
  { name: 'Budget planner', query: '?v=1&calc=budget&budget.target=300', result: '#budget-result', pages: 2, simulation: true },
  { name: 'Authenticity check', query: '?v=1&calc=authenticity&auth.followers=25000&auth.sample=50&auth.fake=10', result: '#auth-result', pages: 1 },
];

/** Opens `query` and waits until its results (and its "How sure" section) are drawn. */
async function openScreen({ query, result, simulation }) {
  const opened = await openPage(browser, origin);
  const { page } = opened;
  await page.goto(`${site.url}${query}`);
  await page.waitForSelector(result);
  await page.waitForFunction(() => {
    const body = document.querySelector('#result-body');
    return !body || (body.getAttribute('aria-busy') !== 'true' && body.children.length > 0);
  });
  if (simulation) {
    await page.waitForFunction(() => {
      const slot = document.querySelector('#how-sure');
      return slot?.getAttribute('aria-busy') === 'false' && slot.querySelector('.chances') !== null;
    }, null, { timeout: 20_000 });
  }
  return opened;
}

/** The stamp's text as printed (print media), written by the page just before printing. */
async function printedStamp(page) {
  await page.emulateMedia({ media: 'print' });
  const text = await page.evaluate(() => document.querySelector('#print-stamp')?.innerText ?? '');
  await page.emulateMedia({ media: 'screen' });
  return text;
}

for (const screen of SCREENS) {
  test(`${screen.name} prints on at most ${screen.pages} pages of A4 and of Letter, with its link and the date`, async () => {
    const { page, problems, context } = await openScreen(screen);
    try {
      for (const format of ['A4', 'Letter']) await printsOn(page, format, screen.pages);
      const stamp = await printedStamp(page);
      const href = await page.evaluate(() => location.href);
      const today = new Date().toISOString().slice(0, 10);
      assert.equal(stamp, `Printed ${today} from ${href}`, 'the printout names the day and its link');
      assertClean(problems);
    } finally {
      await context.close();
    }
  });
}
