variable "value" {
  type = number
}

resource "aws_iam_account_password_policy" "unset" { # expect: TFG-IAM-004
  require_symbols = true
}

resource "aws_iam_account_password_policy" "weak" {
  minimum_password_length = 8 # expect: TFG-IAM-004
}

resource "aws_iam_account_password_policy" "at_bound" {
  minimum_password_length = 14
}

resource "aws_iam_account_password_policy" "stronger" {
  minimum_password_length = "20"
}

resource "aws_iam_account_password_policy" "unknown" {
  minimum_password_length = var.value
}
