// The three browser engines behind one small page interface, for the cross-engine tests:
//   chromium  Debian's Chromium through playwright-core (as the rest of tests/e2e/)
//   firefox   Debian's Firefox ESR through geckodriver (cargo install), headless
//   webkit    WebKitGTK's MiniBrowser through WebKitWebDriver (Debian webkit2gtk-driver),
//             in an Xvfb started by xvfb-run, with a real locale so that numbers are grouped
// Nothing here downloads a browser or a driver: each is found on this machine or the engine
// is reported as unavailable, with the reason.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { launch as launchChromium } from '../browser.mjs';
import { Session, startDriver } from './webdriver.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engines asked for in ENGINES (comma-separated), or all three. */
export function selectedEngines(env = process.env.ENGINES) {
  if (!env) return ENGINES;
  const names = env.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const unknown = names.filter((n) => !ENGINES.includes(n));
  if (unknown.length) throw new Error(`unknown engine ${unknown.join(', ')}: choose from ${ENGINES.join(', ')}`);
  return names;
}

const LOCALE = process.env.ENGINES_LOCALE ?? 'en_US.UTF-8';

function which(name) {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const path = join(dir || '.', name);
    if (existsSync(path)) return path;
  }
  return null;
}

function hasLocale(name) {
  if (/^(C|POSIX)(\..*)?$/i.test(name)) return true;
  const norm = (l) => l.toLowerCase().replace(/-/g, '');
  try {
    return execFileSync('locale', ['-a'], { encoding: 'utf8' }).split('\n').some((l) => norm(l) === norm(name));
  } catch {
    return false;
  }
}

/** The MiniBrowser that ships in Debian's WebKitGTK library package, in that library's folder. */
export function findMiniBrowser() {
  if (process.env.MINIBROWSER) return process.env.MINIBROWSER;
  // e.g. /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser (libwebkit2gtk-4.1-0)
  const libs = readdirSync('/usr/lib').filter((d) => d.endsWith('-linux-gnu')).map((d) => join('/usr/lib', d));
  for (const lib of libs) {
    // webkit2gtk-4.1 first: webkit2gtk-driver is built with that library.
    const dirs = readdirSync(lib).filter((d) => /^webkit(2)?gtk-/.test(d))
      .sort((a, b) => Number(!a.startsWith('webkit2gtk-')) - Number(!b.startsWith('webkit2gtk-')) || b.localeCompare(a));
    for (const dir of dirs) {
      const path = join(lib, dir, 'MiniBrowser');
      if (existsSync(path)) return path;
    }
  }
  return null;
}

export function geckodriverPath() {
  return process.env.GECKODRIVER ?? which('geckodriver') ?? (existsSync(join(homedir(), '.cargo/bin/geckodriver')) ? join(homedir(), '.cargo/bin/geckodriver') : null);
}

