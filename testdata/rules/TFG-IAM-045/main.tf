resource "aws_iam_user" "loner" { # expect: TFG-IAM-045
  name = "loner"
}

resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_group_membership" "auditors" {
  name  = "auditors"
  group = "auditors"
  users = [aws_iam_user.alice.name]
}

resource "aws_iam_user" "bob" {
  name = "bob"
}

resource "aws_iam_user_group_membership" "bob" {
  user   = aws_iam_user.bob.name
  groups = ["readers"]
}
