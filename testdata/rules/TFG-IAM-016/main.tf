resource "aws_iam_role_policy" "any_role" {
  name = "any-role"
  role = "deployer"
  policy = jsonencode({ # expect: TFG-IAM-016
    Statement = [{ Effect = "Allow", Action = ["iam:PassRole", "ec2:RunInstances"], Resource = "*" }]
  })
}

data "aws_iam_policy_document" "wildcard" {
  statement {
    actions   = ["iam:Pass*"]
    resources = ["arn:aws:iam::*:role/*"]
    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_policy" "wildcard" {
  name   = "wildcard"
  policy = data.aws_iam_policy_document.wildcard.json # expect: TFG-IAM-016
}

# One named role, a path of roles that is not every role, and a Deny.
resource "aws_iam_policy" "named" {
  name = "named"
  policy = jsonencode({
    Statement = [
      { Effect = "Allow", Action = "iam:PassRole", Resource = "arn:aws:iam::123456789012:role/lambda-runtime" },
      { Effect = "Allow", Action = "iam:PassRole", Resource = "arn:aws:iam::123456789012:role/service/*" },
      { Effect = "Deny", Action = "iam:PassRole", Resource = "*" },
    ]
  })
}
