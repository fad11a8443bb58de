variable "flag" {
  type = bool
}

resource "aws_iam_account_password_policy" "unset" {
  minimum_password_length = 14
}

resource "aws_iam_account_password_policy" "off" {
  allow_users_to_change_password = false # expect: TFG-IAM-011
}

resource "aws_iam_account_password_policy" "on" {
  allow_users_to_change_password = true
}

resource "aws_iam_account_password_policy" "unknown" {
  allow_users_to_change_password = var.flag
}
