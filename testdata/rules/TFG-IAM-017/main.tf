data "aws_iam_policy_document" "app" {
  statement {
    actions   = ["s3:*"]
    resources = ["arn:aws:s3:::app-data", "arn:aws:s3:::app-data/*"]
  }
}

resource "aws_iam_policy" "app" {
  name   = "app"
  policy = data.aws_iam_policy_document.app.json # expect: TFG-IAM-017
}

resource "aws_iam_role_policy" "service_wildcard" {
  name = "service-wildcard"
  role = "ops"
  policy = jsonencode({ # expect: TFG-IAM-017
    Statement = [{ Effect = "Allow", Action = "S3:*", Resource = "*" }]
  })
}

# Listed actions; an Allow taken back by a Deny of every S3 action everywhere.
resource "aws_iam_policy" "listed" {
  name = "listed"
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = ["s3:GetObject", "s3:PutObject"], Resource = "*" }]
  })
}

resource "aws_iam_policy" "denied" {
  name = "denied"
  policy = jsonencode({
    Statement = [
      { Effect = "Allow", Action = "s3:*", Resource = "arn:aws:s3:::app-data/*" },
      { Effect = "Deny", Action = "s3:*", Resource = "*" },
    ]
  })
}
