#!/usr/bin/env bash
# Runs tfgate under strace on a hostile project and checks, from the system calls, that a
# scan opens no socket, runs no program, and touches no path outside the scanned tree except
# the runtime's own (the dynamic loader and libc, /proc/self, cgroup CPU limits, and the two
# kernel memory settings the allocator, jemalloc, reads when it starts).
#
# The project is a git checkout holding: a symlink to a secret file outside it, a symlink to
# a directory outside it, a module whose source is outside it, file() and templatefile()
# calls reaching outside it, and ordinary insecure code. Outside the checkout sit the secret
# file, an ignore file in the parent directory and a .tfgate.toml above it.
#
# Usage: scripts/syscall-audit.sh [path/to/tfgate]    (needs strace; CI installs it)
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
if ! command -v strace > /dev/null; then
  echo "syscall-audit: strace is not installed (apt-get install strace)"
  exit 1
fi
binary="${1:-$repo/target/debug/tfgate}"
[[ -x "$binary" ]] || cargo build --quiet --bin tfgate
binary="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
outside="$tmp/outside"
tree="$tmp/parent/tree"
mkdir -p "$outside/mod" "$tree/.git" "$tree/infra"
echo 'resource "aws_kms_key" "secret" {}' > "$outside/secret.tf"
echo 'resource "aws_kms_key" "mod" {}' > "$outside/mod/main.tf"
echo 'SECRET=1' > "$outside/secret.txt"
echo '*.tf' > "$tmp/parent/.gitignore"
echo 'fail-on = "never"' > "$tmp/parent/.tfgate.toml"
ln -s "$outside/secret.tf" "$tree/infra/stolen.tf"
ln -s "$outside" "$tree/infra/elsewhere"
cat > "$tree/infra/main.tf" <<TF
resource "aws_kms_key" "k" {
  description = file("$outside/secret.txt")
  policy      = templatefile("../../../outside/secret.txt", {})
}

module "m" {
  source = "../../../outside/mod"
}

resource "aws_security_group" "ssh" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
TF

set +e
(cd "$tree" && strace -f -qq -s 4096 -e trace=%network,%process,%file -o "$tmp/trace" \
  "$binary" check --format json --evidence "$tmp/evidence.json" infra > "$tmp/report.json")
code=$?
set -e
failures=0
fail() { echo "FAIL  $*"; failures=$((failures + 1)); }
ok() { echo "ok    $*"; }

[[ $code -eq 2 ]] && ok "exit status 2 (the hostile parts are errors)" || fail "exit status $code, expected 2"
grep -q '"resource": "aws_security_group.ssh"' "$tmp/report.json" && ok "the ordinary code is still checked" || fail "findings missing"
if grep -qE '(^|[^a-z_])(socket|connect|sendto|sendmsg|bind|listen|accept4?)\(' "$tmp/trace"; then
  fail "network calls: $(grep -E '(socket|connect|sendto|bind)\(' "$tmp/trace" | head -3)"
else
  ok "no socket opened"
fi
execs="$(grep -cE '(^|[^a-z_])execve?\(' "$tmp/trace" || true)"
[[ "$execs" -eq 1 ]] && ok "no program run (one execve: tfgate itself)" || fail "$execs execve calls"

# Every file or directory opened (content read, directory listed, file written) must be in
# the tree or the runtime's own; relative paths are relative to the tree (the working
# directory). Metadata lookups (stat, readlink) may name outside paths: resolving a symlink or
# a module source is how tfgate finds out that it leads outside, and refuses it.
allowed() {
  case "$1" in
    "$tree" | "$tree"/*) return 0 ;;
    /etc/ld.so.cache | /etc/ld.so.preload | /lib/* | /lib64/* | /usr/lib/* | /usr/lib64/*) return 0 ;;
    /proc/self/* | /sys/fs/cgroup/* | /sys/devices/system/cpu/*) return 0 ;;
    # jemalloc, before main: whether the kernel overcommits and uses transparent huge pages.
    /proc/sys/vm/overcommit_memory | /sys/kernel/mm/transparent_hugepage/enabled) return 0 ;;
    "$binary" | "$tmp/evidence.json") return 0 ;;
    /dev/null | /dev/urandom) return 0 ;;
  esac
  return 1
}
opened="$(grep -E '(^|[^a-z_])open(at|at2)?\(' "$tmp/trace" | grep -oE '"[^"]*"' | tr -d '"' | sort -u)"
bad=0
while IFS= read -r p; do
  [[ -z "$p" ]] && continue
  [[ "$p" != /* ]] && p="$tree/$p"
  allowed "$p" && continue
  allowed "$(realpath -m "$p" 2> /dev/null || echo "$p")" && continue
  fail "opened outside the tree: $p"
  bad=1
done <<< "$opened"
[[ $bad -eq 0 ]] && ok "every file and directory opened is in the tree or the runtime's ($(wc -l <<< "$opened") distinct)"
looked="$(grep -vE '(^|[^a-z_])open(at|at2)?\(' "$tmp/trace" | grep -oE '"/[^"]*"' | tr -d '"' | sort -u |
  while IFS= read -r p; do allowed "$p" || echo "$p"; done)"
if [[ -n "$looked" ]]; then
  echo "note  metadata looked up outside the tree (to resolve and refuse): $(tr '\n' ' ' <<< "$looked")"
fi
grep -q 'SECRET' "$tmp/report.json" "$tmp/evidence.json" && fail "the secret leaked into the report" || ok "the secret is in no report"

if [[ $failures -gt 0 ]]; then
  echo "syscall-audit: $failures check(s) failed; trace kept at $tmp/trace"
  trap - EXIT
  exit 1
fi
echo "syscall-audit: all checks passed"
