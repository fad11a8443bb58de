#!/usr/bin/env bash
# Runs the GitHub Action's shell steps (scripts/action/*.sh) locally in a fake GitHub
# environment and checks what the action promises. Offline: nothing leaves the machine.
#
# The download path: a signing key pair is made for this run (ssh-keygen, Ed25519; thrown
# away at the end) and a fake release server is a directory read through file:// URLs, laid
# out as GitHub's (download/vVERSION/..., latest/download/...). The release holds the local
# binary, packed and signed by scripts/action/sign-release.sh as the release workflow does.
# Checked: `latest` resolves to a version before the cache step; a good release verifies and
# runs, from the download and from the cache; a tampered archive (in the cache or on the
# server), a rewritten SHA256SUMS, another key's signature and an older release standing in
# are refused with an ::error:: before anything runs; a missing release and an empty server
# print the `build-from-source: true` hint; the repository's own allowed_signers refuses this
# run's key.
# The check step: exit status passed through or soft-failed, outputs, SARIF written, the
# summary appended, annotations only on the changed files, extra-args passed without a shell,
# plan mode (`--new-only` on a pull request with a plan).
# The module step: `terraform get` runs in a root with a module block when terraform is on
# PATH (skipped, and said so, when it is not).
#
# Usage: scripts/action-local.sh [path/to/tfgate]   (default: target/debug/tfgate, built if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
binary="${1:-$repo/target/debug/tfgate}"
[[ -x "$binary" ]] || cargo build --quiet --bin tfgate
binary="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"
for tool in ssh-keygen curl tar git openssl; do
  command -v "$tool" > /dev/null || { echo "action-local: $tool is needed"; exit 1; }
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
failures=0
check() { # check <description> <condition...>
  local what="$1"
  shift
  if "$@"; then echo "ok    $what"; else echo "FAIL  $what"; failures=$((failures + 1)); fi
}
has() { grep -qF -- "$2" "$1"; }     # has <file> <text>
lacks() { ! grep -qF -- "$2" "$1"; } # lacks <file> <text>

# The runner.
case "$(uname -s)" in Darwin) RUNNER_OS=macOS ;; *) RUNNER_OS=Linux ;; esac
case "$(uname -m)" in arm64 | aarch64) RUNNER_ARCH=ARM64 ;; *) RUNNER_ARCH=X64 ;; esac
export RUNNER_OS RUNNER_ARCH RUNNER_TOOL_CACHE="$tmp/toolcache" RUNNER_TEMP="$tmp/runner-temp"
export GITHUB_PATH="$tmp/github_path" GITHUB_OUTPUT="$tmp/github_output" GITHUB_STEP_SUMMARY="$tmp/summary.md"
mkdir -p "$RUNNER_TEMP"
version="$("$binary" --version | cut -d' ' -f2)"
TFGATE_VERSION="$version" GITHUB_OUTPUT="$tmp/target.out" bash scripts/action/install.sh resolve > /dev/null
target="$(sed -n 's/^target=//p' "$tmp/target.out")"
archive="tfgate-$version-$target.tar.gz"

# A release signed with this run's key, by the release workflow's script.
ssh-keygen -q -t ed25519 -N '' -C 'tfgate action-local key' -f "$tmp/key"
ssh-keygen -q -t ed25519 -N '' -C 'someone else' -f "$tmp/other-key"
printf 'tfgate-release namespaces="tfgate-release" %s\n' "$(cut -d' ' -f1,2 < "$tmp/key.pub")" > "$tmp/allowed_signers"
pack() { # pack <dir> <version> <program>: tfgate-<version>-<target>.tar.gz in <dir>, holding <program> as tfgate
  mkdir -p "$tmp/stage" "$1"
  cp "$3" "$tmp/stage/tfgate"
  tar -czf "$1/tfgate-$2-$target.tar.gz" -C "$tmp/stage" tfgate
  rm -rf "$tmp/stage"
}
sign() { # sign <dir> <version> <private key file>
  TFGATE_SIGNING_KEY="$(cat "$3")" TFGATE_ALLOWED_SIGNERS="$tmp/allowed_signers" GITHUB_OUTPUT="$tmp/sign.out" \
    bash scripts/action/sign-release.sh "$2" "$1"
}
good="$tmp/good/download/v$version"
pack "$good" "$version" "$binary"
: > "$tmp/sign.out"
sign "$good" "$version" "$tmp/key" > "$tmp/sign.log" 2>&1
check "sign-release signs SHA256SUMS" test -s "$good/SHA256SUMS.sig"
check "sign-release lists the 4 targets not built" test "$(grep -c '^missing: ' "$tmp/sign.log")" -eq 4
check "sign-release writes them as the output missing" grep -q "^missing=.*aarch64-apple-darwin" "$tmp/sign.out"
check "sign-release refuses a key the allowed signers lack" bash -c \
  "! TFGATE_SIGNING_KEY=\"\$(cat '$tmp/other-key')\" TFGATE_ALLOWED_SIGNERS='$tmp/allowed_signers' bash scripts/action/sign-release.sh '$version' '$good' > /dev/null 2>&1"
