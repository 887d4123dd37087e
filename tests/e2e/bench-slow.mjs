// The benchmark's measurements on a slow phone (run by tests/e2e/bench.mjs): what a visitor
// on a cheap phone and a slow network gets, not what a simulation of one predicts.
//
// - slowFirstResult: a shared link to the ROI calculator opened cold on a slow phone, from
//   the navigation to the first result on screen (the shell's early answer or the app's);
// - repeatVisits: the first result of a visit after the first one, when the service worker
//   serves the page from its cache;
// - the slow phone itself (SLOW_PHONE, slowPhone), which tests/e2e/bench.mjs uses too.

import { serviceWorkerActive } from './browser.mjs';

/** 4× CPU slowdown, 1.6 Mbps down, 750 kbps up, 150 ms round trips (Lighthouse's mobile). */
export const SLOW_PHONE = 'a slow phone (4× CPU, 1.6 Mbps down, 750 kbps up, 150 ms round trips)';

/** Turns the page of `cdp` into a slow phone. */
export async function slowPhone(cdp) {
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/** What the page writes to its console when the first result is in, before the time. */
const FIRST_SEEN = 'bench: first result at';

/**
 * Records in the page, against the navigation's start, when `selector` first matches, and
 * says so on the console (`FIRST_SEEN`); also the first paint, in `window.__paint`.
 */
function recordFirst({ selector, tag }) {
  const seen = () => {
    if (window.__first === undefined && document.querySelector(selector)) {
      window.__first = performance.now();
      console.debug(`${tag} ${window.__first}`);
    }
    return window.__first !== undefined;
  };
  new MutationObserver((_, observer) => { if (seen()) observer.disconnect(); })
    .observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') window.__paint = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
}

/** Makes every page of `context` (or `page` alone) record when `selector` first matches. */
export function watchFirst(target, selector) {
  return target.addInitScript(recordFirst, { selector, tag: FIRST_SEEN });
}

/**
 * Navigates `page` to `url` and resolves to the time (ms from the navigation's start) at
 * which the selector given to `watchFirst` first matched. The harness listens to the
 * page's console instead of polling it: polling runs the driver's own script in the page,
 * on its main thread, in the middle of the work being timed (10 to 20 ms here).
 */
export async function firstSeen(page, url, timeout = 60_000) {
  const said = page.waitForEvent('console', { predicate: (m) => m.text().startsWith(FIRST_SEEN), timeout });
  await page.goto(url);
  return Number((await said).text().slice(FIRST_SEEN.length + 1));
}

/** The ROI link of the README's first example: its result is the comparison table. */
export const ROI_LINK = '?v=1&calc=roi';
const ROI_RESULT = '.result-body table.compare';

/**
 * `loads` cold loads (new context, cache disabled) of `url` + ROI_LINK on a slow phone, after
 * one uncounted load (the server compresses every file once): the time from the navigation
 * to the ROI table on screen, and to the first paint.
 */
export async function slowFirstResult(browser, url, loads = 7) {
  const result = { times: [], paints: [] };
  for (let i = -1; i < loads; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await slowPhone(cdp);
    await watchFirst(context, ROI_RESULT);
    const time = await firstSeen(page, url + ROI_LINK);
    const paint = await page.evaluate(() => window.__paint);
    if (i >= 0) {
      result.times.push(time);
      result.paints.push(paint);
    }
    await context.close();
  }
  return result;
}

/**
 * A first visit to `url` (its service worker installs and takes control), then `loads`
 * repeat visits in the same browser profile: the time from each navigation to the tier
 * finder's result. `slow` makes the repeat visits on a slow phone.
 */
export async function repeatVisits(browser, url, slow, loads = 7) {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const times = [];
  try {
    const first = await context.newPage();
    await first.goto(url);
    await serviceWorkerActive(first);
    await first.close();
    for (let i = 0; i < loads; i++) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      if (slow) await slowPhone(cdp);
      await watchFirst(page, '#tier-result .headline');
      const time = await firstSeen(page, url);
      const controlled = await page.evaluate(() => navigator.serviceWorker?.controller !== null);
      if (!controlled) throw new Error('a repeat visit was not served by the service worker');
      times.push(time);
      await page.close();
    }
  } finally {
    await context.close();
  }
  return times;
}
