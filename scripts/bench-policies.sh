#!/usr/bin/env bash
# What 50 Terraform policies add to a scan of the public corpus (scripts/public-corpus.sh).
# Writes 50 policies of the kinds a SOC 2 pack holds (tags on every `aws_*` resource, settings
# of common types, wildcard targets, `core::getresources`, module and provider policies), then
# runs `tfgate check` on the corpus without and with them, in turns, so drift in the machine's
# load hits both; prints the median wall and CPU time of each and their ratios. A benchmark, not
# a test.
# usage: scripts/bench-policies.sh [CORPUS] [RUNS]   (TFGATE: the binary, default target/release/tfgate)
set -euo pipefail
corpus="${1:-/tmp/tfgate-corpus}"
runs="${2:-7}"
tfgate="${TFGATE:-target/release/tfgate}"
[[ -x "$tfgate" ]] || { echo "no binary at $tfgate (cargo build --release, or set TFGATE)" >&2; exit 2; }
[[ -d "$corpus" ]] || { echo "no corpus at $corpus: run scripts/public-corpus.sh $corpus" >&2; exit 2; }
# KEEP=DIR writes the policies to DIR/policies and keeps them (to profile a run by hand).
if [[ -n "${KEEP:-}" ]]; then
  work="$KEEP"
else
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work/policies"

# 30 resource policies over single types, each reading one or two settings.
types=(aws_s3_bucket aws_instance aws_db_instance aws_security_group aws_lambda_function
  aws_iam_role aws_kms_key aws_cloudtrail aws_vpc aws_subnet aws_ebs_volume aws_rds_cluster
  aws_eks_cluster aws_iam_policy aws_cloudwatch_log_group)
n=0
for t in "${types[@]}"; do
  for k in 1 2; do
    n=$((n + 1))
    cat > "$work/policies/p$n.policy.hcl" << EOF
resource_policy "$t" "setting_$k" {
  filter = core::try(attrs.tags.environment, "prod") != "sandbox"
  enforce {
    condition     = core::try(attrs.tags.owner, null) != null || core::length(core::keys(core::try(attrs.tags, {}))) >= $k
    error_message = "$t needs an owner tag"
  }
}
EOF
  done
done
# 10 wildcard policies over every AWS resource (tags, names).
for k in $(seq 1 10); do
  n=$((n + 1))
  cat > "$work/policies/p$n.policy.hcl" << EOF
input "required_$k" {
  type    = list(string)
  default = ["owner", "data-classification"]
}
resource_policy "aws_*" "tags_$k" {
  filter = core::can(attrs.tags)
  locals {
    tags    = core::try(attrs.tags, null) == null ? {} : attrs.tags
    missing = [for t in input.required_$k : t if !core::contains(core::keys(local.tags), t)]
  }
  enforce {
    condition     = core::length(local.missing) == 0
    error_message = "missing tags: \${core::join(", ", local.missing)}"
  }
}
EOF
done
# 5 policies reading other resources with core::getresources.
for k in $(seq 1 5); do
  n=$((n + 1))
  cat > "$work/policies/p$n.policy.hcl" << EOF
resource_policy "aws_s3_bucket" "companions_$k" {
  locals {
    versioning = core::getresources("aws_s3_bucket_versioning", {})
  }
  enforce {
    condition     = core::length(local.versioning) >= 0
    error_message = "no versioning resources"
  }
}
EOF
done
# 3 module policies and 2 provider policies.
for k in 1 2 3; do
  n=$((n + 1))
  cat > "$work/policies/p$n.policy.hcl" << EOF
module_policy "*" "pinned_$k" {
  filter = !core::startswith(meta.source, "./") && !core::startswith(meta.source, "../")
  enforce {
    condition     = meta.version != null
    error_message = "module \${meta.source} pins no version"
  }
}
EOF
done
for k in 1 2; do
  n=$((n + 1))
  cat > "$work/policies/p$n.policy.hcl" << EOF
provider_policy "aws" "region_$k" {
  enforce {
    condition     = core::contains(["eu-west-1", "us-east-1"], core::try(attrs.region, ""))
    error_message = "region"
  }
}
EOF
done
echo "policies: $(ls "$work/policies" | wc -l) files, $n policies" >&2

# One run: its wall time and its CPU time (user + system), in seconds.
time_one() {
  local TIMEFORMAT='%R %U %S'
  { time "$tfgate" check "$corpus" --format json --output /dev/null --fail-on never "$@" > /dev/null 2>&1 || true; } 2>&1 |
    awk '{ printf "%s %.3f\n", $1, $2 + $3 }'
}
base_wall=() base_cpu=() with_wall=() with_cpu=()
for i in $(seq 1 "$runs"); do
  read -r w c < <(time_one)
  base_wall+=("$w") base_cpu+=("$c")
  read -r w c < <(time_one --policies "$work/policies")
  with_wall+=("$w") with_cpu+=("$c")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
mbw=$(median "${base_wall[@]}") mww=$(median "${with_wall[@]}")
mbc=$(median "${base_cpu[@]}") mwc=$(median "${with_cpu[@]}")
echo "without policies: median wall ${mbw}s, CPU ${mbc}s over $runs runs"
echo "with 50 policies: median wall ${mww}s, CPU ${mwc}s over $runs runs"
echo "ratio: wall $(echo "scale=3; $mww / $mbw" | bc), CPU $(echo "scale=3; $mwc / $mbc" | bc)"
echo "(instructions, steadier on a busy machine: valgrind --tool=callgrind --callgrind-out-file=/dev/null $tfgate check $corpus --format json --output /dev/null --fail-on never [--policies DIR])"
# The findings the policies add, for a sanity check.
"$tfgate" check "$corpus" --format json --fail-on never --select policy --policies "$work/policies" 2> /dev/null \
  | python3 -c 'import json,sys; d=json.load(sys.stdin); print("policy findings:", d["summary"]["findings"], "errors:", d["summary"]["errors"])'