sign "$good" "$version" "$tmp/key" > /dev/null 2>&1
mkdir -p "$tmp/good/latest"
ln -s "../download/v$version" "$tmp/good/latest/download"

# A program that must never run: it leaves a mark.
mark="$tmp/tampered-binary-ran"
printf '#!/bin/sh\ntouch "%s"\necho "tfgate %s"\n' "$mark" "$version" > "$tmp/evil"
chmod +x "$tmp/evil"
pack "$tmp/evil-pack" "$version" "$tmp/evil"
evil_archive="$tmp/evil-pack/$archive"

export TFGATE_ALLOWED_SIGNERS="$tmp/allowed_signers"
server() { export TFGATE_RELEASES_URL="file://$1"; }
cached="$RUNNER_TOOL_CACHE/tfgate/$version/$target"
install_steps() { # install_steps <log> <version input>: the resolve and install steps as action.yml runs them
  : > "$tmp/resolve.out"
  : > "$tmp/install.out"
  : > "$GITHUB_PATH"
  GITHUB_OUTPUT="$tmp/resolve.out" TFGATE_VERSION="$2" bash scripts/action/install.sh resolve > "$1" 2>&1 || return 1
  GITHUB_OUTPUT="$tmp/install.out" TFGATE_VERSION="$(sed -n 's/^version=//p' "$tmp/resolve.out")" \
    bash scripts/action/install.sh install >> "$1" 2>&1
}
refused() { # refused <case> <version input> <text of the ::error:: (a grep pattern)>
  local log="$tmp/$1.log"
  if install_steps "$log" "$2"; then
    echo "FAIL  $1: installed"
    failures=$((failures + 1))
    cat "$log"
    return
  fi
  check "$1: ::error:: saying \"$3\"" grep -q "^::error::.*$3" "$log"
  check "$1: nothing put on PATH" test ! -s "$GITHUB_PATH"
  check "$1: the tampered binary did not run" test ! -e "$mark"
}

# A good release: `latest` resolves, verifies, installs, runs.
server "$tmp/good"
install_steps "$tmp/good.log" latest || { cat "$tmp/good.log"; exit 1; }
check "latest resolves to $version before the cache step" grep -qx "version=$version" "$tmp/resolve.out"
check "the cache directory names the version, not latest" grep -qx "dir=$cached" "$tmp/resolve.out"
check "downloaded and verified" has "$tmp/good.log" "signature and sha256 verified (downloaded from"
check "install puts tfgate on GITHUB_PATH" test -x "$(head -n 1 "$GITHUB_PATH")/tfgate"
check "the version output" grep -qx "version=$version" "$tmp/install.out"
cp "$(head -n 1 "$GITHUB_PATH")/tfgate" "$tmp/tfgate-installed"
installed="$tmp/tfgate-installed"
check "the installed binary runs" bash -c "'$installed' --version | grep -qx 'tfgate $version'"
install_steps "$tmp/pinned.log" "v$version" || cat "$tmp/pinned.log"
check "a pinned version (v$version) installs from the cache, verified again" has "$tmp/pinned.log" "signature and sha256 verified (from the cache)"

# The cache is not trusted.
cp "$evil_archive" "$cached/$archive"
refused tampered-cache "$version" "(from the cache) does not match the signed SHA256SUMS of tfgate $version"
check "tampered-cache: the cached files are removed" test ! -e "$cached"
install_steps "$tmp/again.log" "$version" || cat "$tmp/again.log"
cp "$evil_archive" "$cached/$archive"
printf '%s  %s\n' "$(openssl dgst -sha256 -r "$evil_archive" | cut -d' ' -f1)" "$archive" > "$cached/SHA256SUMS"
refused rewritten-sums-in-cache "$version" "signature of SHA256SUMS for tfgate $version (from the cache) does not verify"

# Nor is the release server.
cp -R "$tmp/good" "$tmp/tampered"
cp "$evil_archive" "$tmp/tampered/download/v$version/$archive"
server "$tmp/tampered"
refused tampered-release "$version" "$archive (downloaded from file://$tmp/tampered/download/v$version) does not match"
cp -R "$tmp/good" "$tmp/other"
rm "$tmp/other/download/v$version/SHA256SUMS.sig"
ssh-keygen -q -Y sign -f "$tmp/other-key" -n tfgate-release "$tmp/other/download/v$version/SHA256SUMS" 2> /dev/null
server "$tmp/other"
refused other-key "$version" "does not verify against the keys"
old=0.0.1
pack "$tmp/old/download/v$old" "$old" "$tmp/evil"
sign "$tmp/old/download/v$old" "$old" "$tmp/key" > /dev/null 2>&1
mkdir -p "$tmp/rollback/download/v$version"
cp "$tmp/old/download/v$old/SHA256SUMS" "$tmp/old/download/v$old/SHA256SUMS.sig" "$tmp/rollback/download/v$version/"
cp "$tmp/old/download/v$old/tfgate-$old-$target.tar.gz" "$tmp/rollback/download/v$version/$archive"
server "$tmp/rollback"
refused older-release-standing-in "$version" "the signed SHA256SUMS of tfgate $version does not list $archive"

