#!/usr/bin/env bash
# Runs every test: formatting and lints, native unit and property tests, browser tests of
# the components in headless Chromium, and end-to-end tests of the built release site (in
# Chromium, then a cross-engine part in Chromium, Firefox and WebKit).
# Installs what is missing first (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/.tools/binaryen/node_modules/.bin:$HOME/.cargo/bin:$PATH"
step() { printf '\n==> %s\n' "$*"; }

step "format and lints"
cargo fmt --all -- --check
cargo clippy --locked --all-targets -- -D warnings
# The domain's unit and property tests are native only; the wasm side is the app and tests/browser.rs.
cargo clippy --locked --lib --bins --test browser --target wasm32-unknown-unknown -- -D warnings
cargo clippy --locked --lib --test browser --target wasm32-unknown-unknown --features inline-worker -- -D warnings

step "native tests (domain, input parsing, URL codec)"
cargo test --locked

step "browser tests (wasm-bindgen-test in headless Chromium)"
# The wasm test runner cannot serve the results worker: the page works answers out itself.
CHROMEDRIVER="$(command -v chromedriver)" cargo test --locked --target wasm32-unknown-unknown --test browser --features inline-worker

step "release build"
trunk build --release --offline

step "end-to-end tests of dist/ in Chromium"
node --test tests/e2e/

step "cross-engine end-to-end tests of dist/ in Chromium, Firefox and WebKit (tests/e2e/engines/)"
# Every test name starts with the engine that ran it; a summary per engine ends the run. An
# engine that cannot start fails here (REQUIRE_ENGINES=1) instead of being skipped.
REQUIRE_ENGINES=1 node --test tests/e2e/engines/cross-engine.mjs
