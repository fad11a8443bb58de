resource "aws_kms_key" "data" {
  description = "data"
}

resource "aws_kms_key" "logs" {
  description         = "logs"
  enable_key_rotation = false
}

# Asymmetric keys cannot rotate: nothing to fix.
resource "aws_kms_key" "signing" {
  customer_master_key_spec = "RSA_2048"
  key_usage                = "SIGN_VERIFY"
}
