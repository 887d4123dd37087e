#!/usr/bin/env bash
# Fuzzes the URL decoder and the domain with the property tests (proptest) far beyond the 256
# cases per property that `cargo test` runs: FUZZ_TOTAL generated inputs in all (default
# 1,000,000), release build, not part of scripts/test.sh.
#
#   scripts/fuzz.sh                     # at least 1,000,000 inputs
#   FUZZ_TOTAL=20000 scripts/fuzz.sh    # a quick check
#   PROPTEST_CASES=5000 scripts/fuzz.sh # a fixed count per property instead
#
# proptest reads PROPTEST_CASES, except in a `proptest!` block whose
# `#![proptest_config(ProptestConfig::with_cases(N))]` fixes N: those properties run N cases
# whatever the variable says. The script counts them at their N and spreads the rest of
# FUZZ_TOTAL over the properties that do follow PROPTEST_CASES.
#
# A failure prints the shrunk input and saves its seed under proptest-regressions/, so that
# every later `cargo test` replays it.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
FILTERS=(properties proptests roster_fuzz)   # src/url_state.rs `mod properties`, src/domain/proptests.rs, the roster parser (src/domain/roster/parse.rs `mod roster_fuzz`)
total="${FUZZ_TOTAL:-1000000}"

# Build under the shared lock; the long run itself does not hold it (it only uses the CPU, niced).
flock /tmp/reachwise-build.lock cargo test --locked --release --lib --no-run

# The fixed case count of a test's block, or nothing: the module path a::b::test maps to
# src/a/b.rs, src/a/b/mod.rs or (an inline module) src/a.rs.
pinned_cases() {
  local path="${1%::*}" file
  path="${path//:://}"
  for file in "src/$path.rs" "src/$path/mod.rs" "src/${path%/*}.rs"; do
    if [ -f "$file" ]; then
      grep -oE 'proptest_config\(ProptestConfig::with_cases\(([0-9_]+)\)' "$file" | grep -oE '[0-9_]+\)$' | tr -d '_)' | head -1 || true
      return
    fi
  done
}

tests=$(cargo test --locked --release --lib -- --list "${FILTERS[@]}" 2>/dev/null | sed -n 's/: test$//p')
free=0 fixed=0 fixed_inputs=0
for t in $tests; do
  n=$(pinned_cases "$t")
  if [ -n "$n" ]; then fixed=$((fixed + 1)); fixed_inputs=$((fixed_inputs + n)); else free=$((free + 1)); fi
done
if [ $((free + fixed)) -eq 0 ]; then
  echo "fuzz: no property tests matched ${FILTERS[*]}" >&2; exit 1
fi
if [ -n "${PROPTEST_CASES:-}" ]; then
  cases="$PROPTEST_CASES"
elif [ "$free" -gt 0 ]; then
  rest=$((total - fixed_inputs)); [ "$rest" -gt 0 ] || rest=$free
  cases=$(( (rest + free - 1) / free ))
else
  cases=256
fi
echo "fuzz: $free properties x $cases cases + $fixed properties at a fixed count ($fixed_inputs cases) = $((free * cases + fixed_inputs)) generated inputs"
if [ "$fixed" -gt 0 ]; then
  echo "fuzz: note: the blocks below fix their case count and ignore PROPTEST_CASES:" >&2
  grep -rnE 'proptest_config\(ProptestConfig::with_cases' src/ | sed 's/^/fuzz:   /' >&2
fi

start=$(date +%s)
PROPTEST_CASES="$cases" nice -n 10 cargo test --locked --release --lib -- "${FILTERS[@]}" --test-threads="$(nproc)"
echo "fuzz: passed in $(( $(date +%s) - start )) s"
