// scripts/early.mjs's gateApp on both forms of Trunk's loader: a release build's, minified,
// and a debug build's (trunk build without --release, trunk serve), which has a line break
// before `import init` and once stopped the post-build hook.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gateApp } from '../../scripts/early.mjs';

const preloads = '<link rel="modulepreload" href="./a.js"><link rel="preload" href="./a_bg.wasm" as="fetch" type="application/wasm">';

for (const [form, loader] of [
  ['minified', '<script type=module>import init from "./a.js";init()</script>'],
  ['debug', '<script type="module">\n  import init, * as bindings from \'./a.js\';\n  init();\n</script>'],
]) {
  test(`the app waits for a shared link's early answer, with Trunk's ${form} loader`, () => {
    const html = gateApp(`<head>${preloads}<style>p{}</style></head><body>${loader}</body>`);
    assert.match(html, /<script type=["']?module["']?>await window\.reachwiseEarly\?\.gate;\s*import init/);
    assert.doesNotMatch(html, /<link rel="modulepreload"/, 'the preloads are added by a script, not as tags');
    assert.ok(html.indexOf('if(!window.reachwiseEarly)') < html.indexOf('<style>'), 'the preloads come before the stylesheet');
  });
}