# Missing releases say what to do.
server "$tmp/good"
refused missing-release 9.9.9 "could not download tfgate 9.9.9 .*Set \`build-from-source: true\`"
mkdir -p "$tmp/empty"
server "$tmp/empty"
refused no-release-yet latest "could not download the release \`latest\` .*Set \`build-from-source: true\`"
server "$tmp/good"
refused bad-version-input '1.0; touch pwned' "input \`version\` must be"
# The repository's own keys: none until the first release, and never this run's.
unset TFGATE_ALLOWED_SIGNERS
refused repository-keys "$version" "Set \`build-from-source: true\`"
export TFGATE_ALLOWED_SIGNERS="$tmp/allowed_signers"
if grep -q '^[^#[:space:]]' scripts/action/allowed_signers; then
  echo "note  scripts/action/allowed_signers holds a release key"
else
  echo "note  scripts/action/allowed_signers holds no key yet: downloads are refused until the first release"
fi

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
check "the text report is in the log" grep -Eq 'findings?: [0-9]+ critical' "$tmp/run.log"
check "annotations on the changed file" grep -q '^::error file=infra/modules/web/main.tf' "$tmp/run.log"
check "no annotations on unchanged files" lacks "$tmp/run.log" '::error file=infra/main.tf'

# Soft fail turns findings into a passing step, but keeps the exit code output.
run 0 TFGATE_PATHS=infra TFGATE_SOFT_FAIL=true
check "soft-fail keeps exit-code output 1" test "$(output exit-code)" = 1

# A threshold from the inputs; extra-args with quotes.
run 0 TFGATE_PATHS=infra/modules/web TFGATE_FAIL_ON=critical "TFGATE_EXTRA_ARGS=--ignore 'ssh-open-to-internet'"

# extra-args is never run by a shell: the words reach tfgate as written (here as paths that
# do not exist, so tfgate exits 2) and nothing is executed.
run 2 TFGATE_PATHS=ok 'TFGATE_EXTRA_ARGS=--fail-on never $(touch pwned) `touch pwned2`; touch pwned3'
check "extra-args: nothing executed" test ! -e "$ws/pwned" -a ! -e "$ws/pwned2" -a ! -e "$ws/pwned3" -a ! -e "$ws/ok/pwned"
check "extra-args: \$(touch reached tfgate as a path" has "$tmp/run.log" '$(touch'

# A project within its baseline passes.
run 0 TFGATE_PATHS=ok
check "exit-code output is 0" test "$(output exit-code)" = 0

# Plan mode: on a pull request a plan's findings that all predate it pass (`--new-only`);
# with `new-only: false` they fail; a plan whose drift breaks the baseline fails either way.
cp -r "$repo/testdata/plans/handwritten/drift-noop" "$ws/planned"
cp -r "$repo/testdata/plans/handwritten/drift-acl" "$ws/drifted"
run 0 TFGATE_PATHS=planned TFGATE_PLAN=planned/plan.json
check "plan mode: the findings are marked as predating the plan" has "$tmp/run.log" "existing (held before this plan)"
run 1 TFGATE_PATHS=planned TFGATE_PLAN=planned/plan.json TFGATE_NEW_ONLY=false
run 1 TFGATE_PATHS=drifted TFGATE_PLAN=drifted/plan.json
check "plan mode: drift is reported as drift" has "$tmp/run.log" "changed outside Terraform"
rm -rf "$ws/planned" "$ws/drifted"

# Errors in the input fail even with soft-fail.
printf 'resource "aws_s3_bucket" "broken" {\n' > "$ws/ok/broken.tf"
run 2 TFGATE_PATHS=ok TFGATE_SOFT_FAIL=true
check "errors are annotated" grep -q '^::error file=ok/broken.tf,line=' "$tmp/run.log"
rm "$ws/ok/broken.tf"

# The module step with the real terraform (local modules need no network).
if command -v terraform > /dev/null; then
  cp -r "$repo/examples/quickstart" "$tmp/modules-ws"
  (cd "$tmp/modules-ws" && TFGATE_PATHS=. TFGATE_TERRAFORM_GET=auto bash "$repo/scripts/action/terraform-get.sh") > "$tmp/get.log" 2>&1 ||
    { echo "FAIL  terraform-get"; cat "$tmp/get.log"; failures=$((failures + 1)); }
  check "terraform get ran in the root with a module block" test -f "$tmp/modules-ws/.terraform/modules/modules.json"
  check "terraform's output is prefixed in the log" grep -q '^  terraform: ' "$tmp/get.log"
else
  echo "SKIP  terraform-get with terraform: terraform is not on PATH (tests/distribution.rs covers the step with a stub)"
fi

if [[ $failures -gt 0 ]]; then
  echo "action-local: $failures check$([[ $failures == 1 ]] || echo s) failed; the last run's log:"
  cat "$tmp/run.log"
  exit 1
fi
echo "action-local: all checks passed"
