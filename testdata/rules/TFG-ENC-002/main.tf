# TFG-ENC-002: EBS volumes without a customer managed key. Unset keys (with for_each), the
# AWS managed alias written out, through a variable and through a data source, references to
# keys of the configuration, unknown keys (undecided) and unencrypted volumes (TFG-ENC-001's,
# not examined here). The `default_key` directory sets the account's default EBS key.

variable "ebs_key" {
  default = "alias/aws/ebs"
}

variable "unknown_input" {}

resource "aws_kms_key" "ebs" {
  description         = "ebs"
  enable_key_rotation = true
}

data "aws_kms_alias" "ebs" {
  name = "alias/aws/ebs"
}

# Encrypted, no key: the AWS managed key aws/ebs.
resource "aws_ebs_volume" "unset" { # expect: TFG-ENC-002
  for_each          = toset(["a", "b"])
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = true
}

resource "aws_ebs_volume" "managed_literal" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = true
  kms_key_id        = "arn:aws:kms:eu-west-1:123456789012:alias/aws/ebs" # expect: TFG-ENC-002
}

resource "aws_ebs_volume" "managed_from_variable" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = true
  kms_key_id        = var.ebs_key # expect: TFG-ENC-002
}

resource "aws_ebs_volume" "managed_from_data" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = true
  kms_key_id        = data.aws_kms_alias.ebs.target_key_arn # expect: TFG-ENC-002
}

# Whether it is encrypted is unknown, but it has no customer managed key either way.
resource "aws_ebs_volume" "encryption_unknown" { # expect: TFG-ENC-002
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = var.unknown_input
}

resource "aws_ebs_volume" "good" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = true
  kms_key_id        = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_ebs_volume" "good_reference" {
  count             = 2
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = true
  kms_key_id        = aws_kms_key.ebs.arn
}

resource "aws_ebs_volume" "key_unknown" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = true
  kms_key_id        = var.unknown_input
}

# A restored volume keeps its snapshot's key.
resource "aws_ebs_volume" "restored" {
  availability_zone = "eu-west-1a"
  snapshot_id       = "snap-0123456789abcdef0"
  encrypted         = true
}

# Unencrypted: TFG-ENC-001 reports it, and it has no customer managed key either.
resource "aws_ebs_volume" "unencrypted" { # expect: TFG-ENC-002
  availability_zone = "eu-west-1a"
  size              = 40
}

# An empty key is no key: the finding says what is written and points at it.
resource "aws_ebs_volume" "empty_key" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = true
  kms_key_id        = "" # expect: TFG-ENC-002
}
