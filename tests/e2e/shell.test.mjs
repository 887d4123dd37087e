// The first paint does not wait for the wasm: the heading and the tier finder's shell are in
// the HTML the server sends, and they say what the app then shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './browser.mjs';
import { assertClean, sharedSite } from './harness.mjs';

const shared = sharedSite('/s/');

test('without scripts the page still shows the heading and the default tier', async () => {
  const { page, context } = await openPage(shared.browser, shared.origin, { javaScriptEnabled: false });
  await page.goto(shared.site.url);
  assert.equal(await page.textContent('h1'), 'Micro influencer calculator');
  assert.equal(await page.textContent('.shell .headline'), 'Micro influencer');
  assert.equal(await page.inputValue('#shell-followers'), '25000');
  const unlabelled = await page.$$eval('input, select', (els) =>
    els.filter((el) => !document.querySelector(`label[for="${el.id}"]`)).length);
  assert.equal(unlabelled, 0);
  await context.close();
});

test('the shell says what the app then shows, and the app replaces it', async () => {
  const { page, problems, context } = await openPage(shared.browser, shared.origin);
  const response = await page.goto(shared.site.url);
  const html = await response.text();
  await page.waitForSelector('#tier-result');
  assert.equal(await page.$('.shell'), null, 'the app replaced the shell');
  const live = {
    headline: await page.textContent('#tier-result .headline'),
    subline: (await page.textContent('#tier-result .subline')).trim(),
    nav: await page.$$eval('nav.calculators a', (links) => links.map((a) => `${a.getAttribute('href')} ${a.textContent}`)),
    intro: await page.textContent('#app .intro'),
  };
  assert.ok(html.includes(`<p class=headline>${live.headline}</p>`) || html.includes(`<p class="headline">${live.headline}</p>`), live.headline);
  const guide = 'What Is a Micro Influencer? (InfluenceFlow, 2025)';
  assert.ok(live.subline.endsWith(guide), live.subline);
  assert.ok(html.includes(live.subline.replace(` ${guide}`, '')), live.subline);
  assert.ok(html.includes(`>${guide}</a>`), 'the shell names the guide as the app does');
  assert.ok(html.includes(live.intro), live.intro);
  for (const link of live.nav) {
    const [href, ...label] = link.split(' ');
    assert.ok(html.includes(label.join(' ')), label.join(' '));
    assert.ok(html.includes(href.replace('&', '&amp;')) || html.includes(href), href);
  }
  assertClean(problems, ['console']);
  await context.close();
});

// The app draws itself over the shell in steps, a task each (src/app/staged.rs); each step
// removes the part of the shell it replaces in the same task, so no frame shows a part twice
// or not at all, and nothing moves.
test('the app takes the shell\'s place step by step: no frame shows a part twice or none', async () => {
  // A slow phone too (4× CPU): there Yew's scheduler yields between a draw and its effects,
  // so a step may be drawn in a later task than the one that asked for it.
  for (const [viewport, cpu] of [[{ width: 412, height: 823 }, 1], [{ width: 412, height: 823 }, 4], [{ width: 1280, height: 800 }, 1]]) {
    const { page, problems, context } = await openPage(shared.browser, shared.origin, { viewport });
    if (cpu > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await page.addInitScript(() => {
      const frames = window.__frames = [];
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
      const parts = ['nav.calculators', '.toolbar', 'section.calculator', '.calculator .panel.inputs', '.calculator .panel.results'];
      const look = () => {
        // From the end of parsing: before it, the shell itself may be half read.
        if (document.readyState !== 'loading') {
          frames.push(parts.map((selector) => document.querySelectorAll(`#app ${selector}`).length).join(''));
        }
        if (!document.querySelector('#tier-result table.ladder')) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto(shared.site.url);
    await page.waitForSelector('#tier-result table.ladder');
    const { frames, shift, leftOver } = await page.evaluate(() => ({
      frames: window.__frames,
      shift: window.__shift,
      leftOver: [...document.getElementById('app').children].filter((child) => child.className !== 'app-live').length,
    }));
    const seen = [...new Set(frames)];
    assert.deepEqual(seen.filter((frame) => frame !== '11111'), [], `${viewport.width}px, ${cpu}× CPU: each frame shows each part once: ${seen.join(' ')}`);
    assert.ok(frames.length > 3, `${viewport.width}px: frames were watched (${frames.length})`);
    assert.equal(leftOver, 0, 'nothing of the shell is left');
    assert.ok(shift < 0.01, `${viewport.width}px, ${cpu}× CPU: layout shift ${shift}`);
    assertClean(problems, ['console']);
    await context.close();
  }
});

// A page that does not paint (a frame out of view on an embedding page, a tab in the
// background) gets no animation frames: the steps must not wait for one.
test('the app draws itself fully where the page gets no animation frames', async () => {
  const { page, problems, context } = await openPage(shared.browser, shared.origin);
  await page.addInitScript(() => { window.requestAnimationFrame = () => 0; });
  await page.goto(`${shared.site.url}?v=1&tier.platform=tiktok&tier.followers=600000`);
  await page.waitForSelector('#tier-result table.ladder');
  assert.equal(await page.textContent('#tier-result .headline'), 'Macro influencer');
  assert.equal(await page.$$eval('#app > :not(.app-live)', (shell) => shell.length), 0, 'nothing of the shell is left');
  assertClean(problems, ['console']);
  await context.close();
});
