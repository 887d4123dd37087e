// Hostile links: malformed, oversized and malicious query strings and fragments, shared by
// the Chromium suite (hostile.test.mjs) and the cross-engine part (engines/cross-engine.mjs).

export const XSS_SCRIPT = '<script>alert(1)</script>';
export const XSS_IMG = '<img src=x onerror=alert(1)>';
export const enc = encodeURIComponent;

// [name, query and/or fragment as typed into the address bar, notice expected?]
// `true`: the link held something unusable, so `.notices` must be there; `false`: it must
// not be; `null`: either is fine (fragments, which the app does not read).
export const CASES = [
  ['script tag in a value, raw', `?v=1&tier.followers=${XSS_SCRIPT}`, true],
  ['script tag in a value, encoded', `?v=1&tier.followers=${enc(XSS_SCRIPT)}`, true],
  ['attribute breakout in a choice', `?v=1&tier.platform=${enc(`"'>${XSS_IMG}`)}`, true],
  ['event handler payload as a key', `?v=1&${enc(XSS_IMG)}=1`, true],
  ['svg onload as the calculator', `?v=1&calc=${enc('<svg onload=alert(1)>')}`, true],
  ['payload as a scenario key', `?v=1&calc=roi&roi.1.${enc(XSS_SCRIPT)}=1`, true],
  ['img payload as a scenario name (free text, shown)', `?v=1&calc=roi&roi.1.name=${enc(XSS_IMG)}`, false],
  ['javascript: URL as a number', '?v=1&tier.followers=javascript:alert(1)', true],
  ['javascript: URL as a scenario name', `?v=1&calc=roi&roi.1.name=${enc('javascript:alert(document.cookie)')}`, false],
  ['payload as a currency', `?v=1&cur=${enc('<b>USD</b>')}`, true],
  ['payload as a follower history', `?v=1&calc=authenticity&auth.history=${enc(XSS_SCRIPT)}`, true],
  ['truncated UTF-8 percent-encoding', '?v=1&tier.followers=%E0%A4%A', true],
  ['lone percent sign', '?v=1&tier.followers=%', true],
  ['invalid percent escapes in key and value', '?v=1&%ZZ%=%G1%', true],
  ['overlong UTF-8 for <', '?v=1&tier.platform=%C0%BCscript', true],
  ['number too large for f64', '?v=1&tier.followers=1e309', true],
  ['NaN', '?v=1&tier.followers=NaN', true],
  ['Infinity and -Infinity', '?v=1&tier.followers=Infinity&calc=engagement&er.likes=-Infinity', true],
  ['negative zero', '?v=1&tier.followers=-0', true],
  ['thirty-digit number', `?v=1&tier.followers=${'9'.repeat(30)}`, true],
  ['absurd scenario count', '?v=1&calc=roi&roi.n=10000000', true],
  ['NaN and 1e309 inside scenarios', '?v=1&calc=roi&roi.n=10&roi.3.creators=1e309&roi.4.aov=NaN', true],
  ['unknown version', '?v=999&tier.platform=tiktok&tier.followers=600000', true],
  ['thousands of keys', `?v=1&${Array.from({ length: 5000 }, (_, i) => `k${i}=${i}`).join('&')}`, true],
  ['a 100 KB query', `?v=1&tier.followers=${'1'.repeat(100 * 1024)}`, true],
  ['right-to-left override in a choice', '?v=1&tier.platform=tik%E2%80%AEkot', true],
  ['zero-width space inside a number', '?v=1&tier.followers=600%E2%80%8B000', true],
  ['RTL, zero-width and emoji in a scenario name', '?v=1&calc=roi&roi.1.name=%E2%80%AE%F0%9F%98%80%E2%80%8Bname', false],
  ['null bytes in a key and values', '?v=1&tier.platform=tiktok%00&tier.followers=%00&%00=1', true],
  ['duplicate keys, the last unusable', '?v=1&tier.followers=1000&tier.followers=abc', true],
  ['duplicate version and calculator keys', '?v=1&v=2&calc=tiers&calc=nope', true],
  ['empty keys and separators only', '?&&&=&==&v', null],
  ['img payload in the fragment, raw', `#${XSS_IMG}`, null],
  ['script payload in the fragment, encoded', `#${enc(XSS_SCRIPT)}`, null],
  ['javascript: URL in the fragment of a good link', '?v=1&tier.followers=5000#javascript:alert(1)', false],
];

/** What the page holds that a payload could have added. */
export function inventory() {
  const all = [...document.querySelectorAll('*')];
  return {
    // Not counted: the page's own code it loads on demand (the results code, run in the page
    // from the worker's build, and saved scenarios' module), from its own address.
    scripts: [...document.scripts].filter((s) => !(s.src && new URL(s.src).origin === location.origin
      && /\/(reachwise-worker|results-loader|reachwise-saved|saved-loader)-[0-9a-f]{16}\.js$/.test(new URL(s.src).pathname))).length,
    embedded: document.querySelectorAll('img, iframe, object, embed, frame, video, audio, link[rel=import], base, form, meta[http-equiv=refresh], svg image, svg script, svg foreignObject').length,
    handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
    scriptUrls: all.flatMap((el) => [...el.attributes]
      .filter((a) => /^(href|xlink:href|src|srcset|action|formaction|data|poster|srcdoc|background)$/i.test(a.name))
      .filter((a) => /^\s*(javascript|data|vbscript):/i.test(a.value))
      // Our own table downloads: a data: URL of CSV or JSON text on a download link, which
      // browsers save rather than open (the text in it is percent-encoded).
      .filter((a) => !(el.tagName === 'A' && el.hasAttribute('download') && a.name === 'href'
        && /^data:(text\/csv|application\/json);charset=utf-8,[^<>"']*$/.test(a.value)))
      .map((a) => `${el.tagName} ${a.name}=${a.value.slice(0, 40)}`)),
  };
}
