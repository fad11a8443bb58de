variable "flag" {
  type = bool
}

resource "aws_iam_account_password_policy" "unset" { # expect: TFG-IAM-008
  minimum_password_length = 14
}

resource "aws_iam_account_password_policy" "off" {
  require_numbers = false # expect: TFG-IAM-008
}

resource "aws_iam_account_password_policy" "on" {
  require_numbers = true
}

resource "aws_iam_account_password_policy" "unknown" {
  require_numbers = var.flag
}
