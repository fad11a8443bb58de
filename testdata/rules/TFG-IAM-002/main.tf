resource "aws_iam_user_policy" "bucket_admin" {
  name = "bucket-admin"
  user = "alice"
  policy = jsonencode({ # expect: TFG-IAM-002
    Statement = [{
      Effect   = "Allow"
      Action   = "*"
      Resource = ["arn:aws:s3:::data", "arn:aws:s3:::data/*"]
    }]
  })
}

data "aws_iam_policy_document" "deploy" {
  statement {
    actions   = ["s3:PutObject"]
    resources = ["arn:aws:s3:::artifacts/*"]
  }
  statement {
    effect    = "Allow"
    actions   = ["*"]
    resources = ["arn:aws:lambda:eu-west-1:123456789012:function:deploy"]
  }
}

resource "aws_iam_policy" "deploy" {
  name   = "deploy"
  policy = data.aws_iam_policy_document.deploy.json # expect: TFG-IAM-002
}

# Listed actions and service wildcards are not "every action".
resource "aws_iam_policy" "listed" {
  name = "listed"
  policy = jsonencode({
    Statement = [
      { Effect = "Allow", Action = ["s3:*", "sqs:SendMessage"], Resource = "*" },
      { Effect = "Deny", Action = "*", Resource = "arn:aws:s3:::secrets/*" },
    ]
  })
}
