data "aws_iam_policy_document" "app" {
  statement {
    actions   = ["secretsmanager:GetSecretValue", "ssm:GetParameter*"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "app" {
  name   = "app"
  role   = "app"
  policy = data.aws_iam_policy_document.app.json # expect: TFG-IAM-038
}

resource "aws_iam_user_policy" "reader" {
  name = "reader"
  user = "reader"
  policy = jsonencode({ # expect: TFG-IAM-038
    Statement = [{ Effect = "Allow", Action = "s3:Get*", Resource = ["*"] }]
  })
}

resource "aws_iam_policy" "scoped" {
  name = "scoped"
  policy = jsonencode({
    Statement = [
      { Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::app-data/*" },
      { Effect = "Allow", Action = "s3:ListAllMyBuckets", Resource = "*" },
    ]
  })
}
