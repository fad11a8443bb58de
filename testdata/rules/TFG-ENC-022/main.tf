# Cases of the rule: unset and false (literal, through a variable, a local, count and
# for_each), good keys, keys that cannot rotate, and unknown values.

variable "rotation" {
  default = false
}

variable "unknown_input" {}

locals {
  rotate = {
    on  = true
    off = false
  }
}

resource "aws_kms_key" "data" { # expect: TFG-ENC-022
  description = "data"
}

resource "aws_kms_key" "data_false" {
  description         = "data"
  enable_key_rotation = false # expect: TFG-ENC-022
}

resource "aws_kms_key" "data_from_variable" {
  description         = "data"
  enable_key_rotation = var.rotation # expect: TFG-ENC-022
}

resource "aws_kms_key" "per_tenant" {
  for_each            = local.rotate
  description         = each.key
  enable_key_rotation = each.value # expect: TFG-ENC-022
}

resource "aws_kms_key" "counted" {
  count                    = 2
  description              = "counted"
  customer_master_key_spec = "SYMMETRIC_DEFAULT"
  enable_key_rotation      = count.index == 0 ? "true" : "false" # expect: TFG-ENC-022
}

resource "aws_kms_key" "data_good" {
  description         = "data"
  enable_key_rotation = true
}

# Asymmetric and HMAC keys cannot rotate automatically.
resource "aws_kms_key" "signing" {
  description              = "signing"
  key_usage                = "SIGN_VERIFY"
  customer_master_key_spec = "ECC_NIST_P256"
}

resource "aws_kms_key" "mac" {
  description              = "mac"
  key_usage                = "GENERATE_VERIFY_MAC"
  customer_master_key_spec = "HMAC_256"
  enable_key_rotation      = false
}

resource "aws_kms_key" "data_unknown" {
  description         = "data"
  enable_key_rotation = var.unknown_input
}

resource "aws_kms_key" "spec_unknown" {
  description              = "data"
  customer_master_key_spec = var.unknown_input
}

# A key for signing (whatever the spec says) and a key in a custom key store cannot rotate
# automatically.
resource "aws_kms_key" "signing_usage_only" {
  description = "signing"
  key_usage   = "SIGN_VERIFY"
}

resource "aws_kms_key" "cloudhsm" {
  description         = "in a CloudHSM key store"
  custom_key_store_id = "cks-1234567890abcdef0"
}