/** Why `name` cannot run here, or null when everything it needs is installed. */
export function missing(name) {
  const need = (what, path) => (path ? null : `${what} is not installed (scripts/setup.sh installs it)`);
  if (name === 'chromium') return need('/usr/bin/chromium', existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'));
  if (name === 'firefox') {
    return need('firefox-esr', which('firefox-esr') ?? which('firefox')) ?? need('geckodriver', geckodriverPath());
  }
  if (name === 'webkit') {
    return need('WebKitWebDriver (Debian webkit2gtk-driver)', which('WebKitWebDriver'))
      ?? need("WebKitGTK's MiniBrowser", findMiniBrowser())
      ?? need('xvfb-run (Debian xvfb)', which('xvfb-run'))
      ?? need(`the ${LOCALE} locale (without it WebKit falls back to C)`, hasLocale(LOCALE));
  }
  return `unknown engine ${name}`;
}

/**
 * Starts an engine. Resolves to { name, version, newPage(), close() }; every page has the
 * same methods whatever drives it.
 */
export async function launchEngine(name) {
  const why = missing(name);
  if (why) throw new Error(why);
  if (name === 'chromium') return chromium();
  return webdriver(name);
}

async function chromium() {
  const browser = await launchChromium();
  return {
    name: 'chromium',
    version: `chromium ${browser.version()}`,
    close: () => browser.close(),
    async newPage() {
      const context = await browser.newContext();
      const page = await context.newPage();
      const dialogs = [];
      page.on('dialog', (d) => { dialogs.push(`${d.type()}: ${d.message()}`); d.dismiss().catch(() => {}); });
      return new Page({
        goto: (url) => page.goto(url).then(() => {}),
        url: async () => page.url(),
        back: () => page.goBack().then(() => {}),
        forward: () => page.goForward().then(() => {}),
        reload: () => page.reload().then(() => {}),
        // A string expression, so that the page's CSP (no 'unsafe-eval') does not apply.
        run: (source, args) => page.evaluate(`(${source}).apply(null, ${JSON.stringify(args)})`),
        fill: (selector, value) => page.fill(selector, value),
        click: (selector) => page.click(selector),
        dialog: async () => dialogs.shift() ?? null,
        close: () => context.close(),
      });
    },
  };
}

async function webdriver(name) {
  let driver;
  let capabilities;
  if (name === 'firefox') {
    driver = await startDriver([geckodriverPath(), '--host', '127.0.0.1', '--port', '{port}'], {
      name: 'geckodriver',
      env: { MOZ_HEADLESS: '1' },
    });
    capabilities = {
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: which('firefox-esr') ?? which('firefox'),
        args: ['-headless'],
        prefs: {
          // Nothing of Firefox's own reaches for the (closed) network.
          'network.dns.disablePrefetch': true,
          'network.prefetch-next': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'app.normandy.enabled': false,
          'messaging-system.rsexperimentloader.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'intl.accept_languages': 'en-US',
        },
      },
    };
  } else {
    // MiniBrowser has no headless mode: it draws into an Xvfb that xvfb-run starts and ends.
    // A real locale, as issue 13 asks (it saw WebKit format 13750 without grouping under
    // LANG=C). With WebKitGTK 2.50.6 here, LANG=C gave navigator.language "en-US" and
    // "13,750" too; the example links check the grouping either way.
    driver = await startDriver(
      ['xvfb-run', '--auto-servernum', '--server-args=-screen 0 1280x1024x24', 'WebKitWebDriver', '--host=127.0.0.1', '--port={port}'],
      { name: 'WebKitWebDriver', env: { LANG: LOCALE, LC_ALL: LOCALE } },
    );
    capabilities = {
      'webkitgtk:browserOptions': { binary: findMiniBrowser(), args: ['--automation'] },
    };
  }
  let session;
  try {
    session = await Session.create(driver.base, {
      // A dialog stays open and is reported, instead of being dismissed out of sight.
      alwaysMatch: { ...capabilities, unhandledPromptBehavior: 'ignore', pageLoadStrategy: 'normal' },
    });
    await session.setTimeouts({ script: 30_000, pageLoad: 60_000, implicit: 0 });
  } catch (e) {
    await driver.stop();
    throw new Error(`${e.message}\n${driver.log().slice(-3000)}`);
  }
  const version = `${session.capabilities.browserName} ${session.capabilities.browserVersion}`;
  const guard = async (promise) => {
    try {
      return await promise;
    } catch (e) {
      if (e.code === 'unexpected alert open') {
        const text = await session.alertText().catch(() => '?');
        await session.dismissAlert();
        throw new Error(`a dialog opened: ${text}`);
      }
      throw e;
    }
  };
  const find = (selector) => (selector.startsWith('xpath=')
    ? session.cmd('POST', '/element', { using: 'xpath', value: selector.slice(6) }).then((v) => Object.values(v)[0])
    : session.find(selector));
  return {
    name,
    version,
    async close() {
      await session.delete();
      await driver.stop();
    },
    // One window for the whole run; each test starts with a fresh navigation.
    async newPage() {
      await session.dismissAlert();
      return new Page({
        goto: (url) => guard(session.navigate(url)),
        url: () => guard(session.currentUrl()),
        back: () => guard(session.back()),
        forward: () => guard(session.forward()),
        reload: () => guard(session.refresh()),
        run: (source, args) => guard(session.execute(source, args)),
        async fill(selector, value) {
          const element = await guard(find(selector));
          await guard(session.clear(element));
          await guard(session.sendKeys(element, value));
        },
        click: async (selector) => guard(session.click(await guard(find(selector)))),
        dialog: async () => session.alertText(),
        close: async () => {
          await session.dismissAlert();
          await session.navigate('about:blank').catch(() => {});
        },
      });
    },
  };
}

/** A page: the same methods in every engine. Selectors are CSS, or `xpath=…`. */
class Page {
  constructor(impl) { this.impl = impl; }
  goto(url) { return this.impl.goto(url); }
  url() { return this.impl.url(); }
  back() { return this.impl.back(); }
  forward() { return this.impl.forward(); }
  reload() { return this.impl.reload(); }
  fill(selector, value) { return this.impl.fill(selector, value); }
  click(selector) { return this.impl.click(selector); }
  /** The text of a dialog (alert, confirm, prompt) the page opened, or null. */
  dialog() { return this.impl.dialog(); }
  close() { return this.impl.close(); }

  /** Runs `fn` in the page with JSON arguments and returns its JSON result. */
  evaluate(fn, ...args) { return this.impl.run(String(fn), args); }

  /** The text content of the first element matching a CSS selector ('' when there is none). */
  text(selector) {
    return this.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector);
  }

  /**
   * Waits until `fn(...args)` is truthy in the page and returns its value. Polls, so that it
   * works the same through every driver; `what` names the wait in the error.
   */
  async waitFor(fn, args = [], { timeout = 10_000, what = String(fn).slice(0, 120) } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await this.evaluate(fn, ...args);
        if (last) return last;
      } catch (e) {
        // A navigation in progress can interrupt a script; a dialog cannot be waited out.
        if (/dialog opened/.test(e.message)) throw e;
        last = e.message;
      }
      if (Date.now() > deadline) {
        const where = await this.evaluate(() => location.href).catch((e) => e.message);
        throw new Error(`timed out after ${timeout} ms waiting for ${what} at ${where} (last: ${JSON.stringify(last)?.slice(0, 300)})`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  waitForSelector(selector, options) {
    return this.waitFor((s) => !!document.querySelector(s), [selector], { what: selector, ...options });
  }

  /** Waits until the element's text holds every one of `texts`; returns the text. */
  waitForText(selector, texts, options) {
    return this.waitFor(
      (s, t) => { const text = document.querySelector(s)?.textContent ?? ''; return t.every((x) => text.includes(x)) && text; },
      [selector, texts],
      { what: `${JSON.stringify(texts)} in ${selector}`, ...options },
    );
  }
}
