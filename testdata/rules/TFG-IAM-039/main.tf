resource "aws_iam_user_policy" "no_mfa" {
  name = "no-mfa"
  user = "alice"
  policy = jsonencode({ # expect: TFG-IAM-039
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Resource = "*" }]
  })
}

resource "aws_iam_user_policy" "allow_mfa" {
  name = "allow-mfa"
  user = "bob"
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*", Condition = { BoolIfExists = { "aws:MultiFactorAuthPresent" = "true" } } }]
  })
}

data "aws_iam_policy_document" "deny_without_mfa" {
  statement {
    actions   = ["ec2:*"]
    resources = ["*"]
  }
  statement {
    effect      = "Deny"
    not_actions = ["iam:*MFA*", "sts:GetSessionToken"]
    resources   = ["*"]
    condition {
      test     = "BoolIfExists"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["false"]
    }
  }
}

resource "aws_iam_user_policy" "deny_without_mfa" {
  name   = "deny-without-mfa"
  user   = "carol"
  policy = data.aws_iam_policy_document.deny_without_mfa.json
}

# Not a user's policy.
resource "aws_iam_role_policy" "role" {
  name = "role"
  role = "app"
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }]
  })
}
