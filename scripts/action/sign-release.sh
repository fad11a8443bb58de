#!/usr/bin/env bash
# Writes a release's SHA256SUMS over the archives in DIST and signs it (SHA256SUMS.sig, an
# SSH signature: `ssh-keygen -Y sign`, Ed25519, namespace tfgate-release), then verifies the
# signature against scripts/action/allowed_signers exactly as the action's install step will,
# so a release signed with a key the action does not trust is never published.
#
# Usage: scripts/action/sign-release.sh VERSION DIST
#   TFGATE_SIGNING_KEY        the private key (OpenSSH format, no passphrase); the release
#                             workflow passes the secret TFGATE_RELEASE_SIGNING_KEY. It is
#                             written to a file readable only by this user and removed.
#   TFGATE_ALLOWED_SIGNERS    default scripts/action/allowed_signers (the simulation passes
#                             its own)
#
# Every archive must be tfgate-VERSION-TARGET.tar.gz for a target of RELEASE_TARGETS
# (scripts/action/common.sh). Targets without an archive are printed as `missing: TARGET`
# and, when GITHUB_OUTPUT is set, written as the output `missing` (space-separated): the
# release workflow publishes what was built and then fails naming them.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/action/common.sh
. "$here/common.sh"

version="${1:?usage: sign-release.sh VERSION DIST}"
dist="${2:?usage: sign-release.sh VERSION DIST}"
signers="${TFGATE_ALLOWED_SIGNERS:-$here/allowed_signers}"
if ! [[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.]+)?$ ]]; then
  gh_error "not a release version: $(shown "$version")"
  exit 2
fi
if [[ -z "${TFGATE_SIGNING_KEY:-}" ]]; then
  gh_error "TFGATE_SIGNING_KEY is empty: set the repository secret TFGATE_RELEASE_SIGNING_KEY (README, Releases)"
  exit 2
fi
if ! grep -q '^[^#[:space:]]' "$signers"; then
  gh_error "$signers holds no key: add the release public key before publishing (README, Releases)"
  exit 2
fi

missing=()
: > "$dist/SHA256SUMS.new"
for target in "${RELEASE_TARGETS[@]}"; do
  archive="tfgate-$version-$target.tar.gz"
  if [[ -f "$dist/$archive" ]]; then
    printf '%s  %s\n' "$(sha256 "$dist/$archive")" "$archive" >> "$dist/SHA256SUMS.new"
  else
    missing+=("$target")
    echo "missing: $target"
  fi
done
for file in "$dist"/*; do
  case "${file##*/}" in
    SHA256SUMS | SHA256SUMS.sig | SHA256SUMS.new) ;;
    *) grep -qF "  ${file##*/}" "$dist/SHA256SUMS.new" || { gh_error "unexpected file in $dist: ${file##*/}"; exit 2; } ;;
  esac
done
if [[ ! -s "$dist/SHA256SUMS.new" ]]; then
  gh_error "no archive of tfgate $version in $dist"
  exit 2
fi
mv -f "$dist/SHA256SUMS.new" "$dist/SHA256SUMS"

key_dir="$(mktemp -d)"
trap 'rm -rf "$key_dir"' EXIT
(umask 077 && printf '%s\n' "$TFGATE_SIGNING_KEY" > "$key_dir/key")
rm -f "$dist/SHA256SUMS.sig"
ssh-keygen -q -Y sign -f "$key_dir/key" -n "$SIGNATURE_NAMESPACE" "$dist/SHA256SUMS" 2> "$key_dir/err" || {
  cat "$key_dir/err" >&2
  gh_error "signing SHA256SUMS failed"
  exit 2
}
if ! verify_signature "$signers" "$dist/SHA256SUMS" > /dev/null; then
  rm -f "$dist/SHA256SUMS.sig"
  gh_error "the signing key is not one of $signers: the action would refuse this release"
  exit 2
fi
n=$(wc -l < "$dist/SHA256SUMS" | tr -d ' ')
echo "signed SHA256SUMS of tfgate $version ($n archive$([[ $n == 1 ]] || echo s))"
if [[ -n "${GITHUB_OUTPUT:-}" ]]; then
  echo "missing=${missing[*]+"${missing[*]}"}" >> "$GITHUB_OUTPUT"
fi
