# Cases of the rule: log groups without a key (unset, null through a variable, for_each over
# a local, an empty string), log groups with a key (literal, referenced), and unknown values.

variable "log_key" {
  default = null
}

variable "unknown_input" {}

locals {
  groups = {
    api    = "/app/api"
    worker = "/app/worker"
  }
}

resource "aws_kms_key" "logs" {
  description         = "logs"
  enable_key_rotation = true
}

resource "aws_cloudwatch_log_group" "app" { # expect: TFG-ENC-031
  name              = "/app/api"
  retention_in_days = 90
}

resource "aws_cloudwatch_log_group" "from_variable" { # expect: TFG-ENC-031
  name              = "/app/variable"
  retention_in_days = 90
  kms_key_id        = var.log_key
}

resource "aws_cloudwatch_log_group" "per_service" { # expect: TFG-ENC-031
  for_each          = local.groups
  name              = each.value
  retention_in_days = 90
}

resource "aws_cloudwatch_log_group" "empty" {
  name       = "/app/empty"
  kms_key_id = "" # expect: TFG-ENC-031
}

resource "aws_cloudwatch_log_group" "app_good" {
  name              = "/app/api"
  retention_in_days = 90
  kms_key_id        = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_cloudwatch_log_group" "referenced" {
  count      = 2
  name       = "/app/referenced-${count.index}"
  kms_key_id = aws_kms_key.logs.arn
}

resource "aws_cloudwatch_log_group" "app_unknown" {
  name              = "/app/api"
  retention_in_days = 90
  kms_key_id        = var.unknown_input
}

# CloudWatch Logs takes customer managed keys only; a lookup of an AWS managed key is still
# the AWS managed key, a lookup of the account's own alias a customer managed key.
data "aws_kms_alias" "aws_managed" {
  name = "alias/aws/secretsmanager"
}

data "aws_kms_alias" "own" {
  name = "alias/logs"
}

resource "aws_cloudwatch_log_group" "looked_up_aws_key" {
  name       = "looked-up-aws-key"
  kms_key_id = data.aws_kms_alias.aws_managed.target_key_arn # expect: TFG-ENC-031
}

resource "aws_cloudwatch_log_group" "looked_up_own_key" {
  name       = "looked-up-own-key"
  kms_key_id = data.aws_kms_alias.own.target_key_arn
}
