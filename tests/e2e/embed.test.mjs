// Embedding (issue 13, part 2): the snippet from the "Embed this calculator" dialog, pasted
// into a page served from a second local port, shows the calculator alone and follows its
// height through postMessage; messages from anywhere else change nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { openPage } from './browser.mjs';
import { assertClean, closeSite, openSite } from './harness.mjs';

let site;
let browser;
let origin;
let host; // the publisher's page, on a second port
let evil; // a third origin that posts a height claim to its parent
const pages = { host: '<!doctype html><title>empty</title>' };

/** Serves `pages[name]` at `/name` on 127.0.0.1, any port. */
async function pageServer(name) {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[name]);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${server.address().port}/${name}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

before(async () => {
  ({ site, browser, origin } = await openSite('/tools/reachwise/'));
  host = await pageServer('host');
  evil = await pageServer('evil');
  pages.evil = `<!doctype html><title>evil</title><script>
    addEventListener('message', () => parent.postMessage({ type: 'reachwise:height', height: 4321 }, '*'));
  </script>`;
});
after(async () => {
  await host?.close();
  await evil?.close();
  await closeSite({ site, browser });
});

/**
 * Waits until the iframe's height is its content's and returns it (the content may still
 * change while results arrive, so each round waits for the latest content height).
 */
async function fitted(page, frame) {
  const styled = () => page.evaluate(() => parseFloat(document.querySelector('iframe[title="Reachwise calculator"]').style.height) || 0);
  const content = () => frame.locator('html').evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
  for (let round = 0; round < 20; round += 1) {
    const inner = await content();
    const ok = await page.waitForFunction((h) => Math.abs(parseFloat(document.querySelector('iframe[title="Reachwise calculator"]').style.height) - h) <= 1, inner, { timeout: 3000 }).then(() => true, () => false);
    if (ok && (await content()) === inner) return inner;
  }
  return assert.fail(`the iframe (${await styled()}px) never fitted its content (${await content()}px)`);
}

