# TFG-ENC-003: EBS encryption by default turned off. A literal false, false through a
# variable and with count, the default (true), and an unknown value (undecided).

variable "enabled" {
  default = "false"
}

variable "unknown_input" {}

resource "aws_ebs_encryption_by_default" "literal" {
  enabled = false # expect: TFG-ENC-003
}

resource "aws_ebs_encryption_by_default" "from_variable" {
  count   = 1
  enabled = var.enabled # expect: TFG-ENC-003
}

# The resource exists to turn the setting on: unset is true.
resource "aws_ebs_encryption_by_default" "default" {}

resource "aws_ebs_encryption_by_default" "good" {
  enabled = true
}

resource "aws_ebs_encryption_by_default" "unknown" {
  enabled = var.unknown_input
}
