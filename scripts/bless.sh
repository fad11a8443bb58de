#!/usr/bin/env bash
# Regenerates everything derived from the rules after a deliberate change: the rule list
# (rules/README.md) and every insta snapshot (each rule fixture's findings.snap, the report
# snapshots in tests/snapshots/). Review the result with `git diff` before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --quiet -- rules --format markdown > rules/README.md
INSTA_UPDATE=always cargo test --quiet --test rule_fixtures --test reports
find testdata tests -name '*.snap.new' -delete
git status --short -- rules/README.md testdata/rules tests/snapshots
