#!/usr/bin/env bash
# The action's install step: puts `tfgate` on PATH (via GITHUB_PATH).
#
# Downloads the release archive for the runner's OS and architecture and verifies its
# sha256 against the release's checksum file, or reuses a cached copy, or builds from the
# action's source with cargo when TFGATE_BUILD_FROM_SOURCE is true. TFGATE_BINARY (for local
# tests) names an existing binary to use as is.
set -euo pipefail

: "${TFGATE_VERSION:=latest}"
: "${TFGATE_INSTALL_DIR:=${RUNNER_TOOL_CACHE:-${TMPDIR:-/tmp}}/tfgate/${TFGATE_VERSION}}"
: "${TFGATE_REPOSITORY:=tfgate/tfgate}"
: "${GITHUB_PATH:=/dev/null}"

exe=tfgate
case "${RUNNER_OS:-$(uname -s)}" in
  Linux) os=unknown-linux-musl ;;
  macOS | Darwin) os=apple-darwin ;;
  Windows | MINGW* | MSYS* | CYGWIN*) os=pc-windows-msvc; exe=tfgate.exe ;;
  *) echo "::error::tfgate: unsupported runner OS ${RUNNER_OS:-unknown}" >&2; exit 2 ;;
esac
case "${RUNNER_ARCH:-$(uname -m)}" in
  X64 | x86_64 | amd64) arch=x86_64 ;;
  ARM64 | aarch64 | arm64) arch=aarch64 ;;
  *) echo "::error::tfgate: unsupported runner architecture ${RUNNER_ARCH:-unknown}" >&2; exit 2 ;;
esac
target="${arch}-${os}"
mkdir -p "$TFGATE_INSTALL_DIR"

if [[ -n "${TFGATE_BINARY:-}" ]]; then
  cp "$TFGATE_BINARY" "$TFGATE_INSTALL_DIR/$exe"
elif [[ "${TFGATE_BUILD_FROM_SOURCE:-false}" == "true" ]]; then
  cargo install --locked --root "$TFGATE_INSTALL_DIR/.." --path "${TFGATE_SOURCE_DIR:?}" --bin tfgate
  cp "$TFGATE_INSTALL_DIR/../bin/$exe" "$TFGATE_INSTALL_DIR/$exe"
elif [[ -x "$TFGATE_INSTALL_DIR/$exe" ]]; then
  echo "tfgate: using the cached binary for ${TFGATE_VERSION} (${target})"
else
  if [[ "$TFGATE_VERSION" == "latest" ]]; then
    base="https://github.com/${TFGATE_REPOSITORY}/releases/latest/download"
  else
    base="https://github.com/${TFGATE_REPOSITORY}/releases/download/v${TFGATE_VERSION#v}"
  fi
  archive="tfgate-${target}.tar.gz"
  tmp="$(mktemp -d)"
  curl --fail --silent --show-error --location --retry 3 -o "$tmp/$archive" "$base/$archive"
  curl --fail --silent --show-error --location --retry 3 -o "$tmp/$archive.sha256" "$base/$archive.sha256"
  expected="$(cut -d' ' -f1 < "$tmp/$archive.sha256")"
  if command -v sha256sum > /dev/null; then
    actual="$(sha256sum "$tmp/$archive" | cut -d' ' -f1)"
  else
    actual="$(shasum -a 256 "$tmp/$archive" | cut -d' ' -f1)"
  fi
  if [[ "$expected" != "$actual" ]]; then
    echo "::error::tfgate: checksum mismatch for $archive (expected $expected, got $actual)" >&2
    exit 2
  fi
  tar -xzf "$tmp/$archive" -C "$TFGATE_INSTALL_DIR"
  rm -rf "$tmp"
fi
chmod +x "$TFGATE_INSTALL_DIR/$exe" 2> /dev/null || true
echo "$TFGATE_INSTALL_DIR" >> "$GITHUB_PATH"
"$TFGATE_INSTALL_DIR/$exe" --version
