resource "aws_iam_policy" "assume_any" {
  name = "assume-any"
  policy = jsonencode({ # expect: TFG-IAM-037
    Statement = [{ Effect = "Allow", Action = ["sts:AssumeRole", "ecr:GetAuthorizationToken"], Resource = "*" }]
  })
}

data "aws_iam_policy_document" "redshift" {
  statement {
    actions   = ["redshift:Get*"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "redshift" {
  name   = "redshift"
  role   = "analyst"
  policy = data.aws_iam_policy_document.redshift.json # expect: TFG-IAM-037
}

# ECR tokens alone, one role to assume, and a Deny that takes the action back.
resource "aws_iam_policy" "puller" {
  name = "puller"
  policy = jsonencode({
    Statement = [
      { Effect = "Allow", Action = "ecr:GetAuthorizationToken", Resource = "*" },
      { Effect = "Allow", Action = "sts:AssumeRole", Resource = "arn:aws:iam::123456789012:role/deployer" },
    ]
  })
}

resource "aws_iam_policy" "denied" {
  name = "denied"
  policy = jsonencode({
    Statement = [
      { Effect = "Allow", Action = "ec2:GetPasswordData", Resource = "*" },
      { Effect = "Deny", Action = "ec2:GetPasswordData", Resource = "*" },
    ]
  })
}

# A user pool's SAML signing certificate is a public certificate (the one handed to the
# identity provider), not a credential: managing Cognito user pools is not this rule's concern.
resource "aws_iam_policy" "cognito_admin" {
  name = "cognito-admin"
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = ["cognito-idp:*"], Resource = "*" }]
  })
}
