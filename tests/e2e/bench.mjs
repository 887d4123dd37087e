// Benchmarks the release build in dist/ (run by scripts/bench.sh, which builds it first):
//   (a) first-load weight per file and in total, raw, gzip -9 and brotli 11;
//   (b) navigation to the first calculator result, median of 20 cold loads;
//   (c) input event to updated result, median and p95 over 200 edits on the ROI calculator
//       with 10 scenarios, at typing pace (100 ms between edits) and back to back;
//   (d) the simulation worker: from the click that opens the ROI calculator to its first
//       answer (the worker loads on that first use), cold; and from an edit to the new
//       answer with 10 scenarios whose reach and engagement are ranges (10 × 10,000 draws);
//   (e) Lighthouse mobile scores, and for context (not judged) the same runs at the CPU
//       slowdown Lighthouse's docs advise for this machine's benchmark index (calibrate.mjs);
//   (f) the roster: 100 creators pasted, the mix for $100,000 (tests/e2e/bench-roster.mjs);
//   (g) each part loaded on demand: from the click of its first use to its result, cold (its
//       download in the time) and once the page has settled (the service worker's precache
//       done, served with the hosts' headers).
// Prints the figures and appends them, dated and with the machine, to bench/results.md.
// Everything is served by tests/e2e/server.mjs (gzip/brotli, like a static host) on
// 127.0.0.1; Chromium's net log of the Lighthouse run is checked for any other host.
//
// `node tests/e2e/bench.mjs [--loads N] [--edits N] [--no-lighthouse] [--out FILE]`
import { execFile, execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, release, totalmem, type } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CHROMIUM, CHROMIUM_FLAGS, launch, serviceWorkerActive } from './browser.mjs';
import { serve } from './server.mjs';
import { isOnDemandFile } from '../../scripts/hashed.mjs';
import { BUDGET_BYTES, TARGET_BYTES, formatWeights, weigh, weighFile } from './weight.mjs';
import { ROI_LINK, SLOW_PHONE, firstSeen, repeatVisits, slowFirstResult, slowPhone, watchFirst } from './bench-slow.mjs';
import { rosterMarkdown, rosterTimes } from './bench-roster.mjs';
import { DEFAULT_SLOWDOWN, advisedSlowdown, calibratedMarkdown, medianIndex } from './calibrate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const { values: args } = parseArgs({
  options: {
    loads: { type: 'string', default: '20' },
    edits: { type: 'string', default: '200' },
    'no-lighthouse': { type: 'boolean', default: false },
    out: { type: 'string', default: join(root, 'bench', 'results.md') },
    dist: { type: 'string', default: join(root, 'dist') },
  },
});
const LOADS = Number(args.loads);
const EDITS = Number(args.edits);
const WARMUP_EDITS = 10;
/** The gap between keystrokes of a fast typist (about ten a second). */
const TYPING_GAP_MS = 100;
const TMP = join(root, 'bench', 'tmp'); // git-ignored
mkdirSync(TMP, { recursive: true });

// The flags from browser.mjs, for the Chromium that Lighthouse starts itself.
const LIGHTHOUSE_CHROMIUM_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

