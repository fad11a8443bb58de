variable "value" {
  type = number
}

resource "aws_iam_account_password_policy" "unset" { # expect: TFG-IAM-006
  require_symbols = true
}

resource "aws_iam_account_password_policy" "weak" {
  max_password_age = 365 # expect: TFG-IAM-006
}

resource "aws_iam_account_password_policy" "never" {
  max_password_age = 0 # expect: TFG-IAM-006
}

resource "aws_iam_account_password_policy" "at_bound" {
  max_password_age = 90
}

resource "aws_iam_account_password_policy" "stronger" {
  max_password_age = "30"
}

resource "aws_iam_account_password_policy" "unknown" {
  max_password_age = var.value
}
