variable "group" {
  type = string
}

# An attachment to a group known only after apply may be this group's: undecided.
resource "aws_iam_group" "maybe" {
  name = "maybe"
}

resource "aws_iam_group_policy_attachment" "maybe" {
  group      = var.group
  policy_arn = "arn:aws:iam::123456789012:policy/require-mfa"
}
