resource "aws_iam_user" "alice" { # expect: TFG-IAM-021
  name = "alice"
}

resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = "{}"
}
