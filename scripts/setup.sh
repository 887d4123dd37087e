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

# The other two browser engines (step 7 below).
install_engines() {
  GECKODRIVER_VERSION=0.37.1
  as_root=""
  [ "$(id -u)" -eq 0 ] || as_root="sudo"
  engine_packages=()
  command -v firefox-esr >/dev/null || engine_packages+=(firefox-esr)
  command -v WebKitWebDriver >/dev/null || engine_packages+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null || engine_packages+=(xvfb)
  command -v xauth >/dev/null || engine_packages+=(xauth)
  [ -x /usr/sbin/locale-gen ] || engine_packages+=(locales)
  if [ "${#engine_packages[@]}" -gt 0 ]; then
    say "installing ${engine_packages[*]} from Debian (about 1.5 minutes)"
    $as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq "${engine_packages[@]}" >/dev/null
  fi
  if ! ls /usr/lib/*/webkit*gtk-*/MiniBrowser >/dev/null 2>&1; then
    say "WebKitGTK's MiniBrowser is missing (expected in the library package, e.g. libwebkit2gtk-4.1-0)"; exit 1
  fi
  if ! locale -a 2>/dev/null | grep -qix 'en_US.utf8'; then
    say "generating the en_US.UTF-8 locale"
    $as_root sed -i 's/^# *en_US.UTF-8 UTF-8/en_US.UTF-8 UTF-8/' /etc/locale.gen
    grep -q '^en_US.UTF-8 UTF-8' /etc/locale.gen || echo 'en_US.UTF-8 UTF-8' | $as_root tee -a /etc/locale.gen >/dev/null
    $as_root /usr/sbin/locale-gen >/dev/null
  fi
  if [ "$(geckodriver --version 2>/dev/null | awk 'NR == 1 { print $2 }')" != "$GECKODRIVER_VERSION" ]; then
    say "installing geckodriver $GECKODRIVER_VERSION (about 5 minutes)"
    cargo install geckodriver --locked --version "$GECKODRIVER_VERSION"
  fi
}

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
# 7. The other two engines of the cross-engine tests (tests/e2e/engines/), from Debian and
#    crates.io: Firefox ESR driven by geckodriver; WebKitGTK's MiniBrowser (shipped in the
#    WebKitGTK library package that webkit2gtk-driver pulls in) driven by WebKitWebDriver,
#    drawing into Xvfb (xvfb-run needs xauth); and the en_US.UTF-8 locale the WebKit run sets,
#    so that numbers are formatted as people see them ("13,750"). Only the tests need them:
#    scripts/serve.sh sets SETUP_ENGINES=0.
if [ "${SETUP_ENGINES:-1}" = 1 ]; then
  install_engines
fi
say "tools ready"
