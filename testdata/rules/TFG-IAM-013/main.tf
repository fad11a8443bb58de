data "aws_iam_policy" "iam_full" {
  arn = "arn:aws:iam::aws:policy/IAMFullAccess"
}

resource "aws_iam_group_policy_attachment" "identity_team" {
  group      = "identity-team"
  policy_arn = data.aws_iam_policy.iam_full.arn # expect: TFG-IAM-013
}

resource "aws_iam_role_policy_attachments_exclusive" "ops" {
  role_name   = "ops"
  policy_arns = ["arn:aws:iam::aws:policy/IAMFullAccess"] # expect: TFG-IAM-013
}

resource "aws_iam_role_policy_attachment" "read_only" {
  role       = "ops"
  policy_arn = "arn:aws:iam::aws:policy/IAMReadOnlyAccess"
}
