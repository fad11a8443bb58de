resource "aws_iam_group_policy" "iam_admins" {
  name  = "iam-admins"
  group = "iam-admins"
  policy = jsonencode({ # expect: TFG-IAM-003
    Statement = [{ Effect = "Allow", Action = ["iam:*"], Resource = "*" }]
  })
}

data "aws_iam_policy_document" "wildcard_service" {
  statement {
    actions   = ["i*:*"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "wildcard_service" {
  name   = "wildcard-service"
  role   = "ops"
  policy = data.aws_iam_policy_document.wildcard_service.json # expect: TFG-IAM-003
}

# Read-only IAM, a Deny of iam:*, and another service's wildcard.
resource "aws_iam_policy" "readers" {
  name = "readers"
  policy = jsonencode({
    Statement = [
      { Effect = "Allow", Action = ["iam:Get*", "iam:List*"], Resource = "*" },
      { Effect = "Deny", Action = "iam:*", Resource = "*" },
      { Effect = "Allow", Action = "sqs:*", Resource = "*" },
    ]
  })
}

# IAM actions on S3 resources act on nothing.
resource "aws_iam_policy" "bucket_only" {
  name = "bucket-only"
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "*", Resource = "arn:aws:s3:::data/*" }]
  })
}

resource "aws_iam_policy" "iam_arns" {
  name = "iam-arns"
  policy = jsonencode({ # expect: TFG-IAM-003
    Statement = [{ Effect = "Allow", Action = "iam:*", Resource = "arn:aws:iam::123456789012:role/*" }]
  })
}
