# Cases of the rule: a literal bad value, the same through a variable, a good case and an unknown one.

variable "unknown_input" {}

resource "aws_efs_file_system" "share" { # expect: TFG-ENC-016
  creation_token = "share"
}

resource "aws_efs_file_system" "share_good" {
  creation_token = "share"
  encrypted      = true
}

resource "aws_efs_file_system" "share_unknown" {
  creation_token = "share"
  encrypted      = var.unknown_input
}
