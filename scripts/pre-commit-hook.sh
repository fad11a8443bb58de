#!/usr/bin/env bash
# pre-commit's `tfgate` hook (.pre-commit-hooks.yaml, language: script). pre-commit runs it
# from its clone of this repository at the `rev:` the user pinned, with the changed Terraform
# files as arguments. It builds tfgate from that clone with
# `cargo build --release --locked` (the first time takes minutes; README, Install, gives the
# measured time), then runs `tfgate check` on the files.
#
# Why not pre-commit's `language: rust`: that runs `cargo install --path .` without
# `--locked`, which ignores Cargo.lock and resolves every dependency to its newest compatible
# version at install time, so the gate would be built from dependency versions nobody
# reviewed or tested. --locked builds exactly the versions in Cargo.lock.
#
# Environment: CARGO_TARGET_DIR as cargo reads it; TFGATE_HOOK_PROFILE (default `release`)
# names the cargo profile: scripts/pre-commit-try.sh uses `dev` to check this route cheaply.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
profile="${TFGATE_HOOK_PROFILE:-release}"
case "$profile" in
  dev) out=debug ;;
  release | dist) out="$profile" ;;
  *) echo "tfgate hook: TFGATE_HOOK_PROFILE must be release, dist or dev, not $profile" >&2; exit 2 ;;
esac
exe=tfgate
case "$(uname -s)" in MINGW* | MSYS* | CYGWIN*) exe=tfgate.exe ;; esac
binary="${CARGO_TARGET_DIR:-$root/target}/$out/$exe"

if ! command -v cargo > /dev/null; then
  echo "tfgate hook: cargo is needed to build tfgate (Rust 1.88 or newer: https://rustup.rs)," \
    "or use the tfgate-system hook with a tfgate on PATH" >&2
  exit 2
fi
[[ -x "$binary" ]] || echo "tfgate hook: building tfgate (first use only; several minutes)" >&2
# cargo rebuilds only what changed; when nothing did, this takes a fraction of a second.
if ! cargo build --quiet --locked --profile "$profile" --bin tfgate --manifest-path "$root/Cargo.toml" >&2; then
  echo "tfgate hook: building tfgate failed (see above)" >&2
  exit 2
fi
exec "$binary" check "$@"
