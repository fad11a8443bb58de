# TFG-ENC-017: EFS file systems without a customer managed key. Encrypted without a key
# (with for_each), the AWS managed key literally and through a variable, keys of the
# configuration, unencrypted file systems (TFG-ENC-016's, not examined here) and unknown
# values.

variable "efs_key" {
  default = "alias/aws/elasticfilesystem"
}

variable "unknown_input" {}

resource "aws_kms_key" "efs" {
  description         = "efs"
  enable_key_rotation = true
}

resource "aws_efs_file_system" "no_key" { # expect: TFG-ENC-017
  for_each       = toset(["home", "exports"])
  creation_token = each.key
  encrypted      = true
}

resource "aws_efs_file_system" "managed_key" {
  creation_token = "managed-key"
  encrypted      = true
  kms_key_id     = "arn:aws:kms:eu-west-1:123456789012:alias/aws/elasticfilesystem" # expect: TFG-ENC-017
}

resource "aws_efs_file_system" "from_variable" {
  creation_token = "from-variable"
  encrypted      = true
  kms_key_id     = var.efs_key # expect: TFG-ENC-017
}

# Whether it is encrypted is unknown, but it has no customer managed key either way.
resource "aws_efs_file_system" "encryption_unknown" { # expect: TFG-ENC-017
  creation_token = "encryption-unknown"
  encrypted      = var.unknown_input
}

resource "aws_efs_file_system" "good" {
  creation_token = "good"
  encrypted      = true
  kms_key_id     = aws_kms_key.efs.arn
}

# Not encrypted: TFG-ENC-016 reports it, and it has no customer managed key either.
resource "aws_efs_file_system" "unencrypted" { # expect: TFG-ENC-017
  creation_token = "unencrypted"
}

resource "aws_efs_file_system" "key_unknown" {
  creation_token = "key-unknown"
  encrypted      = true
  kms_key_id     = var.unknown_input
}
