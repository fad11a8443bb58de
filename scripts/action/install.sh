#!/usr/bin/env bash
# The action's install steps. Two modes:
#
#   install.sh resolve   validates the `version` input and the runner, resolves `latest` to the
#                        newest release's version (from its signed SHA256SUMS), and writes the
#                        step outputs `version`, `target` and `dir` (the download directory the
#                        cache step keeps, keyed by the resolved version, never `latest`).
#   install.sh install   puts `tfgate` on PATH (GITHUB_PATH): builds it from the action's
#                        source with cargo when TFGATE_BUILD_FROM_SOURCE is true; otherwise
#                        downloads what the download directory lacks and verifies on every run,
#                        cache hit or not, before anything is run:
#                          1. SHA256SUMS carries a signature (SHA256SUMS.sig, `ssh-keygen -Y`,
#                             Ed25519) by a key in scripts/action/allowed_signers: the keys in
#                             the commit of the action the workflow pins, not in the release;
#                          2. SHA256SUMS lists tfgate-<version>-<target>.tar.gz (the version is
#                             part of the signed name: an older release cannot stand in);
#                          3. the archive's sha256 is the one listed.
#                        The binary is unpacked from the verified archive into a fresh directory
#                        under RUNNER_TEMP and must report that version. Any failure is an
#                        `::error::` naming the version and what to do, and nothing is run.
#
# Environment: TFGATE_VERSION (`latest`, `0.2.0` or `v0.2.0`), TFGATE_BUILD_FROM_SOURCE,
# TFGATE_SOURCE_DIR (the action's checkout). For the offline simulation
# (scripts/action-local.sh) only, and cleared by action.yml so a workflow's `env:` cannot set
# them: TFGATE_RELEASES_URL (default https://github.com/tfgate/tfgate/releases; file:// URLs
# work) and TFGATE_ALLOWED_SIGNERS (default scripts/action/allowed_signers).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/action/common.sh
. "$here/common.sh"

mode="${1:-}"
version="${TFGATE_VERSION:-latest}"
releases="${TFGATE_RELEASES_URL:-https://github.com/tfgate/tfgate/releases}"
signers="${TFGATE_ALLOWED_SIGNERS:-$here/allowed_signers}"
: "${GITHUB_PATH:=/dev/null}"
: "${GITHUB_OUTPUT:=/dev/null}"
tool_cache="${RUNNER_TOOL_CACHE:-${TMPDIR:-/tmp}}"
temp="${RUNNER_TEMP:-${TMPDIR:-/tmp}}"
hint="Set \`build-from-source: true\` to build tfgate from this action's source instead (needs cargo), or set \`version\` to a published release."

exe=tfgate
case "${RUNNER_OS:-$(uname -s)}" in
  Linux) os=unknown-linux-musl ;;
  macOS | Darwin) os=apple-darwin ;;
  Windows | MINGW* | MSYS* | CYGWIN*) os=pc-windows-msvc; exe=tfgate.exe ;;
  *) gh_error "no release is built for the runner OS \`${RUNNER_OS:-$(uname -s)}\`. $hint"; exit 2 ;;
esac
case "${RUNNER_ARCH:-$(uname -m)}" in
  X64 | x86_64 | amd64) arch=x86_64 ;;
  ARM64 | aarch64 | arm64) arch=aarch64 ;;
  *) gh_error "no release is built for the runner architecture \`${RUNNER_ARCH:-$(uname -m)}\`. $hint"; exit 2 ;;
esac
target="${arch}-${os}"

# fetch <url> <file>: downloads to <file>, or prints curl's error and fails. HTTPS only
# (file:// for the simulation); redirects only to HTTPS.
fetch() {
  local out
  if ! out="$(curl --fail --silent --show-error --location --retry 3 --proto '=https,file' --proto-redir '=https' -o "$2.part" -- "$1" 2>&1)"; then
    rm -f "$2.part"
    printf '%s' "$out"
    return 1
  fi
  mv -f "$2.part" "$2"
}

# verify_sums <SHA256SUMS> <where it came from>: the signature by a key of allowed_signers.
verify_sums() {
  if ! grep -q '^[^#[:space:]]' "$signers" 2> /dev/null; then
    gh_error "this copy of the action holds no release signing key (scripts/action/allowed_signers has none), so no release can be verified and none is installed. $hint"
    return 2
  fi
  if ! command -v ssh-keygen > /dev/null; then
    gh_error "ssh-keygen (OpenSSH 8.1 or newer) is needed to verify the release signature and is not on PATH. $hint"
    return 2
  fi
  local out
  if ! out="$(verify_signature "$signers" "$1")"; then
    gh_error "the signature of SHA256SUMS for tfgate $2 does not verify against the keys in scripts/action/allowed_signers ($out): refusing to install it. $hint"
    return 2
  fi
}

# The version to resolve, without a leading v; `latest` stays.
valid='^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.]+)?$'
if [[ "$version" != latest ]]; then
  version="${version#v}"
  if ! [[ "$version" =~ $valid ]]; then
    gh_error "input \`version\` must be \`latest\` or a version such as \`0.2.0\`, not \`$(shown "${TFGATE_VERSION:-}")\`"
    exit 2
  fi
fi

