// Printing (issue 10, item 3): every calculator prints, through Chromium's PDF output, on a
// bounded number of A4 and US Letter pages with no empty page, and the printout carries the
// screen's link and the date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './browser.mjs';
import { assertClean, sharedSite } from './harness.mjs';
import { printsOn } from './pdf.mjs';

const shared = sharedSite('/reachwise/');

/** Each calculator's screen and the most pages it may print on. */
const SCREENS = [
  { name: 'Tier finder', query: '?v=1&tier.followers=25000', result: '#tier-result', pages: 1 },
  { name: 'Engagement rate', query: '?v=1&calc=engagement&er.followers=40000&er.likes=2000&er.comments=60', result: '#er-result', pages: 1 },
  { name: 'Rate range', query: '?v=1&calc=rates', result: '#rate-result', pages: 2 },
  { name: 'Micro vs macro ROI', query: '?v=1&calc=roi', result: '#roi-result', pages: 2, simulation: true },
  {
    name: 'Micro vs macro ROI, three scenarios',
    query: '?v=1&calc=roi&roi.n=3&roi.1.cost=25000&roi.1.reach=1000000&roi.1.er=0.75-1&roi.2.cost=5000&roi.2.reach=300000&roi.2.er=5-6.5&roi.3.name=10%20micro%20influencers&roi.3.creators=10&roi.3.cost=2500&roi.3.reach=300000-400000&roi.3.er=4-6',
    result: '#roi-result',
    pages: 2,
    simulation: true,
  },
  { name: 'Budget planner', query: '?v=1&calc=budget&budget.target=300', result: '#budget-result', pages: 2, simulation: true },
  // The rate card prints on exactly one page, even with its most offers (ten) and a line
  // it cannot read.
  { name: 'Rate card', query: '?v=1&calc=card', result: '#card-result .rate-card', pages: 1, exactly: true },
  {
    name: 'Rate card, ten offers',
    query: `?v=1&calc=card&card.offers=${encodeURIComponent('post 350\nreel 900\nstory\n3 posts: 1200\n1 reel + 3 stories: 1300\n2 reels + 2 posts + 4 stories: 2600\n5 stories: 700\n10 posts\n2 reels\n1 post + 1 story\nreeel')}&card.usage=40`,
    result: '#card-result .rate-card',
    pages: 1,
    exactly: true,
  },
  { name: 'Authenticity check', query: '?v=1&calc=authenticity&auth.followers=25000&auth.sample=50&auth.fake=10', result: '#auth-result', pages: 1 },
];

/** Opens `query` and waits until its results (and its "How sure" section) are drawn. */
async function openScreen({ query, result, simulation }) {
  const opened = await openPage(shared.browser, shared.origin);
  const { page } = opened;
  await page.goto(`${shared.site.url}${query}`);
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
      for (const format of ['A4', 'Letter']) {
        const pages = await printsOn(page, format, screen.pages);
        if (screen.exactly) assert.equal(pages, screen.pages, `${format}: exactly ${screen.pages}`);
      }
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

test('a roster prints its creators\' names, its headings and the choices made, not its paste box', async () => {
  const rows = encodeURIComponent('name\tplatform\tfollowers\tlikes\tcomments\tprice\nana\tInstagram\t20000\t1000\t50\t500\nbo\tTikTok\t45000\t2500\t90\t800');
  const { page, problems, context } = await openScreen({ query: `?v=2&calc=roster#r=1&t=${rows}`, result: '#roster-result #roster-mix .headline' });
  try {
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => document.querySelector('#roster-result').innerText);
    for (const text of ['ana', 'bo', 'Creator', 'Followers', 'Quote', 'Cost per engagement']) {
      assert.ok(printed.includes(text), `${text} is printed:\n${printed}`);
    }
    assert.match(printed, /Maximise: \S/, 'the objective chosen is printed');
    assert.equal(await page.isVisible('#roster-text'), false, 'the paste box is not printed');
    await page.emulateMedia({ media: 'screen' });
    await printsOn(page, 'A4', 2);
    // The rows in the link's fragment are not printed: the stamp names the rest of the link.
    const stamp = await printedStamp(page);
    const { origin, pathname, search } = await page.evaluate(() => location);
    assert.ok(stamp.endsWith(`from ${origin}${pathname}${search} (its rows are in the full link: use Copy link)`), stamp);
    assertClean(problems);
  } finally {
    await context.close();
  }
});

test('the rate card is a link: typed offers reach the URL, the card and a reload', async () => {
  const { page, problems, context } = await openScreen({ query: '?v=1&calc=card', result: '#card-result .rate-card' });
  try {
    await page.fill('#card-offers', 'post 250\n3 posts: 1500');
    await page.waitForFunction(() => location.search.includes('card.offers=post%20250%0A3%20posts%3A%201500'));
    await page.waitForFunction(() => document.querySelector('#card-result')?.textContent.includes('Below the range by'));
    const card = await page.textContent('#card-result .rate-card');
    assert.match(card, /3 Instagram posts\$1,500/);
    assert.match(card, /Bundle: 3 Instagram posts for \$1,500 against \$250 each: \$750 more than bought singly\./);
    assert.match(card, /expected total \$250/);
    await page.reload();
    await page.waitForSelector('#card-result .rate-card');
    assert.equal(await page.inputValue('#card-offers'), 'post 250\n3 posts: 1500');
    assert.equal(await page.textContent('#card-result .rate-card'), card);
    assertClean(problems);
  } finally {
    await context.close();
  }
});
