variable "value" {
  type = number
}

resource "aws_iam_account_password_policy" "unset" { # expect: TFG-IAM-005
  require_symbols = true
}

resource "aws_iam_account_password_policy" "weak" {
  password_reuse_prevention = 5 # expect: TFG-IAM-005
}

resource "aws_iam_account_password_policy" "at_bound" {
  password_reuse_prevention = 24
}

resource "aws_iam_account_password_policy" "stronger" {
  password_reuse_prevention = "24"
}

resource "aws_iam_account_password_policy" "unknown" {
  password_reuse_prevention = var.value
}
