#!/usr/bin/env bash
# Score tfgate on the peers' labeled samples (Trivy, KICS, Checkov) with the project's own
# judgements added: docs/peer-judged.tsv is appended to a temporary copy of the harness's
# judged.tsv, then score.py runs with both scopes (scope_controls.csv and controls-next.csv).
#
#   scripts/peer-suite.sh [BIN] [--raw-too] [extra score.py args]
#
# BIN defaults to target/debug/tfgate. PEER_SUITE points at the harness (default
# /work/shared/peer-suite); PEER_SUITE_NEXT at controls-next.csv (default: beside the harness).
# Prints the summary line; with --raw-too also the line judged by the harness's judged.tsv only.
# Extra arguments go to score.py (e.g. --workers 2 --data /tmp/ps-me --json out.json --verbose).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
suite=${PEER_SUITE:-/work/shared/peer-suite}
next=${PEER_SUITE_NEXT:-$(dirname "$suite")/controls-next.csv}
bin=$root/target/debug/tfgate
if [[ $# -gt 0 && $1 != -* ]]; then
    bin=$1
    shift
fi
raw_too=0
args=()
for a in "$@"; do
    if [[ $a == --raw-too ]]; then raw_too=1; else args+=("$a"); fi
done

[[ -f $suite/score.py ]] || { echo "peer-suite: no score.py in $suite (set PEER_SUITE)" >&2; exit 2; }
[[ -f $next ]] || { echo "peer-suite: no $next (set PEER_SUITE_NEXT)" >&2; exit 2; }
[[ -x $bin ]] || { echo "peer-suite: $bin is not an executable (cargo build first)" >&2; exit 2; }
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")

tmp=$(mktemp -d "${TMPDIR:-/tmp}/peer-suite.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
suite=$(cd "$suite" && pwd)
cp -r "$suite" "$tmp/suite"
# The harness looks for the peer mirrors in the nearest ancestor's `.mirror`; the copy in the
# temp dir has none, so point it at the one the original would use.
if [[ -z ${PEER_SUITE_MIRRORS:-} ]]; then
    d=$suite
    while [[ $d != / ]]; do
        if [[ -d $d/.mirror ]]; then export PEER_SUITE_MIRRORS=$d/.mirror; break; fi
        d=$(dirname "$d")
    done
fi
# judged.tsv may or may not end with a newline; the project's rows go after its last row.
if [[ -s $tmp/suite/judged.tsv && -n $(tail -c1 "$tmp/suite/judged.tsv") ]]; then
    echo >>"$tmp/suite/judged.tsv"
fi
tail -n +2 "$root/docs/peer-judged.tsv" >>"$tmp/suite/judged.tsv"

run() { # dir, log
    python3 "$1/score.py" "$bin" --scope "$1/scope_controls.csv" --scope "$next" ${args[@]+"${args[@]}"} >"$2" 2>&1 || {
        cat "$2" >&2
        exit 2
    }
}
if [[ $raw_too == 1 ]]; then
    # The official run first: the project's run comes last, so --json/--data hold its results.
    run "$suite" "$tmp/official.log"
fi
run "$tmp/suite" "$tmp/project.log"
grep -v '^peer-suite:' "$tmp/project.log" || true
if [[ $raw_too == 1 ]]; then
    echo "official judged.tsv only:"
    tail -n 1 "$tmp/official.log"
    echo "with docs/peer-judged.tsv:"
fi
tail -n 1 "$tmp/project.log"
