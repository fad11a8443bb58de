# Cases of the rule: secrets without a customer managed key (unset, the AWS managed alias
# literally, as an ARN through a variable, count), secrets with a key (literal, referenced,
# for_each), and unknown values.

variable "aws_key" {
  default = "arn:aws:kms:eu-west-1:123456789012:alias/aws/secretsmanager"
}

variable "unknown_input" {}

locals {
  secrets = toset(["db", "api"])
}

resource "aws_kms_key" "secrets" {
  description         = "secrets"
  enable_key_rotation = true
}

resource "aws_secretsmanager_secret" "db" { # expect: TFG-ENC-032
  name = "db-password"
}

resource "aws_secretsmanager_secret" "aws_alias" {
  name       = "aws-alias"
  kms_key_id = "alias/aws/secretsmanager" # expect: TFG-ENC-032
}

resource "aws_secretsmanager_secret" "from_variable" {
  count      = 2
  name       = "from-variable-${count.index}"
  kms_key_id = var.aws_key # expect: TFG-ENC-032
}

resource "aws_secretsmanager_secret" "db_good" {
  name       = "db-password"
  kms_key_id = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_secretsmanager_secret" "per_app" {
  for_each   = local.secrets
  name       = each.key
  kms_key_id = aws_kms_key.secrets.arn
}

resource "aws_secretsmanager_secret" "db_unknown" {
  name       = "db-password"
  kms_key_id = var.unknown_input
}

# A lookup of the AWS managed key (`alias/aws/` names only AWS managed keys) is the AWS
# managed key, whichever attribute of the lookup is used; a lookup of the account's own
# alias is a customer managed key.
data "aws_kms_alias" "secretsmanager" {
  name = "alias/aws/secretsmanager"
}

data "aws_kms_alias" "own" {
  name = "alias/secrets"
}

resource "aws_secretsmanager_secret" "looked_up_aws_key" {
  name       = "looked-up-aws-key"
  kms_key_id = data.aws_kms_alias.secretsmanager.target_key_arn # expect: TFG-ENC-032
}

resource "aws_secretsmanager_secret" "looked_up_own_key" {
  name       = "looked-up-own-key"
  kms_key_id = data.aws_kms_alias.own.target_key_arn
}
