#!/usr/bin/env bash
# Runs tfgate under strace on a hostile project and checks, from the system calls, that a
# scan opens no socket, runs no program, and touches no path outside the scanned tree except
# the runtime's own (the dynamic loader and libc, /proc/self, cgroup CPU limits, and the two
# kernel memory settings the allocator, jemalloc, reads when it starts).
#
# The project is a git checkout holding: a symlink to a secret file outside it, a symlink to
# a directory outside it, a module whose source is outside it, file() and templatefile()
# calls reaching outside it, and ordinary insecure code. Outside the checkout sit the secret
# file, an ignore file in the parent directory and a .tfgate.toml above it. Then the paths
# that are not walked: a module in a hidden directory whose main.tf links outside, a
# `.terraform/modules/modules.json` linked to a manifest outside and another linked to
# /dev/zero; FIFOs where files are read (a `.tf` file, a file() argument, a module
# manifest); and a .tfgate.toml in the checkout whose var-files, baseline and exceptions
# point outside. Every path a scan opens is resolved: one in the tree that leads outside
# (through a link) counts as outside. The scan must end (it runs under a time limit and an
# address-space cap, so a hang or an unbounded read fails the audit instead of the machine).
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

# Module directories the walk does not visit, whose files lead outside.
mkdir -p "$tree/infra/.mods/m" "$tree/hidden-mod/.terraform/modules/x" "$tree/zero/.terraform/modules"
echo 'SECRET_MODULE=1' > "$outside/mod/secret.tf"
ln -s "$outside/mod/secret.tf" "$tree/infra/.mods/m/main.tf"
cat >> "$tree/infra/main.tf" <<TF

module "hidden" {
  source = "./.mods/m"
}
TF
# A manifest outside, listing a module that is inside: reading the manifest is the leak.
echo 'resource "aws_kms_key" "x" {}' > "$tree/hidden-mod/.terraform/modules/x/main.tf"
echo '{"Modules":[{"Key":"x","Source":"x/y/aws","Dir":".terraform/modules/x"}]}' > "$outside/modules.json"
ln -s "$outside/modules.json" "$tree/hidden-mod/.terraform/modules/modules.json"
printf 'module "x" {\n  source = "x/y/aws"\n}\n' > "$tree/hidden-mod/main.tf"
ln -s /dev/zero "$tree/zero/.terraform/modules/modules.json"
printf 'module "x" {\n  source = "x/y/aws"\n}\n' > "$tree/zero/main.tf"
# FIFOs where tfgate reads files: opening one blocks until a writer comes.
mkdir -p "$tree/fifo/.terraform/modules"
mkfifo "$tree/fifo/evil.tf" "$tree/fifo/pipe" "$tree/fifo/.terraform/modules/modules.json"
cat > "$tree/fifo/main.tf" <<'TF'
resource "aws_kms_key" "f" {
  description = file("${path.module}/pipe")
}

module "x" {
  source = "x/y/aws"
}
TF
# Configuration in the checkout pointing outside it.
echo 'name = "SECRET_VAR_FILE"' > "$outside/secret.tfvars"
echo '{"tool":"tfgate","version":1,"findings":[]}' > "$outside/baseline.json"
echo '[[exception]]' > "$outside/exceptions.toml"
cat > "$tree/.tfgate.toml" <<TOML
var-files = ["../../outside/secret.tfvars"]
baseline = "$outside/baseline.json"
exceptions = "../../outside/exceptions.toml"
TOML

set +e
(cd "$tree" && export GITHUB_WORKSPACE="$tree" && ulimit -v 4194304 && timeout 120 \
  strace -f -qq -s 4096 -e trace=%network,%process,%file -o "$tmp/trace" \
  "$binary" check --format json --evidence "$tmp/evidence.json" \
    --report "sarif=$tmp/report.sarif" --report "github=$tmp/annotations.txt" \
    infra hidden-mod zero fifo > "$tmp/report.json")
