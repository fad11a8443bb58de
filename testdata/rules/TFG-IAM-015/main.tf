variable "users" {
  type = list(string)
}

resource "aws_iam_user_policy" "inline" {
  name = "inline"
  user = "alice" # expect: TFG-IAM-015
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }]
  })
}

resource "aws_iam_user_policy_attachment" "attached" {
  user       = "alice" # expect: TFG-IAM-015
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_policy_attachment" "to_users" {
  name       = "to-users"
  users      = ["alice", "bob"] # expect: TFG-IAM-015
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_policy_attachment" "to_groups" {
  name       = "to-groups"
  groups     = ["readers"]
  users      = []
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_policy_attachment" "unknown_users" {
  name       = "unknown-users"
  users      = var.users
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_group_policy_attachment" "readers" {
  group      = "readers"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
