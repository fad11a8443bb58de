#!/usr/bin/env bash
# Fuzzes tfgate's input handling with cargo fuzz (libFuzzer): `hcl_load` (native and JSON
# syntax, variable files, the comment lexer), `evaluate` (a whole check of a module: evaluation,
# links, rules, suppressions, fixes, SARIF) and `plan_load` (plan JSON). Corpora are seeded from
# testdata/ and examples/ and from generated deep and doubling inputs into fuzz/corpus/ (not
# committed); crashes land in fuzz/artifacts/.
#
# Usage: scripts/fuzz.sh [SECONDS per target, default 20] [TARGET...]
# A smoke run is `scripts/fuzz.sh 20`; the long runs behind the numbers in the closing notes
# were `scripts/fuzz.sh 1200`. Prints each target's executions.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
shift || true
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=(hcl_load evaluate plan_load)

command -v cargo-fuzz > /dev/null || cargo install cargo-fuzz --locked --version 0.13.1
# cargo fuzz passes nightly flags to rustc; the stable toolchain accepts them with this.
export RUSTC_BOOTSTRAP=1

seed() { # seed <target> <find expression...>
  local dir="fuzz/corpus/$1"
  shift
  mkdir -p "$dir"
  find testdata examples -type f \( "$@" \) -size -64k -print0 |
    while IFS= read -r -d '' f; do cp "$f" "$dir/$(echo "$f" | tr '/' '_')"; done
}
seed hcl_load -name '*.tf' -o -name '*.tfvars' -o -name '*.tf.json' -o -name '*.fixed'
seed evaluate -name '*.tf'
seed plan_load -name '*.json'

# Generated seeds: inputs that are deep (they must give a parse error, not overflow a stack)
# or that double at every step (they must stop at a limit, not exhaust memory or time). They
# are written here at run time, never committed: the repository's own scan must not trip on
# them. The evaluate target reads its input as up to four files separated by lines `#~~~`:
# main.tf, a/main.tf, b/main.tf (modules) and t.tpl (a template file functions read).
rep() { # rep STRING COUNT: STRING repeated
  awk -v s="$1" -v n="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", s }'
}
doubling() { # doubling FIRST TEMPLATE N: locals d0..dN, each TEMPLATE of the one before (@)
  awk -v first="$1" -v t="$2" -v n="$3" 'BEGIN {
    print "locals {"; print "  d0 = " first
    for (i = 1; i <= n; i++) { line = t; gsub(/@/, "local.d" (i - 1), line); print "  d" i " = " line }
    print "}" }'
}
generate() {
  local h=fuzz/corpus/hcl_load e=fuzz/corpus/evaluate p=fuzz/corpus/plan_load
  # Deep: 35,000 nested interpolations (175 KB), open and closed; brackets, parentheses,
  # objects, blocks, template directives, operator chains; JSON syntax and plans.
  { printf 'x = "'; rep '${"' 35000; } > "$h/gen_deep_templates_open.tf"
  { printf 'x = '; rep '"${' 35000; printf 1; rep '}"' 35000; echo; } > "$h/gen_deep_templates.tf"
  { printf 'x = '; rep '[(' 50000; printf 1; rep ')]' 50000; echo; } > "$h/gen_deep_brackets.tf"
  { printf 'x = '; rep '{a = ' 20000; printf 1; rep '}' 20000; echo; } > "$h/gen_deep_objects.tf"
  { rep 'b {\n' 20000; rep '}\n' 20000; } > "$h/gen_deep_blocks.tf"
  { printf 'x = <<EOT\n'; rep '%{ if true }' 20000; rep '%{ endif }' 20000; printf '\nEOT\n'; } > "$h/gen_deep_directives.tf"
  { printf 'x = 1'; rep ' + 1' 100000; echo; } > "$h/gen_long_operators.tf"
  { printf 'x = '; rep '[for v in ' 5000; printf '[1]'; rep ' : v]' 5000; echo; } > "$h/gen_deep_for.tf"
  { printf '{"locals": {"x": '; rep '[' 100000; printf 1; rep ']' 100000; printf '}}'; } > "$h/gen_deep.tf.json"
  { printf '{"format_version": "1.2", "planned_values": '; rep '{"a": ' 100000; printf 1; rep '}' 100000; printf '}'; } > "$p/gen_deep_plan.json"
  # Doubling: a template, tuples through functions and equality, module fan-out, dynamic
  # blocks, a template that includes itself.
  { doubling '"xx"' '"${@}${@}"' 40; echo 'resource "aws_s3_bucket" "b" { bucket = local.d40 }'; } > "$e/gen_doubling_template.tf"
  local use
  for use in 'jsonencode(local.d60)' 'yamlencode(local.d60)' 'length(flatten(local.d60))' \
    'local.d60 == local.d59 ? "a" : "b"' 'sha256(jsonencode(local.d60))' 'length(toset(flatten(local.d60)))'; do
    { doubling '["x", "y"]' '[@, @]' 60; echo "resource \"aws_s3_bucket\" \"b\" { bucket = $use }"; } \
      > "$e/gen_doubling_tuple_$(echo "$use" | tr -c 'a-z0-9' '_' | cut -c1-24).tf"
  done
  local n
  for n in 900 10000; do # within the target's per-call limit, and over it
    printf '%s\n' 'module "a" {' '  source = "./a"' "  count  = $n" '}' '#~~~' \
      'module "b" {' '  source = "../b"' "  count  = $n" '}' '#~~~' \
      'resource "aws_sqs_queue" "q" {}' > "$e/gen_module_fan_out_$n.tf"
  done
  {
    echo 'resource "aws_security_group" "g" {'
    echo '  dynamic "ingress" {'; echo '    for_each = range(1000)'; echo '    content {'
    echo '      dynamic "a" {'; echo '        for_each = range(1000)'; echo '        content {'
    echo '          dynamic "b" {'; echo '            for_each = range(1000)'; echo '            content { x = 1 }'
    echo '          }'; echo '        }'; echo '      }'; echo '    }'; echo '  }'; echo '}'
  } > "$e/gen_nested_dynamic.tf"
  printf '%s\n' 'resource "aws_s3_bucket" "b" {' '  bucket = templatefile("${path.module}/t.tpl", {})' '}' \
    '#~~~' '#~~~' '#~~~' 'a${templatefile("t.tpl", {})}b' > "$e/gen_self_template.tf"
}
generate

status=0
for t in "${targets[@]}"; do
  log="$(mktemp)"
  if cargo fuzz run --sanitizer none "$t" "fuzz/corpus/$t" -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 > "$log" 2>&1; then
    runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)"
    echo "fuzz $t: ${runs:-?} executions in ${seconds}s, no crash"
  else
    echo "fuzz $t: FAILED (see fuzz/artifacts/$t)"
    tail -n 40 "$log"
    status=1
  fi
  rm -f "$log"
done
exit "$status"
