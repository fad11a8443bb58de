variable "flag" {
  type = bool
}

resource "aws_iam_account_password_policy" "unset" { # expect: TFG-IAM-007
  minimum_password_length = 14
}

resource "aws_iam_account_password_policy" "off" {
  require_lowercase_characters = false # expect: TFG-IAM-007
}

resource "aws_iam_account_password_policy" "on" {
  require_lowercase_characters = true
}

resource "aws_iam_account_password_policy" "unknown" {
  require_lowercase_characters = var.flag
}
