resource "aws_iam_group" "empty" { # expect: TFG-IAM-044
  name = "empty"
}

resource "aws_iam_group" "auditors" {
  name = "auditors"
}

resource "aws_iam_group_membership" "auditors" {
  name  = "auditors"
  group = aws_iam_group.auditors.name
  users = ["alice"]
}

resource "aws_iam_group" "readers" {
  name = "readers"
}

resource "aws_iam_user_group_membership" "bob" {
  user   = "bob"
  groups = [aws_iam_group.readers.name]
}

resource "aws_iam_group" "operators" {
  name = "operators"
}

resource "aws_iam_group_membership" "operators" {
  name  = "operators"
  group = aws_iam_group.operators.name
  users = [] # expect: TFG-IAM-044
}
