#!/usr/bin/env bash
# Runs the GitHub Action's shell steps (scripts/action/install.sh and run.sh) locally in a
# fake GitHub environment (a temporary workspace that is a git repository with a pull request
# branch, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_PATH, RUNNER_* variables) with a locally
# built binary, and checks what the action promises: exit status passed through or soft-failed,
# outputs, SARIF written, the summary appended, annotations only on the changed files.
#
# Usage: scripts/action-local.sh [path/to/tfgate]   (default: target/debug/tfgate, built if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
binary="${1:-$repo/target/debug/tfgate}"
[[ -x "$binary" ]] || cargo build --quiet --bin tfgate
binary="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
failures=0
check() { # check <description> <condition...>
  local what="$1"
  shift
  if "$@"; then echo "ok    $what"; else echo "FAIL  $what"; failures=$((failures + 1)); fi
}

# The workspace: a repository whose pull request changes one module.
ws="$tmp/workspace"
mkdir -p "$ws"
cp -r "$repo/examples/quickstart" "$ws/infra"
cp -r "$repo/examples/change-control" "$ws/ok"
git -C "$ws" init -q -b main
git -C "$ws" -c user.name=ci -c user.email=ci@example.com add -A
git -C "$ws" -c user.name=ci -c user.email=ci@example.com commit -q -m base
git -C "$ws" update-ref refs/remotes/origin/main HEAD
git -C "$ws" checkout -q -b feature
printf '\n# a change in the pull request\n' >> "$ws/infra/modules/web/main.tf"
git -C "$ws" -c user.name=ci -c user.email=ci@example.com commit -q -am change

export RUNNER_OS=Linux RUNNER_ARCH=X64 RUNNER_TOOL_CACHE="$tmp/toolcache"
export GITHUB_PATH="$tmp/github_path" GITHUB_OUTPUT="$tmp/github_output" GITHUB_STEP_SUMMARY="$tmp/summary.md"
: > "$GITHUB_PATH"

# Install step.
TFGATE_VERSION=local TFGATE_BINARY="$binary" bash "$repo/scripts/action/install.sh" > "$tmp/install.log"
installed="$(head -n 1 "$GITHUB_PATH")/tfgate"
check "install puts tfgate on GITHUB_PATH" test -x "$installed"
check "the installed binary runs" grep -q '^tfgate ' "$tmp/install.log"

run() { # run <expected exit> <env assignments...>
  local want="$1"
  shift
  : > "$GITHUB_OUTPUT"
  set +e
  (cd "$ws" && env TFGATE="$installed" GITHUB_BASE_REF=main "$@" bash "$repo/scripts/action/run.sh" > "$tmp/run.log" 2>&1)
  local got=$?
  set -e
  check "exit status $want for $*" test "$got" -eq "$want"
}
output() { sed -n "s/^$1=//p" "$GITHUB_OUTPUT"; }

# Findings fail the step, with every output and file in place.
run 1 TFGATE_PATHS=infra TFGATE_SARIF_FILE=results.sarif
check "exit-code output is 1" test "$(output exit-code)" = 1
check "sarif-file output" test "$(output sarif-file)" = results.sarif
check "findings output counts the findings" test "$(output findings)" -gt 0
check "SARIF 2.1.0 written" grep -q '"version": "2.1.0"' "$ws/results.sarif"
check "summary appended to GITHUB_STEP_SUMMARY" grep -q '^## tfgate: ' "$GITHUB_STEP_SUMMARY"
check "the text report is in the log" grep -q 'finding(s):' "$tmp/run.log"
check "annotations on the changed file" grep -q '^::error file=infra/modules/web/main.tf' "$tmp/run.log"
check "no annotations on unchanged files" bash -c "! grep -q '^::[a-z]* file=infra/main.tf' '$tmp/run.log'"

# Soft fail turns findings into a passing step, but keeps the exit code output.
run 0 TFGATE_PATHS=infra TFGATE_SOFT_FAIL=true
check "soft-fail keeps exit-code output 1" test "$(output exit-code)" = 1

# A threshold from the inputs.
run 0 TFGATE_PATHS=infra/modules/web TFGATE_FAIL_ON=critical "TFGATE_EXTRA_ARGS=--ignore ssh-open-to-internet"

# A project within its baseline passes.
run 0 TFGATE_PATHS=ok
check "exit-code output is 0" test "$(output exit-code)" = 0

# Errors in the input fail even with soft-fail.
printf 'resource "aws_s3_bucket" "broken" {\n' > "$ws/ok/broken.tf"
run 2 TFGATE_PATHS=ok TFGATE_SOFT_FAIL=true
check "errors are annotated" grep -q '^::error file=ok/broken.tf,line=' "$tmp/run.log"

if [[ $failures -gt 0 ]]; then
  echo "action-local: $failures check(s) failed; the last run's log:"
  cat "$tmp/run.log"
  exit 1
fi
echo "action-local: all checks passed"
