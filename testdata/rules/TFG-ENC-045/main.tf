# TFG-ENC-045: EBS snapshot copies without a customer managed key. No key (encrypted or
# not, with count), a null variable, the AWS managed key looked up by alias, keys of the
# configuration, a literal ARN and an unknown key (undecided).

variable "key_id" {
  type    = string
  default = null
}

variable "unknown_key" {}

data "aws_kms_alias" "ebs" {
  name = "alias/aws/ebs"
}

resource "aws_kms_key" "backup" {
  description         = "backup"
  enable_key_rotation = true
}

resource "aws_ebs_snapshot_copy" "encrypted_no_key" { # expect: TFG-ENC-045
  count              = 2
  source_snapshot_id = "snap-0123456789abcdef0"
  source_region      = "eu-west-1"
  encrypted          = true
}

resource "aws_ebs_snapshot_copy" "plain" { # expect: TFG-ENC-045
  source_snapshot_id = "snap-0123456789abcdef0"
  source_region      = "eu-west-1"
}

resource "aws_ebs_snapshot_copy" "null_variable" { # expect: TFG-ENC-045
  source_snapshot_id = "snap-0123456789abcdef0"
  source_region      = "eu-west-1"
  encrypted          = true
  kms_key_id         = var.key_id
}

resource "aws_ebs_snapshot_copy" "aws_managed" {
  source_snapshot_id = "snap-0123456789abcdef0"
  source_region      = "eu-west-1"
  encrypted          = true
  kms_key_id         = data.aws_kms_alias.ebs.target_key_arn # expect: TFG-ENC-045
}

resource "aws_ebs_snapshot_copy" "key_ref" {
  source_snapshot_id = "snap-0123456789abcdef0"
  source_region      = "eu-west-1"
  encrypted          = true
  kms_key_id         = aws_kms_key.backup.arn
}

resource "aws_ebs_snapshot_copy" "literal_arn" {
  source_snapshot_id = "snap-0123456789abcdef0"
  source_region      = "eu-west-1"
  encrypted          = true
  kms_key_id         = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_ebs_snapshot_copy" "unknown_key" {
  source_snapshot_id = "snap-0123456789abcdef0"
  source_region      = "eu-west-1"
  encrypted          = true
  kms_key_id         = var.unknown_key
}
