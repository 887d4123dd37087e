#!/usr/bin/env bash
# Fuzzes the URL decoder and the domain with the property tests (proptest), at a case count
# far above the 256 per property that `cargo test` runs: FUZZ_TOTAL generated inputs in all
# (default 1,000,000), spread evenly over the properties, release build, not part of
# scripts/test.sh. PROPTEST_CASES=N overrides the per-property count.
#
#   scripts/fuzz.sh                     # about 1,000,000 inputs
#   FUZZ_TOTAL=20000 scripts/fuzz.sh    # a quick check
#
# A failure prints the shrunk input and saves its seed under proptest-regressions/, so that
# every later `cargo test` replays it.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
FILTERS=(properties proptests)   # src/url_state.rs `mod properties`, src/domain/proptests.rs
total="${FUZZ_TOTAL:-1000000}"

# Build under the shared lock; the long run itself does not hold it (it only uses the CPU, niced).
flock /tmp/reachwise-build.lock cargo test --locked --release --lib --no-run

properties=$(cargo test --locked --release --lib -- --list "${FILTERS[@]}" 2>/dev/null | grep -c ': test$')
if [ "$properties" -eq 0 ]; then
  echo "fuzz: no property tests matched ${FILTERS[*]}" >&2; exit 1
fi
cases="${PROPTEST_CASES:-$(( (total + properties - 1) / properties ))}"
echo "fuzz: $properties properties x $cases cases = $(( properties * cases )) generated inputs"

# A `#![proptest_config(...)]` that sets `cases` overrides PROPTEST_CASES for its block.
if pinned=$(grep -rnE 'proptest_config\(.*(with_cases|cases *:)' src/); then
  echo "fuzz: warning: these blocks fix their own case count and ignore PROPTEST_CASES," >&2
  echo "fuzz: so they run far fewer inputs than the line above says:" >&2
  echo "$pinned" | sed 's/^/fuzz:   /' >&2
fi

start=$(date +%s)
PROPTEST_CASES="$cases" nice -n 10 cargo test --locked --release --lib -- "${FILTERS[@]}" --test-threads="$(nproc)"
echo "fuzz: passed in $(( $(date +%s) - start )) s"
