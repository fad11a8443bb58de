# Cases of the rule: SecureString parameters without a key, with the AWS managed alias, with
# customer keys (literal, referenced), an unknown key, and a String parameter (passes).

variable "key" {}

resource "aws_kms_key" "ssm" {
  description         = "ssm"
  enable_key_rotation = true
}

resource "aws_ssm_parameter" "no_key" { # expect: TFG-SEC-008
  name  = "/prod/a"
  type  = "SecureString"
  value = "x"
}

resource "aws_ssm_parameter" "aws_key" {
  name   = "/prod/b"
  type   = "SecureString"
  value  = "x"
  key_id = "alias/aws/ssm" # expect: TFG-SEC-008
}

resource "aws_ssm_parameter" "empty_key" {
  name   = "/prod/c"
  type   = "SecureString"
  value  = "x"
  key_id = "" # expect: TFG-SEC-008
}

resource "aws_ssm_parameter" "customer_key" {
  name   = "/prod/d"
  type   = "SecureString"
  value  = "x"
  key_id = aws_kms_key.ssm.arn
}

resource "aws_ssm_parameter" "literal_key" {
  name   = "/prod/e"
  type   = "SecureString"
  value  = "x"
  key_id = "alias/ssm-secrets"
}

resource "aws_ssm_parameter" "unknown_key" {
  name   = "/prod/f"
  type   = "SecureString"
  value  = "x"
  key_id = var.key
}

resource "aws_ssm_parameter" "plain" {
  name  = "/prod/g"
  type  = "String"
  value = "x"
}
