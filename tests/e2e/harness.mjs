// What every end-to-end test file shares: the built site served from a sub-path with one
// Chromium, and the check that a page stayed clean.
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

/**
 * Serves dist/ under `base` (e.g. "/reachwise/") and launches Chromium.
 * Resolves to { site, browser, origin }; close them with `closeSite`.
 */
export async function openSite(base, serveOptions = {}) {
  const site = await serve('dist', { base, ...serveOptions });
  const browser = await launch();
  return { site, browser, origin: new URL(site.url).origin };
}

/** Closes what `openSite` opened; safe when opening failed half-way. */
export async function closeSite({ site, browser } = {}) {
  await browser?.close();
  await site?.close();
}

/** The problems `openPage` records, with what each means. */
const KINDS = {
  console: 'console errors',
  pageErrors: 'page errors',
  foreign: 'requests that left the origin',
  failed: 'failed requests',
};

/**
 * Fails unless the page recorded none of the problems named in `kinds` (all four by
 * default: console errors, page errors, requests off the origin, failed requests).
 */
export function assertClean(problems, kinds = Object.keys(KINDS)) {
  for (const kind of kinds) {
    assert.deepEqual(problems[kind], [], KINDS[kind]);
  }
}

/**
 * Opens the site under `base` (served with `serveOptions`, see `openSite`) before the file's
 * tests and closes it after them; the returned object holds `site`, `browser` and `origin`
 * once they are open.
 */
export function sharedSite(base, serveOptions = {}) {
  const shared = {};
  before(async () => {
    Object.assign(shared, await openSite(base, serveOptions));
  });
  after(() => closeSite(shared));
  return shared;
}