/** The dialog's snippet for `query`, read from the running app. */
async function snippetFor(query) {
  const { page, problems, context } = await openPage(browser, origin, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.goto(`${site.url}?${query}`);
  await page.waitForSelector('#embed-toggle');
  assert.equal(await page.isVisible('#embed-code'), false, 'the snippet stays hidden until asked for');
  await page.click('#embed-toggle');
  await page.waitForSelector('#embed-code');
  assert.equal(await page.getAttribute('#embed-toggle', 'aria-expanded'), 'true');
  const code = await page.inputValue('#embed-code');
  await page.click('#embed-copy');
  await page.waitForFunction(() => document.querySelector('#embed-panel [role=status]').textContent.includes('copied'));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
  await page.click('#embed-toggle');
  assert.equal(await page.isVisible('#embed-code'), false, 'a second click hides the snippet');
  assert.equal(await page.getAttribute('#embed-toggle', 'aria-expanded'), 'false');
  assertClean(problems);
  await context.close();
  return code;
}

test('the dialog gives an iframe of the current link with embed=1 and the sizing script', async () => {
  const code = await snippetFor('v=1&calc=roi&cur=EUR');
  assert.ok(code.includes(`<iframe src="${site.url}?v=2&amp;calc=roi&amp;cur=EUR&amp;embed=1#embed"`), code);
  assert.ok(code.includes(`<script src="${site.url}embed.js" defer></script>`), code);
  assert.match(code, /title="Reachwise calculator"/);
  assert.match(code, /loading="lazy"/);
});

test('the open dialog\'s snippet follows an edit, and is written only while open', async () => {
  const { page, problems, context } = await openPage(browser, origin);
  await page.goto(`${site.url}?v=2&calc=tiers`);
  await page.waitForSelector('#embed-toggle');
  // Closed, the text area holds nothing: typing does not encode the state a second time.
  assert.equal(await page.inputValue('#embed-code'), '');
  await page.click('#embed-toggle');
  await page.waitForFunction(() => document.querySelector('#embed-code').value.includes('embed=1'));
  await page.fill('#tier-followers', '64000');
  await page.waitForFunction(() => document.querySelector('#embed-code').value.includes('64000'));
  await page.click('#embed-toggle');
  assert.equal(await page.inputValue('#embed-code'), '');
  assertClean(problems);
  await context.close();
});

test('embedded on another origin: the calculator alone, sized to its content, deaf to others', async () => {
  const code = await snippetFor('v=1&calc=roi');
  pages.host = `<!doctype html><title>Publisher</title><h1>My article</h1>
    <p>Before.</p>${code}<p>After.</p>
    <iframe id="evil" src="${evil.url}" title="an ad" style="height:100px"></iframe>`;
  const { page, problems, context } = await openPage(browser, new URL(host.url).origin);
  // Every message the host page receives, recorded after embed.js's listener has seen it.
  await context.addInitScript(() => {
    window.__seen = [];
    addEventListener('load', () => addEventListener('message', (e) => window.__seen.push([e.origin, e.data])));
  });
  await page.goto(host.url);
  const iframe = page.locator('iframe[title="Reachwise calculator"]');
  const frame = page.frameLocator('iframe[title="Reachwise calculator"]');
  await frame.locator('#roi-result').waitFor();

  // Only the calculator: no menu, toolbar, dialog, site header or footer; a link out.
  for (const selector of ['nav.calculators', '.toolbar', '#embed-toggle']) {
    assert.equal(await frame.locator(selector).count(), 0, `${selector} is not embedded`);
  }
  for (const selector of ['.site-header', '.site-footer']) {
    assert.equal(await frame.locator(selector).isVisible(), false, `${selector} is hidden`);
  }
  const open = frame.locator('.embed-open a');
  assert.equal(await open.getAttribute('target'), '_blank');
  assert.equal(await open.getAttribute('rel'), 'noopener');
  const href = await open.getAttribute('href');
  assert.match(href, /calc=roi/);
  assert.doesNotMatch(href, /embed/);

  // The iframe takes the height of its content (no inner scrollbar), and follows it.
  const styled = () => page.evaluate(() => parseFloat(document.querySelector('iframe[title="Reachwise calculator"]').style.height) || 0);
  const first = await fitted(page, frame);
  assert.ok(first > 300, `sized to ${first}px`);
  assert.equal(Math.round(await iframe.evaluate((f) => f.getBoundingClientRect().height)), Math.round(await styled()));

  const names = frame.locator('input[id^="roi-"][id$="-name"]');
  const count = await names.count();
  for (let i = 0; i < 3; i += 1) await frame.locator('#add-scenario').click();
  await frame.locator(`#roi-${count + 3}-name`).waitFor();
  const grown = await fitted(page, frame);
  assert.ok(grown > first + 100, `grew from ${first}px to ${grown}px`);
  const outer = await styled();

  // Hostile messages: from the host page itself, and from a frame of another origin.
  const settled = `${outer}px`;
  await page.evaluate(() => postMessage({ type: 'reachwise:height', height: 99999 }, '*'));
  await page.evaluate(() => document.getElementById('evil').contentWindow.postMessage('go', '*'));
  await page.waitForFunction((evilOrigin) => window.__seen.some(([o, d]) => o === evilOrigin && d.height === 4321)
    && window.__seen.some(([o, d]) => o === location.origin && d.height === 99999), new URL(evil.url).origin);
  const style = () => page.evaluate(() => [
    document.querySelector('iframe[title="Reachwise calculator"]').style.height,
    document.getElementById('evil').style.height,
  ]);
  assert.deepEqual(await style(), [settled, '100px'], 'neither claim changed a height');

  // From the calculator's own frame, nonsense is ignored and a huge claim is clamped.
  await frame.locator('html').evaluate(() => parent.postMessage({ type: 'reachwise:height', height: '900' }, '*'));
  await frame.locator('html').evaluate(() => parent.postMessage({ type: 'reachwise:height', height: Infinity }, '*'));
  await page.waitForFunction(() => window.__seen.filter(([, d]) => d.height === '900' || d.height === Infinity).length === 2);
  assert.deepEqual(await style(), [settled, '100px'], 'a string or infinite height is ignored');
  await frame.locator('html').evaluate(() => parent.postMessage({ type: 'reachwise:height', height: 1e9 }, '*'));
  await page.waitForFunction(() => document.querySelector('iframe[title="Reachwise calculator"]').style.height === '20000px');

  assertClean(problems, ['console', 'pageErrors', 'failed']);
  await context.close();
});

test('a roster\'s snippet and its link out carry its rows', async () => {
  const rows = encodeURIComponent('name\tfollowers\tlikes\tcomments\nana\t20000\t900\t30');
  const code = await snippetFor(`v=2&calc=roster#r=1&t=${rows}`);
  const src = code.match(/<iframe src="([^"]+)"/)[1].replaceAll('&amp;', '&');
  assert.match(src, /calc=roster&embed=1#r=1&t=name/);
  pages.host = `<!doctype html><title>Publisher</title>${code}`;
  const { page, problems, context } = await openPage(browser, new URL(host.url).origin);
  await page.goto(host.url);
  const frame = page.frameLocator('iframe[title="Reachwise calculator"]');
  await frame.locator('#roster-mix .headline').waitFor();
  assert.match(await frame.locator('#roster-result').textContent(), /ana/);
  assert.match(await frame.locator('.embed-open a').getAttribute('href'), /calc=roster#r=1&t=name/);
  assertClean(problems, ['console', 'pageErrors', 'failed']);
  await context.close();
});

test('embed.js added after the calculator is up asks for the height and sizes the iframe', async () => {
  const code = await snippetFor('v=1&calc=engagement');
  const script = code.match(/<script src="([^"]+)"/)[1];
  pages.host = `<!doctype html><title>Late</title>${code.replace(/<script[^>]*><\/script>/, '')}`;
  const { page, problems, context } = await openPage(browser, new URL(host.url).origin);
  await page.goto(host.url);
  const frame = page.frameLocator('iframe[title="Reachwise calculator"]');
  await frame.locator('#er-result').waitFor();
  assert.equal(await page.evaluate(() => document.querySelector('iframe').style.height), '40rem', 'no script yet: the snippet\'s height');
  await page.evaluate((src) => document.head.append(Object.assign(document.createElement('script'), { src })), script);
  assert.ok((await fitted(page, frame)) > 100);
  assertClean(problems, ['console', 'pageErrors', 'failed']);
  await context.close();
});

test('before the app starts, the snippet\'s link (#embed) shows only the calculator', async () => {
  const { page, context } = await openPage(browser, origin, { javaScriptEnabled: false });
  await page.goto(`${site.url}?v=1&embed=1#embed`);
  assert.equal(await page.isVisible('.shell'), true, 'the first paint\'s calculator');
  for (const selector of ['.site-header', '.site-footer', 'nav.calculators', '.toolbar']) {
    assert.equal(await page.isVisible(selector), false, `${selector} is hidden`);
  }
  await page.goto(`${site.url}?v=1`);
  assert.equal(await page.isVisible('.site-header'), true, 'without #embed, the whole page');
  await context.close();
});

test('theme=dark and theme=light force the colours whatever the system says', async () => {
  for (const [theme, system, background] of [['dark', 'light', 'rgb(18, 21, 26)'], ['light', 'dark', 'rgb(247, 248, 250)']]) {
    const { page, problems, context } = await openPage(browser, origin, { colorScheme: system });
    await page.goto(`${site.url}?v=1&calc=engagement&embed=1&theme=${theme}`);
    await page.waitForSelector('#er-result');
    await page.waitForFunction((t) => document.documentElement.classList.contains(`theme-${t}`), theme);
    assert.ok(await page.evaluate(() => document.documentElement.classList.contains('embed')));
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), background);
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme), theme);
    assertClean(problems);
    await context.close();
  }
  // Without theme=, the system decides, as before.
  const { page, context } = await openPage(browser, origin, { colorScheme: 'dark' });
  await page.goto(`${site.url}?v=1&calc=engagement`);
  await page.waitForSelector('#er-result');
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(18, 21, 26)');
  assert.equal(await page.evaluate(() => document.documentElement.className), '');
  await context.close();
});
