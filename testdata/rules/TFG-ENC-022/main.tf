# Cases of the rule: a literal bad value, the same through a variable, a good case and an unknown one.

variable "unknown_input" {}

resource "aws_kms_key" "data" { # expect: TFG-ENC-022
  description = "data"
}

resource "aws_kms_key" "data_good" {
  description         = "data"
  enable_key_rotation = true
}

resource "aws_kms_key" "data_unknown" {
  description         = "data"
  enable_key_rotation = var.unknown_input
}