# resolve_latest: sets `version` from the newest release's signed SHA256SUMS.
resolve_latest() {
  local tmp url err line
  tmp="$(mktemp -d)"
  url="$releases/latest/download/SHA256SUMS"
  if ! err="$(fetch "$url" "$tmp/SHA256SUMS")" || ! err="$(fetch "$url.sig" "$tmp/SHA256SUMS.sig")"; then
    rm -rf "$tmp"
    gh_error "could not download the release \`latest\` ($url: $err): no release is published yet, or the runner cannot reach it. $hint"
    return 2
  fi
  if ! verify_sums "$tmp/SHA256SUMS" "latest (downloaded from $url)"; then
    rm -rf "$tmp"
    return 2
  fi
  line="$(awk -v t="$target" '{ n = $2; sub(/^\*/, "", n); if (n ~ "^tfgate-.*-" t "\\.tar\\.gz$") print n }' "$tmp/SHA256SUMS" | head -n 1)"
  rm -rf "$tmp"
  if [[ -z "$line" ]]; then
    gh_error "the latest release has no archive for $target. $hint"
    return 2
  fi
  line="${line#tfgate-}"
  version="${line%-"$target".tar.gz}"
  if ! [[ "$version" =~ $valid ]]; then
    gh_error "the latest release names an archive with an unreadable version: $(shown "$line"). $hint"
    return 2
  fi
  echo "tfgate: version latest is $version"
}

case "$mode" in
  resolve)
    if [[ "$version" == latest ]]; then resolve_latest || exit 2; fi
    {
      echo "version=$version"
      echo "target=$target"
      echo "dir=$tool_cache/tfgate/$version/$target"
    } >> "$GITHUB_OUTPUT"
    exit 0
    ;;
  install) ;;
  *)
    echo "usage: install.sh resolve|install" >&2
    exit 2
    ;;
esac

build_from_source="$(boolean_input build-from-source "${TFGATE_BUILD_FROM_SOURCE:-false}")" || exit 2
if [[ "$build_from_source" == true ]]; then
  if ! command -v cargo > /dev/null; then
    gh_error "build-from-source is true but cargo is not on PATH: add a Rust toolchain (1.88 or newer) before this step, e.g. dtolnay/rust-toolchain"
    exit 2
  fi
  root="$temp/tfgate-build"
  echo "tfgate: building from source with cargo (a first build takes several minutes)"
  cargo install --locked --root "$root" --path "${TFGATE_SOURCE_DIR:?}" --bin tfgate
  "$root/bin/$exe" --version
  echo "version=$("$root/bin/$exe" --version | cut -d' ' -f2)" >> "$GITHUB_OUTPUT"
  echo "$root/bin" >> "$GITHUB_PATH"
  exit 0
fi

if [[ "$version" == latest ]]; then resolve_latest || exit 2; fi
dir="$tool_cache/tfgate/$version/$target"
archive="tfgate-${version}-${target}.tar.gz"
base="$releases/download/v$version"
mkdir -p "$dir"

# What the cache restored is used but checked like a download; what is missing is downloaded.
origin="from the cache"
for file in SHA256SUMS SHA256SUMS.sig "$archive"; do
  if [[ ! -f "$dir/$file" ]]; then
    origin="downloaded from $base"
    if ! err="$(fetch "$base/$file" "$dir/$file")"; then
      rm -rf "$dir"
      gh_error "could not download tfgate $version ($base/$file: $err): there is no such release or it has no archive for $target, or the runner cannot reach it. $hint"
      exit 2
    fi
  fi
done

# Refuses what does not verify; the directory is removed so it is not cached.
refuse() {
  rm -rf "$dir"
  gh_error "$1"
  exit 2
}
verify_sums "$dir/SHA256SUMS" "$version ($origin)" || { rm -rf "$dir"; exit 2; }
expected="$(awk -v f="$archive" '{ n = $2; sub(/^\*/, "", n); if (n == f) print $1 }' "$dir/SHA256SUMS")"
if ! [[ "$expected" =~ ^[0-9a-f]{64}$ ]]; then
  refuse "the signed SHA256SUMS of tfgate $version does not list $archive: this release has no build for $target. $hint"
fi
actual="$(sha256 "$dir/$archive")"
if [[ "$actual" != "$expected" ]]; then
  advice="the release's files were replaced after it was signed"
  [[ "$origin" == "from the cache" ]] && advice="the cache entry tfgate-$version-$target was altered: delete it (gh cache delete tfgate-$version-$target)"
  refuse "$archive ($origin) does not match the signed SHA256SUMS of tfgate $version (expected $expected, got $actual): $advice. Refusing to run it."
fi

bin="$temp/tfgate-$version-$target"
rm -rf "$bin"
mkdir -p "$bin"
# From standard input: GNU tar on Windows would read `C:\...` in an archive's name as a host.
(cd "$bin" && tar -xzf - "$exe" < "$dir/$archive") || refuse "$archive ($origin) verified but could not be unpacked"
[[ -f "$bin/$exe" && ! -L "$bin/$exe" ]] || refuse "$archive holds no $exe"
chmod +x "$bin/$exe" 2> /dev/null || true
reported="$("$bin/$exe" --version)" || refuse "the verified tfgate $version does not run on this runner ($target)"
if [[ "$reported" != "tfgate $version" ]]; then
  refuse "the verified archive of tfgate $version reports \`$(shown "$reported")\`"
fi
echo "tfgate: $reported for $target, signature and sha256 verified ($origin)"
echo "version=$version" >> "$GITHUB_OUTPUT"
echo "$bin" >> "$GITHUB_PATH"
