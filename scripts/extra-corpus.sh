#!/usr/bin/env bash
# Lays out ten more public AWS Terraform repositories, next to the 13 of
# scripts/public-corpus.sh, each in its own folder under DEST (default /work/corpus/extra).
# They are widely used modules (not deliberately vulnerable test data) chosen for the areas
# the 13 barely exercise: containers (ECS), serverless (API Gateway v2, Step Functions, the
# Lambda/SNS of notify-slack), databases (DynamoDB, ElastiCache), compute (EC2 launch
# templates and Auto Scaling groups), logging and monitoring (CloudWatch log groups, alarms,
# metric filters, log subscriptions), secrets (Secrets Manager with resource policies and
# rotation) and ML (SageMaker domains, notebooks and their IAM roles, EFS/FSx storage).
# Snapshots come from the session's `fetch` tool (github:OWNER/NAME) as for the 13.
# usage: scripts/extra-corpus.sh [DEST]
set -euo pipefail
dest="${1:-/work/corpus/extra}"
repos=(
  terraform-aws-modules/terraform-aws-ecs
  terraform-aws-modules/terraform-aws-apigateway-v2
  terraform-aws-modules/terraform-aws-dynamodb-table
  terraform-aws-modules/terraform-aws-elasticache
  terraform-aws-modules/terraform-aws-autoscaling
  terraform-aws-modules/terraform-aws-cloudwatch
  terraform-aws-modules/terraform-aws-notify-slack
  terraform-aws-modules/terraform-aws-step-functions
  terraform-aws-modules/terraform-aws-secrets-manager
  Young-ook/terraform-aws-sagemaker
)
# shellcheck source=scripts/corpus-layout.sh
source "$(dirname "$0")/corpus-layout.sh"
lay_out_corpus "$dest" "${repos[@]}"
