# Cases of the rule: a literal bad value, the same through a variable, a good case and an unknown one.

variable "bad_setting" {
  default = false
}

variable "unknown_input" {}

resource "aws_ebs_encryption_by_default" "this" {
  enabled = false # expect: TFG-ENC-003
}

resource "aws_ebs_encryption_by_default" "this_from_variable" {
  enabled = var.bad_setting # expect: TFG-ENC-003
}

resource "aws_ebs_encryption_by_default" "this_good" {
  enabled = true
}

resource "aws_ebs_encryption_by_default" "this_unknown" {
  enabled = var.unknown_input
}
