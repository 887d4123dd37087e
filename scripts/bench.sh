#!/usr/bin/env bash
# Benchmarks the release build (not part of scripts/test.sh): first-load weight, navigation
# to the first result, input-to-result latency on the ROI calculator, the simulation worker's
# first use and warm answers, Lighthouse mobile scores, and where the wasm's bytes go. Prints the figures and appends them, dated and with the machine, to
# bench/results.md. Extra arguments go to tests/e2e/bench.mjs (--loads N, --edits N,
# --no-lighthouse, --out FILE).
#
# The build and the measurements hold /tmp/reachwise-build.lock, so that no other build on
# this machine competes for the CPU while timings are taken.
set -euo pipefail
prev=''
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/.tools/binaryen/node_modules/.bin:$HOME/.cargo/bin:$PATH"
LOCK=/tmp/reachwise-build.lock

printf '\n==> release build\n'
flock "$LOCK" trunk build --release --offline

printf '\n==> benchmark\n'
flock "$LOCK" node tests/e2e/bench.mjs "$@"

# Where the wasm's bytes go (twiggy), on builds that keep function names: as shipped (LTO
# inlines most of the app into a few functions) and without LTO (functions keep their crate).
printf '\n==> where the bytes go (twiggy)\n'
TWIGGY_VERSION=0.8.0
if [ "$(twiggy --version 2>/dev/null || true)" != "twiggy $TWIGGY_VERSION" ]; then
  cargo install twiggy --locked --version "$TWIGGY_VERSION"
fi
OUT=bench/results.md
for arg in "$@"; do case "$prev" in --out) OUT="$arg";; esac; prev="$arg"; done
flock "$LOCK" cargo build --locked --release --target wasm32-unknown-unknown --bin reachwise
node tests/e2e/wasm-contributors.mjs target/wasm32-unknown-unknown/release/reachwise.wasm \
  --title "Where the wasm's bytes go: the shipped profile (LTO)" --out "$OUT"
flock "$LOCK" cargo build --locked --release --target wasm32-unknown-unknown --bin reachwise \
  --target-dir target/no-lto --config 'profile.release.lto=false'
node tests/e2e/wasm-contributors.mjs target/no-lto/wasm32-unknown-unknown/release/reachwise.wasm \
  --title "Where the wasm's bytes go: the same code without LTO (each function keeps its crate)" --out "$OUT"
