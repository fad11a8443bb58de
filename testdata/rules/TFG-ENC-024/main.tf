# Cases of the rule: a literal bad value, the same through a variable, a good case and an unknown one.

variable "bad_setting" {
  default = 7
}

variable "unknown_input" {}

resource "aws_kms_key" "data" {
  description             = "data"
  enable_key_rotation     = true
  deletion_window_in_days = 7 # expect: TFG-ENC-024
}

resource "aws_kms_key" "data_from_variable" {
  description             = "data"
  enable_key_rotation     = true
  deletion_window_in_days = var.bad_setting # expect: TFG-ENC-024
}

resource "aws_kms_key" "data_good" {
  description         = "data"
  enable_key_rotation = true
}

resource "aws_kms_key" "data_unknown" {
  description         = "data"
  enable_key_rotation = true
  is_enabled          = var.unknown_input
}
