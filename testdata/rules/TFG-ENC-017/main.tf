# Cases of the rule: a literal bad value, the same through a variable, a good case and an unknown one.

variable "unknown_input" {}

resource "aws_efs_file_system" "share" { # expect: TFG-ENC-017
  creation_token = "share"
  encrypted      = true
}

resource "aws_efs_file_system" "share_good" {
  creation_token = "share"
  encrypted      = true
  kms_key_id     = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_efs_file_system" "share_unknown" {
  creation_token = "share"
  encrypted      = true
  kms_key_id     = var.unknown_input
}
