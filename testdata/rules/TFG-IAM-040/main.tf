resource "aws_iam_user_login_profile" "weak" {
  user                    = "alice"
  password_length         = 10    # expect: TFG-IAM-040
  password_reset_required = false # expect: TFG-IAM-040
}

resource "aws_iam_user_login_profile" "default" {
  user = "bob"
}

resource "aws_iam_user_login_profile" "strong" {
  user                    = "carol"
  password_length         = 20
  password_reset_required = true
}
