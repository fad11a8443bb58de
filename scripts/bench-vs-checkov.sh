#!/usr/bin/env bash
# Times tfgate and Checkov (pinned, installed into a temporary virtualenv from PyPI) on the
# same directory, one after the other: wall time and peak RSS from /usr/bin/time -v, then the
# ratios. tfgate runs several times and reports its median. tfgate is built with the `dist`
# profile, as the released binaries are.
#
# usage: scripts/bench-vs-checkov.sh DIR
set -euo pipefail
dir=${1:?usage: scripts/bench-vs-checkov.sh DIR}
cd "$(dirname "$0")/.."
cargo build --profile dist --quiet
venv=${CHECKOV_VENV:-$(mktemp -d)/venv}
if [ ! -x "$venv/bin/checkov" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet checkov==3.3.30
fi
out=$(mktemp -d)
measure() { # label, command...
  local label=$1
  shift
  /usr/bin/time -v "$@" > /dev/null 2> "$out/$label.time" || true
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$out/$label.time")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/$label.time")
  python3 - "$wall" "$rss" <<'PY'
import sys
wall, rss = sys.argv[1], int(sys.argv[2])
parts = [float(p) for p in wall.split(":")]
secs = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
print(f"{secs:.3f} {rss}")
PY
}
for i in 1 2 3 4 5; do measure tfgate ./target/dist/tfgate check --format json "$dir"; done > "$out/tfgate.runs"
sort -n "$out/tfgate.runs" | sed -n 3p > "$out/tfgate.median"
measure checkov "$venv/bin/checkov" -d "$dir" --framework terraform -o json --quiet --compact > "$out/checkov.run"
read -r t_wall t_rss < "$out/tfgate.median"
read -r c_wall c_rss < "$out/checkov.run"
python3 - "$t_wall" "$t_rss" "$c_wall" "$c_rss" <<'PY'
import sys
tw, tr, cw, cr = float(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
print(f"tfgate : {tw:8.3f} s wall, {tr / 1024:8.1f} MB peak RSS (median of 5)")
print(f"checkov: {cw:8.3f} s wall, {cr / 1024:8.1f} MB peak RSS")
print(f"ratio  : {cw / max(tw, 1e-9):8.0f}x faster, {cr / max(tr, 1):.1f}x less memory")
PY
