resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_user_login_profile" "alice" { # expect: TFG-IAM-020
  user                    = aws_iam_user.alice.name
  password_reset_required = true
}

resource "aws_iam_user" "service" {
  name = "service"
}
