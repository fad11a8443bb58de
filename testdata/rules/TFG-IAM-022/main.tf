# Only an AWS managed policy: no MFA condition.
resource "aws_iam_group" "developers" { # expect: TFG-IAM-022
  name = "developers"
}

resource "aws_iam_group_policy_attachment" "developers" {
  group      = aws_iam_group.developers.name
  policy_arn = "arn:aws:iam::aws:policy/PowerUserAccess"
}

# No policy at all.
resource "aws_iam_group" "empty" { # expect: TFG-IAM-022
  name = "empty"
}

# An inline policy with the condition.
resource "aws_iam_group" "admins" {
  name = "admins"
}

resource "aws_iam_group_policy" "admins_mfa" {
  name  = "mfa"
  group = aws_iam_group.admins.name
  policy = jsonencode({
    Statement = [{
      Effect    = "Deny"
      NotAction = "iam:*MFA*"
      Resource  = "*"
      Condition = { BoolIfExists = { "aws:MultiFactorAuthPresent" = "false" } }
    }]
  })
}

# A customer policy attached through aws_iam_policy_attachment, read from its document.
resource "aws_iam_group" "ops" {
  name = "ops"
}

data "aws_iam_policy_document" "mfa" {
  statement {
    actions   = ["ec2:*"]
    resources = ["*"]
    condition {
      test     = "Bool"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["true"]
    }
  }
}

resource "aws_iam_policy" "mfa" {
  name   = "mfa"
  policy = data.aws_iam_policy_document.mfa.json
}

resource "aws_iam_policy_attachment" "ops" {
  name       = "ops"
  groups     = [aws_iam_group.ops.name]
  policy_arn = aws_iam_policy.mfa.arn
}

# A customer policy outside the configuration: undecided.
resource "aws_iam_group" "external" {
  name = "external"
}

resource "aws_iam_group_policy_attachment" "external" {
  group      = aws_iam_group.external.name
  policy_arn = "arn:aws:iam::123456789012:policy/require-mfa"
}

