variable "flag" {
  type = bool
}

resource "aws_iam_account_password_policy" "unset" { # expect: TFG-IAM-009
  minimum_password_length = 14
}

resource "aws_iam_account_password_policy" "off" {
  require_symbols = false # expect: TFG-IAM-009
}

resource "aws_iam_account_password_policy" "on" {
  require_symbols = true
}

resource "aws_iam_account_password_policy" "unknown" {
  require_symbols = var.flag
}
