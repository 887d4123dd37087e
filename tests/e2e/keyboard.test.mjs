// Keyboard only: every control is reachable with Tab, shows a visible focus ring, and works
// with the keys people use (Enter on links and buttons, arrows in selects, typing in fields).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './browser.mjs';
import { assertClean, sharedSite } from './harness.mjs';

const shared = sharedSite('/k/');

/** Presses Tab until `selector` has focus; fails after `limit` presses. */
async function tabTo(page, selector, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
  }
  assert.fail(`Tab never reached ${selector}`);
}

async function focusRing(page) {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });
}

test('the calculators work from the keyboard alone, with a visible focus ring', async () => {
  const { page, problems, context } = await openPage(shared.browser, shared.origin);
  await page.goto(shared.site.url);
  await page.waitForSelector('#tier-result');

  // The tier finder: a select changed with the arrow keys, a field typed into.
  await tabTo(page, '#tier-platform');
  assert.ok(await focusRing(page), 'the platform select shows focus');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.querySelector('#tier-result h2').textContent.includes('TikTok'));
  await tabTo(page, '#tier-followers');
  assert.ok(await focusRing(page), 'the followers field shows focus');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('600k');
  await page.waitForFunction(() => document.querySelector('#tier-result .headline').textContent.includes('Macro'));

  // The menu: from the top of the page, Tab to a link; Enter opens its calculator.
  await page.focus('body');
  await tabTo(page, 'nav.calculators a[href*="calc=roi"]');
  assert.ok(await focusRing(page), 'the menu link shows focus');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#roi-result');

  // A button: Enter loads the guide's second example.
  await tabTo(page, '#preset-2');
  assert.ok(await focusRing(page), 'the preset button shows focus');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#roi-result').textContent.includes('$0.50–$0.67'));

  assertClean(problems, ['console', 'pageErrors']);
  await context.close();
});