/** Lighthouse mobile (simulated throttling): the weight issue asks for 100 in all four. */
const CATEGORY_TARGETS = {
  performance: 100,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

/**
 * Simulated Lighthouse runs per benchmark: its scores move from run to run with the machine's
 * speed, so the judged score of each category is the median of these (Lighthouse's own advice
 * for its variability), and every run's performance score is recorded beside it.
 */
const LIGHTHOUSE_RUNS = 5;

const TARGETS = {
  inputP95Ms: 4,
  // Under real (devtools) throttling, mobile profile; and the slow phone's first ROI result.
  paintMs: 1000,
  interactiveMs: 2000,
  slowRoiMs: 1200,
  repeatMs: 300,
};

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  // Nearest-rank on the sorted sample.
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
const ms = (v) => `${v.toFixed(1)} ms`;
const log = (...m) => console.error('[bench]', ...m);

function machine(browserVersion) {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = cpuinfo.match(/^model name\s*:\s*(.+)$/m)?.[1]?.trim() ?? 'unknown CPU';
  const mhz = cpuinfo.match(/^cpu MHz\s*:\s*(.+)$/m)?.[1]?.trim();
  let nproc;
  try {
    nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    nproc = String(availableParallelism());
  }
  // BENCH_COMMIT names the build when dist/ was built outside this checkout.
  let commit = process.env.BENCH_COMMIT ?? 'unknown';
  if (!process.env.BENCH_COMMIT) try {
    const git = (...a) => execFileSync('git', ['-C', root, ...a], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    commit = git('rev-parse', '--short', 'HEAD');
    const dirty = git('status', '--porcelain', '--untracked-files=no');
    if (dirty) commit += ' + uncommitted changes';
  } catch { /* not a git checkout */ }
  return {
    nproc,
    cpu: mhz ? `${model} (${Math.round(Number(mhz))} MHz)` : model,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    chromium: browserVersion,
    node: process.version,
    os: `${type()} ${release()}`,
    commit,
  };
}

/** (b) Navigation start to `#tier-result .headline` in the DOM, in fresh contexts. */
async function coldLoads(browser, url) {
  const times = [];
  // One uncounted load first, so that the server has compressed every file once.
  for (let i = -1; i < LOADS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    // Recorded in the page, against the navigation's time origin.
    await watchFirst(context, '#tier-result .headline');
    const time = await firstSeen(page, url, 30_000);
    if (i >= 0) times.push(time);
    await context.close();
  }
  return times;
}

/**
 * (c) Input event dispatched to the ROI result's text changing, over `EDITS` edits, with
 * `gapMs` between one edit's result and the next edit (0: the next frame).
 */
async function inputLatency(browser, url, gapMs = 0) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    // Loaded and settled: the code that computes results is in (no request for 500 ms).
    await page.goto(url, { waitUntil: 'networkidle' });
    try {
      await page.waitForSelector('#roi-1-creators', { timeout: 10_000 });
    } catch {
      return { reason: 'the ROI calculator is not in this build: no #roi-1-creators after opening ?v=1&calc=roi&roi.n=10' };
    }
    if (!(await page.$('#roi-result'))) return { reason: 'the ROI calculator has no #roi-result' };
    const scenarios = await page.$$eval('[id^="roi-"][id$="-creators"]', (els) => els.length);
    const result = await page.evaluate(async ({ edits, warmup, gapMs }) => {
      const input = document.querySelector('#roi-1-creators');
      const output = () => document.querySelector('#roi-result');
      const values = ['7', '12'];
      const times = [];
      let timeouts = 0;
      for (let i = 0; i < warmup + edits; i++) {
        const target = output();
        const before = target.textContent;
        const elapsed = await new Promise((resolve) => {
          let start;
          const observer = new MutationObserver(() => {
            if (output().textContent !== before) {
              const end = performance.now();
              observer.disconnect();
              clearTimeout(timer);
              resolve(end - start);
            }
          });
          const timer = setTimeout(() => { observer.disconnect(); resolve(null); }, 2000);
          observer.observe(target, { childList: true, subtree: true, characterData: true });
          input.value = values[i % 2];
          start = performance.now();
          input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: input.value }));
        });
        if (elapsed === null) timeouts++;
        else if (i >= warmup) times.push(elapsed);
        // Let the browser paint between edits, then wait out the gap between keystrokes.
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, gapMs)));
      }
      return { times, timeouts };
    }, { edits: EDITS, warmup: WARMUP_EDITS, gapMs });
    if (result.times.length === 0) return { reason: `the ROI result never changed after an edit (${result.timeouts} timeouts)` };
    return { ...result, scenarios };
  } finally {
    await context.close();
  }
}

/** The ROI link with `n` scenarios whose reach and engagement rate are ranges. */
function rangedRoi(n) {
  const parts = [`v=1&calc=roi&roi.n=${n}`];
  for (let i = 1; i <= n; i++) parts.push(`roi.${i}.reach=${200 + i}000-${300 + i}000&roi.${i}.er=4-6`);
  return `?${parts.join('&')}`;
}

/** Resolves in the page when #how-sure holds an answer (not busy) whose text differs from `old`. */
const answered = (old) => {
  const slot = document.querySelector('#how-sure');
  return slot?.getAttribute('aria-busy') === 'false' && slot.querySelector('.chances') !== null && slot.textContent !== old;
};

/** The files the page loads on demand (the workers' builds, saved scenarios, their loaders), raw, gzip -9 and brotli 11. */
function onDemandWeights(dir) {
  return readdirSync(dir).filter(isOnDemandFile).sort().map((file) => weighFile(dir, file));
}

/**
 * The parts the page loads on demand, each with what its first use clicks and what shows its
 * result: the results code (in the page), the lists worker and saved scenarios (in the page).
 */
