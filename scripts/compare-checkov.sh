#!/usr/bin/env bash
# Compares tfgate with Checkov on directories, per tfgate rule: tfgate's findings against
# Checkov's failed checks whose ids are that rule's aliases. Installs pinned Checkov into a
# temporary virtualenv (PyPI only). Prints one table per directory.
#
# usage: scripts/compare-checkov.sh DIR...
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
venv=${CHECKOV_VENV:-$(mktemp -d)/venv}
if [ ! -x "$venv/bin/checkov" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet checkov==3.3.30
fi
out=$(mktemp -d)
./target/release/tfgate rules --format json > "$out/rules.json"
for dir in "$@"; do
  name=$(basename "$dir")
  ./target/release/tfgate check --format json "$dir" > "$out/$name.tfgate.json" || true
  "$venv/bin/checkov" -d "$dir" --framework terraform -o json --quiet --compact > "$out/$name.checkov.json" 2>/dev/null || true
  python3 - "$name" "$out" <<'PY'
import collections, json, sys
name, out = sys.argv[1], sys.argv[2]
rules = json.load(open(f"{out}/rules.json"))
ours = collections.Counter(f["rule_id"] for f in json.load(open(f"{out}/{name}.tfgate.json"))["findings"] for _ in f.get("instances") or [f])
ck = json.load(open(f"{out}/{name}.checkov.json"))
ck = ck if isinstance(ck, list) else [ck]
theirs = collections.Counter(f["check_id"] for r in ck for f in r.get("results", {}).get("failed_checks", []))
print(f"\n{name}: rule, tfgate findings, Checkov failed checks (ids)")
for r in rules:
    ids = [a for a in r["aliases"] if a.startswith("CKV")]
    n_ck = sum(theirs[i] for i in ids)
    if ours[r["id"]] or n_ck:
        print(f"  {r['id']:<12} {r['name']:<40} {ours[r['id']]:>4} {n_ck:>4}  {' '.join(ids)}")
PY
done
