resource "aws_iam_account_password_policy" "unset" {
  hard_expiry = false
}

resource "aws_iam_account_password_policy" "weak" {
  allow_users_to_change_password = false
}
