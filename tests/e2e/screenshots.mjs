// Takes screenshots of the built site at phone and desktop widths, for people to look at:
// `node tests/e2e/screenshots.mjs [outdir] [query...]` (after `trunk build --release`).
import { mkdir } from 'node:fs/promises';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

const outdir = process.argv[2] ?? 'target/screenshots';
const queries = process.argv.slice(3);
if (queries.length === 0) queries.push('');
await mkdir(outdir, { recursive: true });
const site = await serve('dist');
const browser = await launch();
try {
  for (const [index, query] of queries.entries()) {
    for (const [width, scheme] of [[360, 'light'], [1280, 'light'], [1280, 'dark']]) {
      const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme });
      await page.goto(site.url + query);
      await page.waitForSelector('.results');
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      const file = `${outdir}/${index}-${width}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage: true });
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      console.log(`${file}${scroll > 0 ? ` (scrolls sideways by ${scroll}px)` : ''}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}
