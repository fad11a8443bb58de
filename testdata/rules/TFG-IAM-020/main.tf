resource "aws_iam_user" "alice" { # expect: TFG-IAM-020
  name = "alice"
}

resource "aws_iam_user_login_profile" "alice" {
  user                    = aws_iam_user.alice.name
  password_reset_required = true
}

# A user declared elsewhere: the login profile is reported.
resource "aws_iam_user_login_profile" "bob" { # expect: TFG-IAM-020
  user = "bob"
}

resource "aws_iam_user" "service" {
  name = "service"
}
