#!/usr/bin/env bash
# Runs this repository's pre-commit hooks the way a user's project does: pinned pre-commit
# from PyPI in a temporary virtualenv, and a project whose .pre-commit-config.yaml names this
# repository at a commit SHA (`rev:` is HEAD). A commit with an insecure change must be
# refused naming the rule, and a secure one accepted, with both hooks:
#
#   tfgate-system  the tfgate on PATH: TFGATE_BIN, default target/debug/tfgate (the binary
#                  `cargo test` in .ci/run has already built; built here only if missing).
#   tfgate         pre-commit clones the commit and scripts/pre-commit-hook.sh builds it with
#                  `cargo build --locked`. So that this check does not pay a release build on
#                  every run, the hook builds with the dev profile into a target directory kept
#                  between runs (PRE_COMMIT_TRY_TARGET_DIR, default target/pre-commit-try): the
#                  first run builds the dependencies, later runs only tfgate itself. Users'
#                  hooks build with the release profile (README, Install, gives the time).
#
# The hooks come from the commit, so uncommitted changes are not tried (a warning says so).
# Prints the time of each part.
#
# Usage: scripts/pre-commit-try.sh [--system-only]
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
PRE_COMMIT_VERSION=4.5.1
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export PRE_COMMIT_HOME="$tmp/cache"
start=$SECONDS
elapsed() { echo "$((SECONDS - start)) s"; }

binary="${TFGATE_BIN:-$repo/target/debug/tfgate}"
[[ -x "$binary" ]] || cargo build --quiet --bin tfgate
mkdir -p "$tmp/bin"
cp "$binary" "$tmp/bin/tfgate"
rev="$(git rev-parse HEAD)"
if [[ -n "$(git status --porcelain -- .pre-commit-hooks.yaml scripts/pre-commit-hook.sh src Cargo.toml Cargo.lock)" ]]; then
  echo "pre-commit-try: warning: uncommitted changes; the hooks are tried at the commit $rev"
fi

python3 -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install --quiet --disable-pip-version-check "pre-commit==$PRE_COMMIT_VERSION"
pre_commit="$tmp/venv/bin/pre-commit"
echo "pre-commit $PRE_COMMIT_VERSION installed ($(elapsed))"

project="$tmp/project"
mkdir -p "$project/modules/keys"
git -C "$project" init -q -b main
git -C "$project" config user.name ci
git -C "$project" config user.email ci@example.com
cat > "$project/modules/keys/main.tf" << 'TF'
resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AccountAdministers"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}
TF
git -C "$project" add -A
git -C "$project" commit -q -m "a secure module"

failures=0
attempt() { # attempt <hook> <expected: pass|fail> <description>
  local hook="$1" want="$2" what="$3" got
  cat > "$project/.pre-commit-config.yaml" << YAML
repos:
  - repo: $repo
    rev: $rev
    hooks:
      - id: $hook
YAML
  if (cd "$project" && PATH="$tmp/bin:$PATH" "$pre_commit" run --config .pre-commit-config.yaml > "$tmp/out.log" 2>&1); then
    got=pass
  else
    got=fail
  fi
  if [[ "$got" == "$want" ]]; then
    echo "ok    $hook: $what ($got, $(elapsed))"
  else
    echo "FAIL  $hook: $what (expected $want, got $got)"
    cat "$tmp/out.log"
    failures=$((failures + 1))
  fi
}

target_dir="${PRE_COMMIT_TRY_TARGET_DIR:-$repo/target/pre-commit-try}"
hooks=(tfgate-system)
[[ "${1:-}" == "--system-only" ]] || hooks+=(tfgate)
for hook in "${hooks[@]}"; do
  if [[ "$hook" == tfgate && -d "$target_dir" ]]; then
    # pre-commit's clone has a new path each run, so cargo gives its tfgate new file names:
    # the previous run's (about 450 MB) are removed; the dependencies stay.
    cargo clean --quiet -p tfgate --profile dev --target-dir "$target_dir" --manifest-path "$repo/Cargo.toml"
  fi
  export CARGO_TARGET_DIR="$target_dir" TFGATE_HOOK_PROFILE=dev CARGO_INCREMENTAL=0
  # An insecure change is staged: the commit is refused.
  sed -i.bak 's/enable_key_rotation = true/enable_key_rotation = false/' "$project/modules/keys/main.tf"
  rm -f "$project/modules/keys/main.tf.bak"
  git -C "$project" add modules
  attempt "$hook" fail "refuses a commit that turns key rotation off"
  if grep -q 'TFG-ENC-022' "$tmp/out.log"; then
    echo "ok    $hook: names the rule"
  else
    echo "FAIL  $hook: rule not named"
    cat "$tmp/out.log"
    failures=$((failures + 1))
  fi
  # The fix is staged: the commit goes through.
  sed -i.bak 's/enable_key_rotation = false/enable_key_rotation = true/' "$project/modules/keys/main.tf"
  rm -f "$project/modules/keys/main.tf.bak"
  printf '\n# reviewed\n' >> "$project/modules/keys/main.tf"
  git -C "$project" add modules
  attempt "$hook" pass "accepts a secure commit"
  git -C "$project" commit -q -m "reviewed" --no-verify
  unset CARGO_TARGET_DIR TFGATE_HOOK_PROFILE CARGO_INCREMENTAL
done

if [[ $failures -gt 0 ]]; then
  echo "pre-commit-try: $failures check$([[ $failures == 1 ]] || echo s) failed"
  exit 1
fi
echo "pre-commit-try: all checks passed (pre-commit $PRE_COMMIT_VERSION, $(elapsed))"
