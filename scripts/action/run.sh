#!/usr/bin/env bash
# The action's check step: runs `tfgate check` with the inputs (with `--new-only` in plan mode:
# a `plan` on a pull request, or `new-only: true`), writes the SARIF report,
# appends the Markdown summary to GITHUB_STEP_SUMMARY, prints annotations (for a pull
# request, only on the files it changes), sets the outputs, and passes tfgate's exit status
# through (0 pass, 1 findings, 2 errors) unless TFGATE_SOFT_FAIL is true (errors still fail).
#
# Inputs arrive as environment variables (action.yml passes them through `env:`, never into
# the script's text). `paths` and `extra-args` are split into words by split_words
# (scripts/action/common.sh): quotes group, nothing is expanded or executed. The paths follow
# `--`, so a path cannot be read as an option. TFGATE (for tests) names the tfgate to run.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/action/common.sh
. "$here/common.sh"

: "${GITHUB_OUTPUT:=/dev/null}"
: "${GITHUB_STEP_SUMMARY:=/dev/null}"
: "${TFGATE_SARIF_FILE:=tfgate.sarif}"
tfgate="${TFGATE:-tfgate}"

soft_fail="$(boolean_input soft-fail "${TFGATE_SOFT_FAIL:-false}")" || exit 2
show_summary="$(boolean_input summary "${TFGATE_SUMMARY:-true}")" || exit 2
show_annotations="$(boolean_input annotations "${TFGATE_ANNOTATIONS:-true}")" || exit 2
require_modules="$(boolean_input require-modules "${TFGATE_REQUIRE_MODULES:-false}")" || exit 2
# Plan mode: on a pull request with a plan, fail only on what the plan brings.
case "${TFGATE_NEW_ONLY:-auto}" in
  true) new_only=true ;;
  false) new_only=false ;;
  auto)
    new_only=false
    [[ -n "${TFGATE_PLAN:-}" && -n "${GITHUB_BASE_REF:-}" ]] && new_only=true
    ;;
  *)
    gh_error "input \`new-only\` must be \`auto\`, \`true\` or \`false\`, not \`${TFGATE_NEW_ONLY}\`"
    exit 2
    ;;
esac
case "$TFGATE_SARIF_FILE" in
  *[[:cntrl:]]*)
    gh_error "input \`sarif-file\` holds a control character"
    exit 2
    ;;
esac

args=(check --color never)
[[ -n "${TFGATE_CONFIG:-}" ]] && args+=(--config "$TFGATE_CONFIG")
[[ -n "${TFGATE_FAIL_ON:-}" ]] && args+=(--fail-on "$TFGATE_FAIL_ON")
[[ -n "${TFGATE_BASELINE:-}" ]] && args+=(--baseline "$TFGATE_BASELINE")
[[ "$require_modules" == true ]] && args+=(--require-modules)
[[ "$new_only" == true ]] && args+=(--new-only)
WORDS=()
split_words extra-args "${TFGATE_EXTRA_ARGS:-}" || exit 2
args+=(${WORDS[@]+"${WORDS[@]}"})

WORDS=()
split_words paths "${TFGATE_PATHS:-.}" || exit 2
[[ ${#WORDS[@]} -eq 0 ]] && WORDS=(.)
[[ -n "${TFGATE_PLAN:-}" ]] && WORDS+=("$TFGATE_PLAN")
paths=("${WORDS[@]}")

work="$(mktemp -d)"
summary="$work/summary.md"
json="$work/report.json"
annotations="$work/annotations.txt"
args+=(--report "sarif=$TFGATE_SARIF_FILE" --report "markdown=$summary" --report "json=$json")
args+=(--report "github=$annotations")

# The text report goes to the log.
"$tfgate" "${args[@]}" -- "${paths[@]}"
code=$?

if [[ "$show_summary" == true && -f "$summary" ]]; then
  cat "$summary" >> "$GITHUB_STEP_SUMMARY"
fi

if [[ "$show_annotations" == true && -f "$annotations" ]]; then
  if [[ -n "${GITHUB_BASE_REF:-}" ]] && changed="$(git diff --name-only "origin/${GITHUB_BASE_REF}...HEAD" -- 2> /dev/null)"; then
    # Errors in the input are always shown; findings only on changed files.
    while IFS= read -r line; do
      file="$(sed -n 's/^::[a-z]* file=\([^,:]*\).*/\1/p' <<< "$line")"
      if [[ -z "$file" ]] || grep -qxF -- "$file" <<< "$changed" || [[ "$line" == *"title=tfgate "* ]]; then
        echo "$line"
      fi
    done < "$annotations"
  else
    cat "$annotations"
  fi
fi

findings=0
if [[ -f "$json" ]]; then
  findings="$(sed -n 's/^    "findings": \([0-9]*\),$/\1/p' "$json" | tail -n 1)"
fi
{
  echo "sarif-file=$TFGATE_SARIF_FILE"
  echo "exit-code=$code"
  echo "findings=${findings:-0}"
} >> "$GITHUB_OUTPUT"
rm -rf "$work"

if [[ $code -eq 1 && "$soft_fail" == true ]]; then
  echo "tfgate: findings reported, soft-fail is on: not failing the step"
  exit 0
fi
exit "$code"
