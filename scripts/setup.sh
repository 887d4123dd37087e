#!/usr/bin/env bash
# Installs what building and testing Reachwise needs, each tool pinned and only when missing
# or at the wrong version, so a second run costs seconds. Everything comes from crates.io,
# the npm registry or Debian's archive; nothing is downloaded from anywhere else.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132.0.0   # npm package `binaryen`: Debian's wasm-opt (108) cannot read today's wasm
TOOLS_DIR=.tools           # git-ignored, project-local

say() { printf '[setup] %s\n' "$*" >&2; }
export PATH="$HOME/.cargo/bin:$PATH"

# 1. The wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. Trunk, at the version that builds with this machine's rustc.
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 7 minutes on 2 cores)"
  cargo install trunk --locked --version "$TRUNK_VERSION"
fi

# 3. The wasm-bindgen CLI at exactly the version Cargo.lock holds (Trunk and the test runner
#    refuse any other). `--locked` is not used: the CLI's own lockfile pins a crate that the
#    registry no longer has.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$bindgen_version" ]; then
  say "Cargo.lock has no wasm-bindgen entry"; exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version (about 4 minutes)"
  cargo install wasm-bindgen-cli --version "$bindgen_version"
fi

# 4. wasm-opt from the npm package `binaryen`, pinned, in a project-local folder.
if [ "$("$TOOLS_DIR/binaryen/node_modules/.bin/wasm-opt" --version 2>/dev/null | awk '{print $3}')" != "${BINARYEN_VERSION%%.*}" ]; then
  say "installing binaryen $BINARYEN_VERSION from npm into $TOOLS_DIR/binaryen"
  mkdir -p "$TOOLS_DIR/binaryen"
  npm install --loglevel=error --no-save --no-package-lock --prefix "$TOOLS_DIR/binaryen" "binaryen@$BINARYEN_VERSION"
fi

# 5. Chromium and its driver from Debian, for the browser and end-to-end tests.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing chromium and chromium-driver from Debian"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# 6. The end-to-end test's npm packages (playwright-core drives Debian's Chromium).
if [ ! -d tests/e2e/node_modules ] || [ tests/e2e/package-lock.json -nt tests/e2e/node_modules/.package-lock.json ]; then
  say "installing the end-to-end test packages"
  npm ci --loglevel=error --prefix tests/e2e
fi
say "tools ready"
