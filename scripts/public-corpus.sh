#!/usr/bin/env bash
# Lays out the public corpus the benchmarks, sweeps and "no rule gets more findings" checks
# use: 13 public AWS Terraform repositories, each in its own folder under DEST (default
# /tmp/tfgate-corpus). The repositories are read from git snapshots (the session's `fetch`
# tool leaves them in /work/.mirror/OWNER+NAME/repo; MIRRORS overrides the folder) at their
# snapshot's HEAD; nothing of them is committed here. Files missing from a snapshot (the
# store leaves out blobs of 4 MiB and more) are skipped. See scripts/extra-corpus.sh for ten
# more repositories that exercise the areas the 13 barely touch.
# usage: scripts/public-corpus.sh [DEST]
set -euo pipefail
dest="${1:-/tmp/tfgate-corpus}"
repos=(
  bridgecrewio/terragoat
  nccgroup/sadcloud
  RhinoSecurityLabs/cloudgoat
  terraform-aws-modules/terraform-aws-s3-bucket
  terraform-aws-modules/terraform-aws-vpc
  terraform-aws-modules/terraform-aws-security-group
  terraform-aws-modules/terraform-aws-rds
  terraform-aws-modules/terraform-aws-rds-aurora
  terraform-aws-modules/terraform-aws-eks
  terraform-aws-modules/terraform-aws-iam
  terraform-aws-modules/terraform-aws-lambda
  cloudposse/terraform-aws-s3-bucket
  cloudposse/terraform-aws-cloudtrail
)
# shellcheck source=scripts/corpus-layout.sh
source "$(dirname "$0")/corpus-layout.sh"
lay_out_corpus "$dest" "${repos[@]}"
