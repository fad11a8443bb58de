# Permissions-management actions on "*" with no condition.
resource "aws_iam_policy" "iam_all" {
  name = "iam-all"
  # expect-below: TFG-IAM-057
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Action": ["iam:*"], "Resource": "*"}
  ]
}
POLICY
}

data "aws_iam_policy_document" "grants" {
  statement { # expect: TFG-IAM-057
    sid       = "Grants"
    actions   = ["kms:CreateGrant", "kms:Decrypt"]
    resources = ["*"]
  }
}

data "aws_iam_policy_document" "bucket_admin" {
  statement {
    actions   = ["s3:Put*"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "bucket_admin" {
  name   = "bucket-admin"
  role   = "ops"
  policy = data.aws_iam_policy_document.bucket_admin.json # expect: TFG-IAM-057
}

# A Deny with a condition does not take the grant back.
resource "aws_ssoadmin_permission_set_inline_policy" "ops" {
  instance_arn       = "arn:aws:sso:::instance/ssoins-1"
  permission_set_arn = "arn:aws:sso:::permissionSet/ssoins-1/ps-1"
  inline_policy = jsonencode({ # expect: TFG-IAM-057
    Statement = [
      { Effect = "Allow", Action = "lambda:AddPermission", Resource = "*" },
      { Effect = "Deny", Action = "lambda:*", Resource = "*", Condition = { Bool = { "aws:MultiFactorAuthPresent" = "false" } } },
    ]
  })
}

# Named resources, a condition, no permissions-management action, an unconditional Deny.
resource "aws_iam_policy" "named" {
  name = "named"
  policy = jsonencode({
    Statement = [
      { Effect = "Allow", Action = "s3:PutBucketPolicy", Resource = "arn:aws:s3:::team-logs" },
      { Effect = "Allow", Action = "iam:PassRole", Resource = "*", Condition = { StringEquals = { "iam:PassedToService" = "ec2.amazonaws.com" } } },
      { Effect = "Allow", Action = ["s3:PutObject", "s3:GetObject", "ec2:Describe*"], Resource = "*" },
    ]
  })
}

resource "aws_iam_policy" "denied" {
  name = "denied"
  policy = jsonencode({
    Statement = [
      { Effect = "Allow", Action = "iam:*", Resource = "*" },
      { Effect = "Deny", NotAction = "iam:Get*", Resource = "*" },
    ]
  })
}
