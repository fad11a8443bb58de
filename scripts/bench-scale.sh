#!/usr/bin/env bash
# Checks that scan time grows linearly: generates synthetic corpora of scale 1, 5 and 20 (the
# generator in benches/stages.rs; scale 1 is about 1,500 files) and times `tfgate check` on
# each, printing wall time, CPU time (user + system) and peak RSS with the ratios to the first
# scale. Runs are interleaved (1, 5, 20, 1, 5, 20, ...) so drift in the machine's load hits
# every scale alike; medians of RUNS (default 5) are reported.
#
# usage: scripts/bench-scale.sh [SCALES...]   (default: 1 5 20; env RUNS=5)
set -euo pipefail
cd "$(dirname "$0")/.."
scales=("$@")
[ ${#scales[@]} -gt 0 ] || scales=(1 5 20)
cargo build --release --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for s in "${scales[@]}"; do
  cargo bench --quiet --bench stages -- generate "$work/scale$s" "$s" > /dev/null
done
python3 - "$work" "${RUNS:-5}" "${scales[@]}" <<'PY'
import os, statistics, subprocess, sys, time

work, runs, scales = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
exe = "./target/release/tfgate"
wall = {s: [] for s in scales}
cpu = {s: [] for s in scales}
rss = {s: 0 for s in scales}

def run(scale):
    start = time.perf_counter()
    child = subprocess.Popen([exe, "check", "--format", "json", f"{work}/scale{scale}"],
                             stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"tfgate failed on scale {scale} with status {code}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss

for s in scales:  # warm the page cache
    run(s)
for _ in range(runs):
    for s in scales:
        w, c, m = run(s)
        wall[s].append(w)
        cpu[s].append(c)
        rss[s] = max(rss[s], m)

base = scales[0]
bw, bc = statistics.median(wall[base]), statistics.median(cpu[base])
for s in scales:
    files = sum(len([f for f in fs if f.endswith(".tf")]) for _, _, fs in os.walk(f"{work}/scale{s}"))
    w, c = statistics.median(wall[s]), statistics.median(cpu[s])
    print(f"scale {s}: {files} files, wall {w:.3f} s (x{w / bw:.2f}), "
          f"cpu {c:.3f} s (x{c / bc:.2f}), peak RSS {rss[s]} KB  [median of {runs}]")
PY
