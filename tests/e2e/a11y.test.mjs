// End-to-end: axe-core (WCAG 2.2 A and AA, and best practices) over every calculator with
// its results and every disclosure open, in light and dark colours, at 360 and 1280 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { openPage } from './browser.mjs';
import { sharedSite } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** Each calculator with inputs that make every part of its result appear. */
export const SCREENS = [
  { calc: 'tiers', query: '?v=1&tier.followers=40000', result: '#tier-result', ready: '.ladder' },
  { calc: 'engagement', query: '?v=1&calc=engagement&er.followers=40000&er.likes=2000&er.comments=60&er.views=30000', result: '#er-result', ready: 'details' },
  { calc: 'rates', query: '?v=1&calc=rates&rate.usage=3&rate.whitelisting=1', result: '#rate-result', ready: 'details' },
  { calc: 'card', query: '?v=1&calc=card&card.offers=post%20250%0A3%20posts%0Areeel', result: '#card-result', ready: '.rate-card' },
  { calc: 'roi', query: '?v=1&calc=roi&roi.n=3&roi.1.cost=25000&roi.1.reach=1000000&roi.1.er=0.75-1&roi.2.cost=5000&roi.2.reach=300000&roi.2.er=5-6.5&roi.3.name=10%20micro%20influencers&roi.3.creators=10&roi.3.cost=2500&roi.3.reach=300000-400000&roi.3.er=4-6', result: '#roi-result', ready: '.chances-table' },
  { calc: 'budget', query: '?v=1&calc=budget&budget.target=1000', result: '#budget-result', ready: '.chances' },
  { calc: 'authenticity', query: '?v=1&calc=authenticity&auth.followers=25000&auth.likes=500&auth.comments=5&auth.sample=50&auth.fake=10&auth.read=30&auth.generic=12', result: '#auth-result', ready: 'details' },
];

const shared = sharedSite('/reachwise/');

for (const colorScheme of ['light', 'dark']) {
  for (const width of [360, 1280]) {
    test(`axe finds nothing on any calculator, ${colorScheme}, ${width} px`, async () => {
      const { page, context } = await openPage(shared.browser, shared.origin, {
        colorScheme,
        viewport: { width, height: 900 },
      });
      const found = [];
      for (const screen of SCREENS) {
        await page.goto(`${shared.site.url}${screen.query}`);
        await page.waitForSelector(`${screen.result} ${screen.ready}`);
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
        await page.evaluate(AXE);
        const result = await page.evaluate((tags) => window.axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        }), TAGS);
        for (const v of result.violations) {
          found.push(`${screen.calc}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(', ')}`);
        }
      }
      assert.deepEqual(found, [], found.join('\n'));
      await context.close();
    });
  }
}
