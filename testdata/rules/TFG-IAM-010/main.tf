variable "flag" {
  type = bool
}

resource "aws_iam_account_password_policy" "unset" { # expect: TFG-IAM-010
  minimum_password_length = 14
}

resource "aws_iam_account_password_policy" "off" {
  require_uppercase_characters = false # expect: TFG-IAM-010
}

resource "aws_iam_account_password_policy" "on" {
  require_uppercase_characters = true
}

resource "aws_iam_account_password_policy" "unknown" {
  require_uppercase_characters = var.flag
}
