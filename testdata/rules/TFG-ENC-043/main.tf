# TFG-ENC-043: short deletion windows (literal, through a variable, a local and for_each);
# disabled keys are TFG-ENC-024's; the default and full windows pass; unknown values.

variable "bad_setting" {
  default = 7
}

variable "enabled" {
  default = "false"
}

variable "unknown_input" {}

locals {
  windows = {
    short = 10
    full  = 30
  }
}

resource "aws_kms_key" "data" {
  description             = "data"
  enable_key_rotation     = true
  deletion_window_in_days = 7 # expect: TFG-ENC-043
}

resource "aws_kms_key" "data_from_variable" {
  description             = "data"
  enable_key_rotation     = true
  deletion_window_in_days = var.bad_setting # expect: TFG-ENC-043
}

resource "aws_kms_key" "per_window" {
  for_each                = local.windows
  description             = each.key
  enable_key_rotation     = true
  deletion_window_in_days = each.value # expect: TFG-ENC-043
}

resource "aws_kms_key" "disabled" {
  description         = "data"
  enable_key_rotation = true
  is_enabled          = false
}

resource "aws_kms_key" "disabled_from_variable" {
  description         = "data"
  enable_key_rotation = true
  is_enabled          = var.enabled
}

resource "aws_kms_key" "data_good" {
  description         = "data"
  enable_key_rotation = true
}

resource "aws_kms_key" "explicit_good" {
  description             = "data"
  enable_key_rotation     = true
  is_enabled              = true
  deletion_window_in_days = 30
}

resource "aws_kms_key" "data_unknown" {
  description         = "data"
  enable_key_rotation = true
  is_enabled          = var.unknown_input
}

resource "aws_kms_key" "window_unknown" {
  description             = "data"
  enable_key_rotation     = true
  deletion_window_in_days = var.unknown_input
}
