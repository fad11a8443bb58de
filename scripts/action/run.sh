#!/usr/bin/env bash
# The action's check step: runs `tfgate check` with the inputs, writes the SARIF report,
# appends the Markdown summary to GITHUB_STEP_SUMMARY, prints annotations (for a pull
# request, only on the files it changes), sets the outputs, and passes tfgate's exit status
# through (0 pass, 1 findings, 2 errors) unless TFGATE_SOFT_FAIL is true (errors still fail).
set -uo pipefail

: "${GITHUB_OUTPUT:=/dev/null}"
: "${GITHUB_STEP_SUMMARY:=/dev/null}"
: "${TFGATE_SARIF_FILE:=tfgate.sarif}"
tfgate="${TFGATE:-tfgate}"

args=(check --color never)
read -r -a paths <<< "$(echo "${TFGATE_PATHS:-.}" | tr '\n' ' ')"
[[ ${#paths[@]} -eq 0 ]] && paths=(.)
[[ -n "${TFGATE_PLAN:-}" ]] && paths+=("$TFGATE_PLAN")
[[ -n "${TFGATE_CONFIG:-}" ]] && args+=(--config "$TFGATE_CONFIG")
[[ -n "${TFGATE_FAIL_ON:-}" ]] && args+=(--fail-on "$TFGATE_FAIL_ON")
[[ -n "${TFGATE_BASELINE:-}" ]] && args+=(--baseline "$TFGATE_BASELINE")
if [[ -n "${TFGATE_EXTRA_ARGS:-}" ]]; then
  eval "extra=(${TFGATE_EXTRA_ARGS})"
  args+=("${extra[@]}")
fi

work="$(mktemp -d)"
summary="$work/summary.md"
json="$work/report.json"
annotations="$work/annotations.txt"
args+=(--report "sarif=$TFGATE_SARIF_FILE" --report "markdown=$summary" --report "json=$json")
args+=(--report "github=$annotations")

# The text report goes to the log.
"$tfgate" "${args[@]}" "${paths[@]}"
code=$?

if [[ "${TFGATE_SUMMARY:-true}" == "true" && -f "$summary" ]]; then
  cat "$summary" >> "$GITHUB_STEP_SUMMARY"
fi

if [[ "${TFGATE_ANNOTATIONS:-true}" == "true" && -f "$annotations" ]]; then
  if [[ -n "${GITHUB_BASE_REF:-}" ]] && changed="$(git diff --name-only "origin/${GITHUB_BASE_REF}...HEAD" 2> /dev/null)"; then
    # Errors in the input are always shown; findings only on changed files.
    while IFS= read -r line; do
      file="$(sed -n 's/^::[a-z]* file=\([^,:]*\).*/\1/p' <<< "$line")"
      if [[ -z "$file" ]] || grep -qxF "$file" <<< "$changed" || [[ "$line" == *"title=tfgate "* ]]; then
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

if [[ $code -eq 1 && "${TFGATE_SOFT_FAIL:-false}" == "true" ]]; then
  echo "tfgate: findings reported, soft-fail is on: not failing the step"
  exit 0
fi
exit "$code"
