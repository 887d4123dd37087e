#!/usr/bin/env bash
# Benchmarks the release build (not part of scripts/test.sh): first-load weight, navigation
# to the first result, input-to-result latency on the ROI calculator, Lighthouse mobile
# scores. Prints the figures and appends them, dated and with the machine, to
# bench/results.md. Extra arguments go to tests/e2e/bench.mjs (--loads N, --edits N,
# --no-lighthouse, --out FILE).
#
# The build and the measurements hold /tmp/reachwise-build.lock, so that no other build on
# this machine competes for the CPU while timings are taken.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/.tools/binaryen/node_modules/.bin:$HOME/.cargo/bin:$PATH"
LOCK=/tmp/reachwise-build.lock

printf '\n==> release build\n'
flock "$LOCK" trunk build --release --offline

printf '\n==> benchmark\n'
flock "$LOCK" node tests/e2e/bench.mjs "$@"
