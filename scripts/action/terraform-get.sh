#!/usr/bin/env bash
# The action's module step (input `terraform-get`): runs `terraform get` before the check in
# every directory under `paths` whose Terraform files hold a `module` block, so modules from
# registries and git are in `.terraform/modules` and tfgate checks their resources too.
#
#   auto (default)  only when `terraform` is on PATH; a failing `terraform get` is a warning
#                   (tfgate then reports the modules it cannot find; `require-modules: true`
#                   makes that an error)
#   true            `terraform` must be on PATH and every `terraform get` must succeed
#   false           never
#
# tfgate itself never runs a program or opens a connection; this step does, with the
# runner's network: `terraform get` downloads the module sources the pull request names.
# Terraform's output is shown with each line prefixed and control characters removed, so text
# from the pull request cannot become a workflow command. Directories named `.terraform` and
# `.git` are not searched, and symbolic links are not followed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/action/common.sh
. "$here/common.sh"

mode="${TFGATE_TERRAFORM_GET:-auto}"
case "$mode" in
  auto | true) ;;
  false)
    echo "tfgate: terraform-get is false: modules are not downloaded"
    exit 0
    ;;
  *)
    gh_error "input \`terraform-get\` must be \`auto\`, \`true\` or \`false\`, not \`$mode\`"
    exit 2
    ;;
esac
if ! command -v terraform > /dev/null; then
  if [[ "$mode" == true ]]; then
    gh_error "terraform-get is true but \`terraform\` is not on PATH: set it up before this step (hashicorp/setup-terraform)"
    exit 2
  fi
  echo "tfgate: terraform is not on PATH, so modules are not downloaded (terraform-get: auto); modules that are not in .terraform/modules are reported as not checked"
  exit 0
fi

WORDS=()
split_words paths "${TFGATE_PATHS:-.}" || exit 2
[[ ${#WORDS[@]} -eq 0 ]] && WORDS=(.)

# The directories to run in: those under a directory of `paths` (or holding a `.tf` file of
# `paths`) with a `module` block in a `.tf` or `.tf.json` file, each once, sorted.
list="$(mktemp)"
trap 'rm -f "$list"' EXIT
for path in "${WORDS[@]}"; do
  # A path that starts with `-` would be read by find as an expression.
  case "$path" in -*) path="./$path" ;; esac
  if [[ -d "$path" ]]; then
    find "$path" \( -name .terraform -o -name .git \) -prune -o -type f \( -name '*.tf' -o -name '*.tf.json' \) -print0 >> "$list"
  elif [[ -f "$path" && ( "$path" == *.tf || "$path" == *.tf.json ) ]]; then
    printf '%s\0' "$path" >> "$list"
  fi
done
dirs=()
while IFS= read -r -d '' file; do
  if grep -qE '^[[:space:]]*module[[:space:]]+"|"module"[[:space:]]*:' -- "$file" 2> /dev/null; then
    case "$file" in */*) dir="${file%/*}" ;; *) dir=. ;; esac
    seen=false
    for d in ${dirs[@]+"${dirs[@]}"}; do [[ "$d" == "$dir" ]] && seen=true; done
    [[ $seen == true ]] || dirs+=("$dir")
  fi
done < <(LC_ALL=C sort -z -u < "$list")

if [[ ${#dirs[@]} -eq 0 ]]; then
  echo "tfgate: no module blocks under the paths: nothing for terraform get to download"
  exit 0
fi

failed=0
for dir in "${dirs[@]}"; do
  echo "tfgate: terraform get in $(shown "$dir")"
  set +e
  (cd -- "$dir" && TF_IN_AUTOMATION=1 TF_INPUT=0 GIT_TERMINAL_PROMPT=0 terraform get -no-color 2>&1) | prefixed "  terraform: "
  status=${PIPESTATUS[0]}
  set -e
  if [[ $status -ne 0 ]]; then
    failed=$((failed + 1))
    if [[ "$mode" == true ]]; then
      gh_error "terraform get failed in $(shown "$dir") (exit $status): its modules cannot be checked"
    else
      gh_warning "terraform get failed in $(shown "$dir") (exit $status): modules it could not download are not checked"
    fi
  fi
done
if [[ $failed -gt 0 && "$mode" == true ]]; then
  exit 2
fi
exit 0
