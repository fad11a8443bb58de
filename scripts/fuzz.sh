#!/usr/bin/env bash
# Fuzzes tfgate's input handling with cargo fuzz (libFuzzer): `hcl_load` (native and JSON
# syntax, variable files, the comment lexer), `evaluate` (a whole check of a module: evaluation,
# links, rules, suppressions, fixes, SARIF) and `plan_load` (plan JSON). Corpora are seeded from
# testdata/ and examples/ into fuzz/corpus/ (not committed); crashes land in fuzz/artifacts/.
#
# Usage: scripts/fuzz.sh [SECONDS per target, default 20] [TARGET...]
# A smoke run is `scripts/fuzz.sh 20`; the long runs behind the numbers in the closing notes
# were `scripts/fuzz.sh 1200`. Prints each target's executions.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
shift || true
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=(hcl_load evaluate plan_load)

command -v cargo-fuzz > /dev/null || cargo install cargo-fuzz --locked --version 0.13.1
# cargo fuzz passes nightly flags to rustc; the stable toolchain accepts them with this.
export RUSTC_BOOTSTRAP=1

seed() { # seed <target> <find expression...>
  local dir="fuzz/corpus/$1"
  shift
  mkdir -p "$dir"
  find testdata examples -type f \( "$@" \) -size -64k -print0 |
    while IFS= read -r -d '' f; do cp "$f" "$dir/$(echo "$f" | tr '/' '_')"; done
}
seed hcl_load -name '*.tf' -o -name '*.tfvars' -o -name '*.tf.json' -o -name '*.fixed'
seed evaluate -name '*.tf'
seed plan_load -name '*.json'

status=0
for t in "${targets[@]}"; do
  log="$(mktemp)"
  if cargo fuzz run --sanitizer none "$t" "fuzz/corpus/$t" -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 > "$log" 2>&1; then
    runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)"
    echo "fuzz $t: ${runs:-?} executions in ${seconds}s, no crash"
  else
    echo "fuzz $t: FAILED (see fuzz/artifacts/$t)"
    tail -n 40 "$log"
    status=1
  fi
  rm -f "$log"
done
exit "$status"
