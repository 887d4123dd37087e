// Starts Debian's Chromium through playwright-core with the flags this closed network needs.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const NO_DNS = ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'];

/** Flags Chromium needs here, as root on a closed network (Lighthouse's Chromium too). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Chromium still looks up Google hosts of its own (a Google-accounts check): resolve
    // nothing but 127.0.0.1, so not even a DNS query leaves the machine.
    args: [...CHROMIUM_FLAGS, ...NO_DNS],
  });
}

/**
 * Opens a page that records console errors, page errors, failed responses and requests
 * that leave `origin`.
 */
export async function openPage(browser, origin, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = { console: [], pageErrors: [], foreign: [], failed: [] };
  page.on('console', (m) => { if (m.type() === 'error') problems.console.push(m.text()); });
  page.on('pageerror', (e) => problems.pageErrors.push(String(e)));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) problems.foreign.push(r.url());
  });
  page.on('response', (r) => { if (r.status() >= 400) problems.failed.push(`${r.status()} ${r.url()}`); });
  return { page, context, problems };
}

/** Waits until this page's origin has an activated service worker; resolves to its script URL. */
export function serviceWorkerActive(page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (worker.state !== 'activated') {
      await new Promise((ok) => worker.addEventListener('statechange', () => worker.state === 'activated' && ok()));
    }
    return worker.scriptURL;
  });
}
