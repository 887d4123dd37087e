// A small W3C WebDriver client over fetch, enough for the cross-engine tests: it starts a
// driver (geckodriver, WebKitWebDriver) on a free 127.0.0.1 port, opens one session and sends
// the few commands the tests use. No dependency, and nothing is ever downloaded.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A free TCP port on 127.0.0.1 (the driver binds it a moment later). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export class WebDriverError extends Error {
  constructor(status, value, what) {
    super(`${what}: ${value?.error ?? status} ${value?.message ?? ''}`.trim());
    this.code = value?.error;
  }
}

/**
 * Starts a driver process. `command` is an argv array with `{port}` standing for the port.
 * The driver runs in its own process group, so that stop() ends it and whatever it started
 * (a browser, an Xvfb) and nothing else.
 */
export async function startDriver(command, { env = {}, name = command[0], timeout = 30_000 } = {}) {
  const port = await freePort();
  const argv = command.map((a) => a.replaceAll('{port}', String(port)));
  const child = spawn(argv[0], argv.slice(1), {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  const keep = (chunk) => { log = (log + chunk).slice(-20_000); };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  child.on('exit', (code, signal) => { exited = `${code ?? signal}`; });
  // Should the test process end without stop(), take the driver and its browser along.
  const orphan = () => stopGroup(child, 'SIGKILL');
  process.once('exit', orphan);
  child.on('error', (e) => { exited = String(e); });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeout;
  for (;;) {
    if (exited !== null) throw new Error(`${name} exited (${exited}) before it was ready:\n${log}`);
    try {
      const res = await fetch(`${base}/status`);
      if (res.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      stopGroup(child);
      throw new Error(`${name} did not answer on ${base} within ${timeout} ms:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    log: () => log,
    stop: async () => {
      process.removeListener('exit', orphan);
      if (exited !== null) return;
      const gone = new Promise((r) => child.once('exit', r));
      stopGroup(child, 'SIGTERM');
      const timer = setTimeout(() => stopGroup(child, 'SIGKILL'), 5_000);
      await gone;
      clearTimeout(timer);
      // The browser may outlive the driver by a moment: end the rest of the group.
      stopGroup(child, 'SIGKILL');
    },
  };
}

function stopGroup(child, signal = 'SIGTERM') {
  try { process.kill(-child.pid, signal); } catch { /* already gone */ }
}

/** One WebDriver session. */
export class Session {
  constructor(base, id, capabilities) {
    this.base = base;
    this.id = id;
    this.capabilities = capabilities;
  }

  static async create(base, capabilities, { timeout = 60_000 } = {}) {
    const value = await command(base, 'POST', '/session', { capabilities }, timeout);
    return new Session(base, value.sessionId, value.capabilities);
  }

  cmd(method, path, body, timeout = 60_000) {
    return command(this.base, method, `/session/${this.id}${path}`, body, timeout);
  }

  navigate(url) { return this.cmd('POST', '/url', { url }); }
  currentUrl() { return this.cmd('GET', '/url'); }
  back() { return this.cmd('POST', '/back', {}); }
  forward() { return this.cmd('POST', '/forward', {}); }
  refresh() { return this.cmd('POST', '/refresh', {}); }
  setTimeouts(timeouts) { return this.cmd('POST', '/timeouts', timeouts); }

  /** Runs `fn` (a function, or its source) in the page with JSON arguments; returns its value. */
  execute(fn, args = []) {
    return this.cmd('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments);`, args });
  }

  async find(selector) {
    const value = await this.cmd('POST', '/element', { using: 'css selector', value: selector });
    return value[ELEMENT];
  }
  click(element) { return this.cmd('POST', `/element/${element}/click`, {}); }
  clear(element) { return this.cmd('POST', `/element/${element}/clear`, {}); }
  sendKeys(element, text) { return this.cmd('POST', `/element/${element}/value`, { text }); }

  /** The text of an open alert, confirm or prompt, or null when none is open. */
  async alertText() {
    try {
      return await this.cmd('GET', '/alert/text');
    } catch (e) {
      if (e.code === 'no such alert') return null;
      throw e;
    }
  }
  async dismissAlert() {
    try { await this.cmd('POST', '/alert/dismiss', {}); } catch { /* none open */ }
  }

  async delete() {
    try { await this.cmd('DELETE', '', undefined, 20_000); } catch { /* the driver is going anyway */ }
  }
}

async function command(base, method, path, body, timeout) {
  const res = await fetch(base + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeout),
  });
  const text = await res.text();
  let json;
  try { json = JSON.parse(text); } catch { json = { value: { error: 'not JSON', message: text.slice(0, 300) } }; }
  if (!res.ok || json?.value?.error) throw new WebDriverError(res.status, json?.value, `${method} ${path}`);
  return json.value;
}