const ON_DEMAND_PARTS = [
  { part: 'the results code', what: 'a click on "Engagement rate" to its result', link: 'nav.calculators a[href*="calc=engagement"]', result: '#er-result .headline' },
  // A worker: the slow phone's throttling does not reach its requests or its thread.
  { part: 'the lists worker', what: 'a click on "Rate card" to the card', link: 'nav.calculators a[href*="calc=card"]', result: '#card-result .rate-card', worker: true },
  { part: 'saved scenarios', what: 'opening "Saved scenarios" to its form', link: 'details.saved > summary', result: '#save-name' },
];

/**
 * In the page: clicks `link` and resolves to the time from the click to `result` matching,
 * both taken by the page. Playwright's own click (its script, its wait for the link to hold
 * still over two frames) and a polled wait ran in the timed window: on the slow phone they
 * added about 300 ms (interleaved, 5 loads each: 1,032 against 726 ms). The click comes
 * without a pointer moving first, so the download gets no head start from it.
 */
function clickToSelector({ link, result }) {
  return new Promise((resolve, reject) => {
    let start;
    const timer = setTimeout(() => reject(new Error(`no ${result} within 60 s of the click`)), 60_000);
    const observer = new MutationObserver(() => {
      if (document.querySelector(result)) {
        const end = performance.now();
        observer.disconnect();
        clearTimeout(timer);
        resolve(end - start);
      }
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
    start = performance.now();
    document.querySelector(link).click();
  });
}

/**
 * From the click of `part` (one of ON_DEMAND_PARTS) to its result, in fresh contexts. Cold
 * (`settled` false): the cache off, the click as soon as the first result shows, so the
 * part's download and start are in the time. Settled: the cache on, the click once the
 * service worker has precached the build after the first load (its install done), `url`
 * serving it with the hosts' headers and validators (`_headers`); as a visitor who reads the
 * first result before going on, or comes back. `slow` adds a slow phone: 4× CPU slowdown,
 * 1.6 Mbps down, 750 kbps up, 150 ms round trips (a worker's own requests and thread are not
 * throttled by it).
 */
async function firstUse(browser, url, slow, part, settled = false) {
  const times = [];
  for (let i = 0; i < Math.min(LOADS, 7); i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    if (!settled) await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (slow) await slowPhone(cdp);
    await page.goto(url);
    await page.waitForSelector('#tier-result .headline', { timeout: 60_000 });
    if (settled) await serviceWorkerActive(page);
    times.push(await page.evaluate(clickToSelector, { link: part.link, result: part.result }));
    await context.close();
  }
  return times;
}

/** (d) The simulation: first use (cold, worker included) and warm edits. */
async function simulationTimes(browser, url) {
  const first = [];
  for (let i = 0; i < Math.min(LOADS, 10); i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(url);
    await page.waitForSelector('#tier-result .headline');
    // The first answer: the slot no longer busy, with its chances.
    first.push(await page.evaluate(clickToSelector, { link: 'nav.calculators a[href*="calc=roi"]', result: '#how-sure[aria-busy="false"] .chances' }));
    await context.close();
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  const edits = [];
  try {
    await page.goto(url + rangedRoi(10));
    await page.waitForFunction(answered, '', { timeout: 30_000 });
    for (let i = 0; i < 40; i++) {
      const old = await page.textContent('#how-sure');
      const time = await page.evaluate(async ({ value, old }) => {
        const input = document.querySelector('#roi-1-reach');
        const start = performance.now();
        input.value = value;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
        return new Promise((resolve) => {
          const check = () => {
            const slot = document.querySelector('#how-sure');
            if (slot.getAttribute('aria-busy') === 'false' && slot.textContent !== old) resolve(performance.now() - start);
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        });
      }, { value: `${150 + (i % 2) * 50}000-300000`, old });
      if (i >= 5) edits.push(time);
    }
  } finally {
    await context.close();
  }
  return { first, edits };
}

/**
 * Chromium's net log of a run: `attempted`, hosts other than 127.0.0.1 that a request was
 * started for; `reached`, hosts that got a DNS query or a TCP connection (network traffic).
 * Chromium is killed at the end of a run, so the log may lack its closing brackets.
 */
function netlogHosts(file) {
  if (!existsSync(file)) return null;
  let text = readFileSync(file, 'utf8').trimEnd();
  if (text.endsWith(',')) text = text.slice(0, -1);
  let log;
  try {
    log = JSON.parse(text);
  } catch {
    log = JSON.parse(`${text}]}`);
  }
  const name = Object.fromEntries(Object.entries(log.constants.logEventTypes).map(([k, v]) => [v, k]));
  const local = (host) => ['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host);
  const attempted = new Set();
  const reached = new Set();
  for (const { type, params: p = {} } of log.events) {
    const event = name[type];
    if (event === 'URL_REQUEST_START_JOB' && p.url && /^(https?|wss?):/.test(p.url)) {
      const host = new URL(p.url).hostname;
      if (!local(host)) attempted.add(host);
    } else if (event === 'DNS_TRANSACTION' && p.hostname && !local(p.hostname)) {
      reached.add(p.hostname);
    } else if (event === 'TCP_CONNECT_ATTEMPT' && p.address && !/^(127\.0\.0\.1|\[::1\]):/.test(p.address)) {
      reached.add(p.address);
    }
  }
  return { attempted: [...attempted], reached: [...reached] };
}

/** (d) Lighthouse, mobile (its default), all four categories. */
// Asynchronous: the site is served from this same process, so its event loop must keep running.
async function runLighthouse(url, throttling = 'simulate', cpuSlowdown = null) {
  const bin = join(here, 'node_modules', '.bin', 'lighthouse');
  if (!existsSync(bin)) return { reason: 'lighthouse is not installed (npm ci --prefix tests/e2e)' };
  const name = `lighthouse-${throttling}`;
  const netlog = join(TMP, `${name}-netlog.json`);
  // Chromium itself still calls home with the flags above (a network-time query, an updater
  // ping, a Google-accounts check): the time query can be switched off; whatever else it
  // tries finds no DNS, so nothing leaves the machine. chrome-launcher's own
  // --disable-features list is repeated, as Chromium honours only the last such flag.
  const { Launcher } = await import('chrome-launcher');
  const launcherFeatures = Launcher.defaultFlags().find((f) => f.startsWith('--disable-features='));
  const flags = [
    ...LIGHTHOUSE_CHROMIUM_FLAGS,
    `${launcherFeatures ?? '--disable-features='},NetworkTimeServiceQuerying`.replace('=,', '='),
    "--host-resolver-rules='MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'",
    `--log-net-log=${netlog}`,
    '--net-log-capture-mode=Default',
  ];
  // Each run writes its own files: none may be read from the run before.
  for (const file of [netlog, join(TMP, `${name}.report.json`), join(TMP, `${name}.report.html`)]) rmSync(file, { force: true });
  const run = await new Promise((resolve) => execFile(bin, [
    url,
    '--output=json', '--output=html', `--output-path=${join(TMP, name)}`,
    `--throttling-method=${throttling}`,
    ...(cpuSlowdown === null ? [] : [`--throttling.cpuSlowdownMultiplier=${cpuSlowdown}`]),
    '--only-categories=performance,accessibility,best-practices,seo',
    '--form-factor=mobile',
    '--no-enable-error-reporting',
    '--quiet',
    `--chrome-flags=${flags.join(' ')}`,
  ], {
    env: { ...process.env, CHROME_PATH: CHROMIUM, CI: '1' },
    encoding: 'utf8',
    timeout: 300_000,
    maxBuffer: 64 * 2 ** 20,
  }, (error, stdout, stderr) => resolve({ error, stderr })));
  if (run.error) return { reason: `lighthouse failed: ${(run.stderr || run.error.message || '').trim().slice(-400)}` };
  const report = JSON.parse(readFileSync(join(TMP, `${name}.report.json`), 'utf8'));
  const scores = Object.fromEntries(Object.entries(report.categories).map(([id, c]) => [id, Math.round(c.score * 100)]));
  const failing = Object.values(report.audits)
    .filter((a) => a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual' && a.score !== null && a.score < 0.9)
    .map((a) => `${a.id} (${a.displayValue ?? Math.round(a.score * 100)})`);
  const metrics = Object.fromEntries(['first-contentful-paint', 'largest-contentful-paint', 'interactive', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
    .map((id) => [id, report.audits[id]?.displayValue]));
  const millis = Object.fromEntries(['first-contentful-paint', 'largest-contentful-paint', 'interactive']
    .map((id) => [id, report.audits[id]?.numericValue]));
  const pageRequests = (report.audits['network-requests']?.details?.items ?? []).map((i) => i.url);
  const offOrigin = pageRequests.filter((u) => !/^(data:|blob:|http:\/\/127\.0\.0\.1[:/])/.test(u));
  return {
    scores, failing, metrics, millis, offOrigin, lighthouseVersion: report.lighthouseVersion,
    net: netlogHosts(netlog), requests: pageRequests.length,
    // Lighthouse's own measure of this machine's speed at the time of the run (higher is
    // faster): its throttling slows the machine as it is, so slower spells show here.
    benchmarkIndex: report.environment?.benchmarkIndex,
  };
}

/** `count` Lighthouse runs one after another: `{ runs }`, or the `{ reason }` of one that could not run. */
async function lighthouseRuns(url, throttling, count, cpuSlowdown = null) {
  const runs = [];
  for (let i = 0; i < count; i++) {
    const run = await runLighthouse(url, throttling, cpuSlowdown);
    if (run.reason) return run;
    runs.push(run);
  }
  return { runs };
}

/**
 * One record for several simulated runs: each category's median score; the metrics, audits
 * and requests of the run whose performance score is the median; anything that left
 * 127.0.0.1 in any run; and every run's performance score. The HTML report left in the
 * bench's folder is the last run's.
 */
function medianOfRuns(runs) {
  const byPerformance = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
  const middle = byPerformance[Math.floor((byPerformance.length - 1) / 2)];
  const scores = Object.fromEntries(Object.keys(middle.scores).map((id) => [id, median(runs.map((r) => r.scores[id]))]));
  const reached = [...new Set(runs.flatMap((r) => r.net?.reached ?? []))];
  const attempted = [...new Set(runs.flatMap((r) => r.net?.attempted ?? []))];
  return {
    ...middle,
    scores,
    offOrigin: [...new Set(runs.flatMap((r) => r.offOrigin))],
    // null only if no run wrote a net log; any host one run reached is reported.
    net: runs.every((r) => r.net === null) ? null : { reached, attempted },
    performanceRuns: runs.map((r) => r.scores.performance),
  };
}

function markdown(m, weights, loads, input, sim, demand, lh, url, slow, throttled) {
  const date = new Date().toISOString().replace(/:\d\d\.\d+Z$/, ' UTC').replace('T', ' ');
  const lines = [];
  const met = (ok) => (ok ? 'met' : '**missed**');
  lines.push(`## ${date}, commit ${m.commit}`, '');
  lines.push(`Machine: ${m.nproc} cores (nproc), ${m.cpu}, ${m.memory} memory; Chromium ${m.chromium} (headless); Node ${m.node}; ${m.os}.`);
  lines.push(`Served by tests/e2e/server.mjs (brotli 11 / gzip -9) at ${url}.`, '');
  lines.push('### First-load weight', '', '| file | raw | gzip -9 | brotli 11 |', '| --- | ---: | ---: | ---: |');
  for (const r of weights) {
    const f = (v) => v.toLocaleString('en-US');
    const name = r.file === 'total' ? '**total**' : `\`${r.file}\``;
    lines.push(`| ${name} | ${f(r.raw)} | ${f(r.gzip)} | ${f(r.brotli)} |`);
  }
  const total = weights.at(-1).gzip;
  const margin = total <= BUDGET_BYTES
    ? `${(BUDGET_BYTES - total).toLocaleString('en-US')} bytes to spare`
    : `over by ${(total - BUDGET_BYTES).toLocaleString('en-US')} bytes`;
  lines.push('', `Budget ${BUDGET_BYTES.toLocaleString('en-US')} bytes gzip -9 (tests/e2e/weight.test.mjs): ${met(total <= BUDGET_BYTES)}, ${margin}. Target ${TARGET_BYTES.toLocaleString('en-US')} bytes: ${met(total <= TARGET_BYTES)}${total > TARGET_BYTES ? `, over by ${(total - TARGET_BYTES).toLocaleString('en-US')} bytes` : ''}.`, '');
  lines.push(`### Navigation to first result (\`#tier-result .headline\`)`, '');
  lines.push(`${loads.length} cold loads (new browser context each, cache disabled, no throttling): median **${ms(median(loads))}**, min ${ms(Math.min(...loads))}, max ${ms(Math.max(...loads))}.`, '');
  lines.push('### Input to updated result (ROI calculator, 10 scenarios)', '');
  for (const [pace, run] of [['at typing pace, one edit every 100 ms after the last result', input.typing], ['back to back, each edit in the frame after the last result', input.frames]]) {
    if (run.reason) {
      lines.push(`${pace}: n/a: ${run.reason}.`, '');
      continue;
    }
    const p95 = quantile(run.times, 0.95);
    lines.push(`${pace[0].toUpperCase()}${pace.slice(1)}: ${run.times.length} edits of \`#roi-1-creators\` (after ${WARMUP_EDITS} warm-up edits, ${run.scenarios} scenarios on screen), input event dispatched to a MutationObserver seeing \`#roi-result\` change: median **${ms(median(run.times))}**, p95 **${ms(p95)}** (target ≤ ${TARGETS.inputP95Ms} ms: ${met(p95 <= TARGETS.inputP95Ms)}), max ${ms(Math.max(...run.times))}${run.timeouts ? `; ${run.timeouts} edits changed nothing within 2 s` : ''}.`, '');
  }
  lines.push('### Loaded on demand', '');
  lines.push('Every calculator but the tier finder has its results worked out by the results worker\'s build (a second wasm, built by Trunk with `data-type="worker"`), which the page loads the first time a screen needs it and runs in the page itself (typing gets its answer in the same task); an instance in a worker runs the simulations, and a third build, in a worker, the rate card and the roster. Saved scenarios are a module of their own, loaded into the page when their panel first opens. Not part of the first load:', '');
  lines.push('| file | raw | gzip -9 | brotli 11 |', '| --- | ---: | ---: | ---: |');
  for (const r of demand.weights) lines.push(`| \`${r.file}\` | ${r.raw.toLocaleString('en-US')} | ${r.gzip.toLocaleString('en-US')} | ${r.brotli.toLocaleString('en-US')} |`);
  lines.push('', `First use of each (clicked and timed by the page, no pointer moving first), aim < 300 ms on a slow phone (4× CPU, 1.6 Mbps down, 150 ms round trips; a worker's own requests and thread are not throttled by it). **Cold**: the click as soon as the first result shows, the browser's cache off, so the part's download is in the time; median of ${demand.uses[0].fast.length} loads unthrottled and of ${demand.uses[0].slow.length} on the slow phone. **Settled**: the click once the service worker has precached the build after the first load (its install done), served with the hosts' headers and validators (\`_headers\`), the browser's cache on; median of ${demand.uses[0].settled.length} loads on the slow phone:`, '');
  lines.push('| part | first use | cold, unthrottled | cold, slow phone | aim | settled, slow phone | aim |', '| --- | --- | ---: | ---: | --- | ---: | --- |');
  for (const use of demand.uses) {
    const cell = (times) => (use.worker ? `${ms(median(times))} (not throttled)` : `**${ms(median(times))}**`);
    const aim = (times) => (use.worker ? 'n/a' : met(median(times) < 300));
    lines.push(`| ${use.part} | ${use.what} | ${ms(median(use.fast))} | ${cell(use.slow)} | ${aim(use.slow)} | ${cell(use.settled)} | ${aim(use.settled)} |`);
  }
  lines.push('');
  lines.push('### Simulation worker (loaded on first use)', '');
  lines.push(`First use: click on "Micro vs macro ROI" to its first "How sure" answer, worker download and start included (clicked and timed by the page), ${sim.first.length} cold loads: median **${ms(median(sim.first))}**, max ${ms(Math.max(...sim.first))}.`);
  lines.push(`Warm: an edit to the new answer with 10 scenarios whose reach and engagement are ranges (10 × 10,000 draws, off the main thread), ${sim.edits.length} edits: median **${ms(median(sim.edits))}**, p95 ${ms(quantile(sim.edits, 0.95))}. The result table updates at once (input to result above); the answer follows.`, '');
  lines.push(...slowMarkdown(slow, throttled, met));
  lines.push('### Lighthouse (mobile, simulated throttling)', '');
  if (lh.reason) {
    lines.push(`n/a: ${lh.reason}.`, '');
  } else {
    lines.push(`Lighthouse ${lh.lighthouseVersion}, ${lh.performanceRuns.length} runs: each category's median score below (its scores move with the machine's speed). Performance in each run: ${lh.performanceRuns.join(', ')}.`, '', '| category | median score | target | |', '| --- | ---: | ---: | --- |');
    for (const [id, target] of Object.entries(CATEGORY_TARGETS)) {
      const score = lh.scores[id];
      lines.push(`| ${id} | ${score} | ${target} | ${met(score >= target)} |`);
    }
    lines.push('', `Metrics of the run with the median performance score: ${Object.entries(lh.metrics).map(([k, v]) => `${k} ${v}`).join(', ')}.`);
    if (lh.failing.length) lines.push(`Audits below 90: ${lh.failing.join(', ')}.`);
    const net = lh.net === null
      ? 'no net log'
      : `${lh.net.reached.length ? `**reached ${lh.net.reached.join(', ')}**` : 'no DNS query or connection off 127.0.0.1'}${lh.net.attempted.length ? ` (Chromium itself tried ${lh.net.attempted.join(', ')}; blocked before DNS by --host-resolver-rules)` : ''}`;
    lines.push(`Requests: ${lh.requests} by the page, ${lh.offOrigin.length ? `**off 127.0.0.1: ${lh.offOrigin.join(', ')}**` : 'all to 127.0.0.1'}; Chromium's net log: ${net}.`, '');
  }
  return lines.join('\n');
}

/** The slow-phone sections: a shared ROI link, repeat visits, Lighthouse under real throttling. */
function slowMarkdown(slow, throttled, met) {
  const lines = ['### A shared link on a slow phone', ''];
  const roi = median(slow.roi.times);
  lines.push(`\`${ROI_LINK}\` opened cold (new context, cache disabled) on ${SLOW_PHONE}, ${slow.roi.times.length} loads: the ROI table on screen after a median **${ms(roi)}** (target ≤ ${TARGETS.slowRoiMs} ms: ${met(roi <= TARGETS.slowRoiMs)}), min ${ms(Math.min(...slow.roi.times))}, max ${ms(Math.max(...slow.roi.times))}; first paint median ${ms(median(slow.roi.paints))}.`, '');
  lines.push('### Repeat visits (the service worker serves the page)', '');
  const fast = median(slow.repeat.fast);
  const slowRepeat = median(slow.repeat.slow);
  lines.push(`After a first visit, ${slow.repeat.fast.length} repeat visits each: the tier finder's result after a median **${ms(fast)}** unthrottled (target < ${TARGETS.repeatMs} ms: ${met(fast < TARGETS.repeatMs)}), and **${ms(slowRepeat)}** on ${SLOW_PHONE} (${met(slowRepeat < TARGETS.repeatMs)}).`, '');
  lines.push('### Lighthouse (mobile, real throttling: `--throttling-method=devtools`)', '');
  if (throttled.reason) return [...lines, `n/a: ${throttled.reason}.`, ''];
  const of = (id) => median(throttled.runs.map((r) => r.millis[id]));
  const paint = of('first-contentful-paint');
  const largest = of('largest-contentful-paint');
  const interactive = of('interactive');
  lines.push(`Median of ${throttled.runs.length} runs: first contentful paint **${ms(paint)}**, largest contentful paint **${ms(largest)}** (target ≤ ${TARGETS.paintMs} ms for both: ${met(paint <= TARGETS.paintMs && largest <= TARGETS.paintMs)}), time to interactive **${ms(interactive)}** (target ≤ ${TARGETS.interactiveMs} ms: ${met(interactive <= TARGETS.interactiveMs)}). Time to interactive per run: ${throttled.runs.map((r) => ms(r.millis.interactive)).join(', ')} (Lighthouse's benchmark index of this machine in each: ${throttled.runs.map((r) => r.benchmarkIndex ?? 'n/a').join(', ')}; higher is faster). Performance scores: ${throttled.runs.map((r) => r.scores.performance).join(', ')}.`, '');
  return lines;
}

const weights = weigh(args.dist);
console.log(formatWeights(weights));

const site = await serve(args.dist, { base: '/' });
// The same build as a host serves it (its _headers, validators): for first use once settled.
const hostSite = await serve(args.dist, { base: '/', headers: true });
const browser = await launch();
const version = browser.version();
let input;
let loads;
let sim;
let demand;
let slow;
let roster;
try {
  log(`${LOADS} cold loads of ${site.url}`);
  loads = await coldLoads(browser, site.url);
  console.log(`\nnavigation to first result: median ${ms(median(loads))} over ${loads.length} cold loads (min ${ms(Math.min(...loads))}, max ${ms(Math.max(...loads))})`);
  log(`${EDITS} edits on the ROI calculator`);
  const roiLink = `${site.url}?v=1&calc=roi&roi.n=10`;
  input = { typing: await inputLatency(browser, roiLink, TYPING_GAP_MS), frames: await inputLatency(browser, roiLink, 0) };
  for (const [pace, run] of Object.entries(input)) {
    console.log(run.reason
      ? `input to result (${pace}): n/a (${run.reason})`
      : `input to result (${pace}): median ${ms(median(run.times))}, p95 ${ms(quantile(run.times, 0.95))} over ${run.times.length} edits`);
  }
  log('the parts loaded on demand, first use');
  demand = { weights: onDemandWeights(args.dist), uses: [] };
  for (const part of ON_DEMAND_PARTS) {
    const use = { ...part, fast: await firstUse(browser, site.url, false, part), slow: await firstUse(browser, site.url, true, part), settled: await firstUse(browser, hostSite.url, true, part, true) };
    demand.uses.push(use);
    console.log(`first use of ${part.part}: median ${ms(median(use.fast))}; slow phone ${ms(median(use.slow))}, once settled ${ms(median(use.settled))}`);
  }
  log('the simulation worker');
  sim = await simulationTimes(browser, site.url);
  console.log(`simulation: first use median ${ms(median(sim.first))}; warm edit with 10 ranged scenarios median ${ms(median(sim.edits))}, p95 ${ms(quantile(sim.edits, 0.95))}`);
  log('a shared ROI link on a slow phone, repeat visits');
  slow = {
    roi: await slowFirstResult(browser, site.url),
    repeat: { fast: await repeatVisits(browser, site.url, false), slow: await repeatVisits(browser, site.url, true) },
  };
  log('the roster: 100 creators, $100,000');
  roster = await rosterTimes(browser, site.url);
  console.log(`roster: 100 rows to the mix, median ${ms(median(roster))}, p95 ${ms(quantile(roster, 0.95))}`);
  console.log(`slow phone: ROI link median ${ms(median(slow.roi.times))}; repeat visits median ${ms(median(slow.repeat.fast))} (slow phone ${ms(median(slow.repeat.slow))})`);
} finally {
  await browser.close();
}
/**
 * Lighthouse runs under real throttling. Single runs are bimodal (time to interactive about
 * 1.3 s when no task after the wasm's arrival reaches 50 ms, 1.9 to 2.6 s when one does), so
 * a median of 3 turned on one run; every run's figure is printed beside the median.
 */
const THROTTLED_RUNS = 5;
let lh = { reason: 'skipped (--no-lighthouse)' };
let throttled = { reason: 'skipped (--no-lighthouse)' };
let calibrated = { reason: 'skipped (--no-lighthouse)' };
if (!args['no-lighthouse']) {
  log(`Lighthouse (mobile, devtools throttling), ${THROTTLED_RUNS} runs`);
  throttled = await lighthouseRuns(site.url, 'devtools', THROTTLED_RUNS);
  log(`Lighthouse (mobile), ${LIGHTHOUSE_RUNS} runs`);
  const simulated = await lighthouseRuns(site.url, 'simulate', LIGHTHOUSE_RUNS);
  lh = simulated.reason ? simulated : medianOfRuns(simulated.runs);
  console.log(lh.reason ? `lighthouse: n/a (${lh.reason})` : `lighthouse: ${Object.entries(lh.scores).map(([k, v]) => `${k} ${v}`).join(', ')} (performance per run: ${lh.performanceRuns.join(', ')})`);
  const index = medianIndex(throttled, simulated);
  const slowdown = index === null ? null : advisedSlowdown(index);
  if (slowdown === null) {
    calibrated = { reason: 'no run reported a benchmark index' };
  } else if (slowdown === DEFAULT_SLOWDOWN) {
    calibrated = { reason: `this machine's median benchmark index, ${Math.round(index)}, is a high-end desktop's, for which the docs advise the default ${DEFAULT_SLOWDOWN}× itself` };
  } else {
    log(`Lighthouse at ${slowdown}× CPU slowdown (benchmark index ${Math.round(index)}), ${THROTTLED_RUNS} + ${LIGHTHOUSE_RUNS} runs`);
    calibrated = {
      slowdown,
      index,
      devtools: await lighthouseRuns(site.url, 'devtools', THROTTLED_RUNS, slowdown),
      simulated: await lighthouseRuns(site.url, 'simulate', LIGHTHOUSE_RUNS, slowdown),
    };
  }
  const left = [simulated, calibrated.simulated ?? {}, calibrated.devtools ?? {}]
    .flatMap((set) => set.runs ?? [])
    .flatMap((run) => [...(run.net?.reached ?? []), ...run.offOrigin]);
  if (left.length) {
    console.log(`lighthouse: traffic left 127.0.0.1: ${[...new Set(left)].join(', ')}`);
    process.exitCode = 1;
  }
}
await site.close();
await hostSite.close();

const section = `${markdown(machine(version), weights, loads, input, sim, demand, lh, site.url, slow, throttled)}\n${calibratedMarkdown(calibrated).join('\n')}\n${rosterMarkdown(roster, median, quantile, ms)}`;
mkdirSync(dirname(args.out), { recursive: true });
if (!existsSync(args.out)) {
  writeFileSync(args.out, '# Benchmark results\n\nWritten by `scripts/bench.sh` (tests/e2e/bench.mjs); newest last.\n');
}
appendFileSync(args.out, `\n${section}`);
console.log(`\n${section}`);
log(`appended to ${args.out}`);
