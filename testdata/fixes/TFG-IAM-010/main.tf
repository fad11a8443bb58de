resource "aws_iam_account_password_policy" "unset" {
  hard_expiry = false
}

resource "aws_iam_account_password_policy" "weak" {
  require_uppercase_characters = false
}
