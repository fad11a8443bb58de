#!/usr/bin/env bash
# Runs `tfgate inspect` on every example directory of the given repositories and prints,
# per repository, the examples that failed to load, the number of instances and the share
# of attribute values that stayed unknown, and the warnings by kind (the causes of unknowns).
#
# usage: scripts/inspect-corpus.sh REPO_DIR...   (e.g. checkouts of terraform-aws-modules)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin="$PWD/target/release/tfgate"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for repo in "$@"; do
  name=$(basename "$repo")
  failed=0
  examples=0
  for ex in "$repo"/examples/*/; do
    examples=$((examples + 1))
    if ! "$bin" inspect "$ex" > "$out/ex.json" 2> "$out/ex.err"; then
      failed=$((failed + 1))
      echo "$name: $(basename "$ex") FAILED:"
      sed 's/^/    /' "$out/ex.err"
    fi
  done
  "$bin" inspect "$repo" > "$out/$name.json" 2>/dev/null || true
  python3 - "$name" "$out/$name.json" "$examples" "$failed" <<'PY'
import collections, json, sys
name, path, examples, failed = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
doc = json.load(open(path))
s = doc["summary"]
u = s["unknown"]
print(f"{name}: {examples} examples, {failed} with load errors; {len(doc['instances'])} instances "
      f"({s['resource_instances']} resources, {s['data_instances']} data sources); "
      f"unknown values {u['unknown_values']}/{u['known_values'] + u['unknown_values']} = {u['unknown_share']:.1%}; "
      f"unknown count/for_each {u['resources_with_unknown_count_or_for_each']}, dynamic {u['dynamic_blocks_with_unknown_for_each']}")
kinds = collections.Counter()
for w in doc["warnings"]:
    msg = w["message"]
    kinds[w["code"] + ": " + (msg.split(" is not available")[0] if w["code"] == "module-not-found" else msg[:70])] += 1
for k, n in kinds.most_common(8):
    print(f"    {n:3} {k}")
PY
done
