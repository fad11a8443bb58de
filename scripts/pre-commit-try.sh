#!/usr/bin/env bash
# Installs pinned pre-commit from PyPI into a temporary virtualenv and runs this repository's
# hooks with `pre-commit try-repo` in a temporary git repository: a commit with an insecure
# change must be refused and a secure one accepted, with the `tfgate` hook (language rust:
# pre-commit builds tfgate with cargo) and with `tfgate-system` (the binary built here).
#
# Usage: scripts/pre-commit-try.sh [--system-only]
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
PRE_COMMIT_VERSION=4.5.1
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export PRE_COMMIT_HOME="$tmp/cache"

python3 -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install --quiet --disable-pip-version-check "pre-commit==$PRE_COMMIT_VERSION"
pre_commit="$tmp/venv/bin/pre-commit"
cargo build --quiet --bin tfgate
export PATH="$repo/target/debug:$PATH"

project="$tmp/project"
mkdir -p "$project/modules/keys"
git -C "$project" init -q -b main
git -C "$project" config user.name ci
git -C "$project" config user.email ci@example.com
cat > "$project/modules/keys/main.tf" <<'TF'
resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
}
TF
git -C "$project" add -A
git -C "$project" commit -q -m "a secure module"

failures=0
attempt() { # attempt <hook> <expected: pass|fail> <description>
  local hook="$1" want="$2" what="$3" got
  if (cd "$project" && "$pre_commit" try-repo "$repo" "$hook" > "$tmp/out.log" 2>&1); then got=pass; else got=fail; fi
  if [[ "$got" == "$want" ]]; then
    echo "ok    $hook: $what ($got)"
  else
    echo "FAIL  $hook: $what (expected $want, got $got)"
    cat "$tmp/out.log"
    failures=$((failures + 1))
  fi
}

hooks=(tfgate-system)
[[ "${1:-}" == "--system-only" ]] || hooks+=(tfgate)
for hook in "${hooks[@]}"; do
  # An insecure change is staged: the commit is refused.
  sed -i.bak 's/enable_key_rotation = true/enable_key_rotation = false/' "$project/modules/keys/main.tf"
  rm -f "$project/modules/keys/main.tf.bak"
  git -C "$project" add -A
  attempt "$hook" fail "refuses a commit that turns key rotation off"
  grep -q 'TFG-ENC-022' "$tmp/out.log" && echo "ok    $hook: names the rule" || { echo "FAIL  $hook: rule not named"; failures=$((failures + 1)); }
  # The fix is staged: the commit goes through.
  sed -i.bak 's/enable_key_rotation = false/enable_key_rotation = true/' "$project/modules/keys/main.tf"
  rm -f "$project/modules/keys/main.tf.bak"
  printf '\n# reviewed\n' >> "$project/modules/keys/main.tf"
  git -C "$project" add -A
  attempt "$hook" pass "accepts a secure commit"
  git -C "$project" commit -q -m "reviewed" --no-verify
done

if [[ $failures -gt 0 ]]; then
  echo "pre-commit-try: $failures check(s) failed"
  exit 1
fi
echo "pre-commit-try: all checks passed (pre-commit $PRE_COMMIT_VERSION)"