code=$?
set -e
failures=0
fail() { echo "FAIL  $*"; failures=$((failures + 1)); }
ok() { echo "ok    $*"; }

[[ $code -eq 2 ]] && ok "exit status 2 (the hostile parts are errors)" || fail "exit status $code, expected 2 (124: it hung; 134 or 137: it ran out of memory or crashed)"
grep -q '"resource": "aws_security_group.ssh"' "$tmp/report.json" && ok "the ordinary code is still checked" || fail "findings missing"
# The code-host reports resolve paths (metadata only) to name files from the repository root.
grep -q '^::[a-z]* file=infra/' "$tmp/annotations.txt" && ok "annotations name infra/ files relative to the root" || fail "annotation paths: $(head -c 300 "$tmp/annotations.txt")"
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
    "$binary" | "$tmp/evidence.json" | "$tmp/report.sarif" | "$tmp/annotations.txt") return 0 ;;
    /dev/null | /dev/urandom) return 0 ;;
  esac
  return 1
}
opened="$(grep -E '(^|[^a-z_])open(at|at2)?\(' "$tmp/trace" | grep -oE '"[^"]*"' | tr -d '"' | sort -u)"
bad=0
while IFS= read -r p; do
  [[ -z "$p" ]] && continue
  [[ "$p" != /* ]] && p="$tree/$p"
  case "$p" in
    "$tree" | "$tree"/*)
      # In the tree by name: where it really leads decides (a link may lead outside).
      real="$(realpath -m "$p" 2> /dev/null || echo "$p")"
      case "$real" in
        "$tree" | "$tree"/*) continue ;;
      esac
      fail "opened outside the tree: $p (leads to $real)"
      bad=1
      continue
      ;;
  esac
  allowed "$p" && continue
  allowed "$(realpath -m "$p" 2> /dev/null || echo "$p")" && continue
  fail "opened outside the tree: $p"
  bad=1
done <<< "$opened"
fifos="$(grep -E '(^|[^a-z_])open(at|at2)?\(' "$tmp/trace" | grep -E 'fifo/(evil\.tf|pipe|\.terraform/modules/modules\.json)"' || true)"
[[ -z "$fifos" ]] && ok "no FIFO opened" || fail "FIFOs opened: $(head -3 <<< "$fifos")"
[[ $bad -eq 0 ]] && ok "every file and directory opened is in the tree or the runtime's ($(wc -l <<< "$opened") distinct)"
looked="$(grep -vE '(^|[^a-z_])open(at|at2)?\(' "$tmp/trace" | grep -oE '"/[^"]*"' | tr -d '"' | sort -u |
  while IFS= read -r p; do allowed "$p" || echo "$p"; done)"
if [[ -n "$looked" ]]; then
  echo "note  metadata looked up outside the tree (to resolve and refuse): $(tr '\n' ' ' <<< "$looked")"
fi
grep -q 'SECRET' "$tmp/report.json" "$tmp/evidence.json" 2> /dev/null && fail "a secret leaked into the report" || ok "no secret is in any report"
grep -q '"module.x.aws_kms_key.x"' "$tmp/report.json" && fail "the module manifest outside was read" || ok "the module manifest outside was not read"
for named in .tfgate.toml hidden-mod/.terraform/modules/modules.json zero/.terraform/modules/modules.json \
  fifo/evil.tf fifo/main.tf fifo/.terraform/modules/modules.json infra/.mods/m/main.tf; do
  grep -q "\"file\": \"[^\"]*$named\"" "$tmp/report.json" && ok "an error names $named" || fail "no error names $named"
done

if [[ $failures -gt 0 ]]; then
  echo "syscall-audit: $failures check$([[ $failures == 1 ]] || echo s) failed; trace kept at $tmp/trace"
  trap - EXIT
  exit 1
fi
echo "syscall-audit: all checks passed"
