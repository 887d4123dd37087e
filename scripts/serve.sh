#!/usr/bin/env bash
# Builds Reachwise and serves it on 127.0.0.1, rebuilding on change. Installs what is missing
# first (scripts/setup.sh). PORT=9000 scripts/serve.sh picks another port; --release builds
# the optimised site.
set -euo pipefail
cd "$(dirname "$0")/.."
# Serving needs no browser engines; the tests install them (scripts/test.sh).
SETUP_ENGINES=0 scripts/setup.sh
export PATH="$PWD/.tools/binaryen/node_modules/.bin:$HOME/.cargo/bin:$PATH"
port="${PORT:-8080}"
echo "Reachwise will be at http://127.0.0.1:$port/ once built (Ctrl-C stops it)."
exec trunk serve --offline --address 127.0.0.1 --port "$port" "$@"
