#!/usr/bin/env bash
# Checks that scan time grows linearly: generates synthetic corpora of scale 1, 5 and 20 (the
# generator in benches/stages.rs; scale 1 is about 1,500 files) and times `tfgate check` on
# each (median of 3), printing time per file and the ratio to scale 1.
#
# usage: scripts/bench-scale.sh [SCALES...]   (default: 1 5 20)
set -euo pipefail
cd "$(dirname "$0")/.."
scales=("$@")
[ ${#scales[@]} -gt 0 ] || scales=(1 5 20)
cargo build --release --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
base=""
for s in "${scales[@]}"; do
  cargo bench --quiet --bench stages -- generate "$work/scale$s" "$s" > /dev/null
  files=$(find "$work/scale$s" -name '*.tf' | wc -l)
  median=$(python3 - "$work/scale$s" <<'PY'
import statistics, subprocess, sys, time
runs = []
for _ in range(3):
    start = time.perf_counter()
    subprocess.run(["./target/release/tfgate", "check", "--format", "json", sys.argv[1]], stdout=subprocess.DEVNULL)
    runs.append(time.perf_counter() - start)
print(f"{statistics.median(runs):.3f}")
PY
)
  rss=$( { /usr/bin/time -f '%M' ./target/release/tfgate check --format json "$work/scale$s" > /dev/null || true; } 2>&1 | tail -1)
  [ -n "$base" ] || base=$median
  ratio=$(python3 -c "print(f'{$median / $base:.2f}')")
  echo "scale $s: $files files, ${median} s (x$ratio of scale ${scales[0]}), peak RSS ${rss} KB"
  rm -rf "$work/scale$s"
done
