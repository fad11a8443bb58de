# Write actions on "*" with no condition.
resource "aws_iam_role_policy" "uploader" {
  name = "uploader"
  role = "uploader"
  policy = jsonencode({ # expect: TFG-IAM-058
    Statement = [{ Sid = "Upload", Effect = "Allow", Action = ["s3:PutObject", "s3:GetObject"], Resource = "*" }]
  })
}

data "aws_iam_policy_document" "cleanup" {
  statement {
    actions   = ["ec2:Describe*"]
    resources = ["*"]
  }
  statement { # expect: TFG-IAM-058
    actions   = ["ec2:TerminateInstances", "ec2:DeleteVolume"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "not_resource" {
  name = "not-resource"
  policy = jsonencode({ # expect: TFG-IAM-058
    Statement = [{ Effect = "Allow", Action = "dynamodb:DeleteTable", NotResource = ["arn:aws:dynamodb:eu-west-1:123456789012:table/prod-*"] }]
  })
}

# Write actions that support only "*", named resources, conditions, an unconditional Deny.
resource "aws_iam_policy" "tracing" {
  name = "tracing"
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = ["xray:PutTelemetryRecords", "xray:PutTraceSegments"], Resource = "*" }]
  })
}

resource "aws_iam_policy" "named" {
  name = "named"
  policy = jsonencode({
    Statement = [
      { Effect = "Allow", Action = "s3:*", Resource = ["arn:aws:s3:::uploads", "arn:aws:s3:::uploads/*"] },
      { Effect = "Allow", Action = "ec2:TerminateInstances", Resource = "*", Condition = { StringEquals = { "aws:ResourceTag/team" = "web" } } },
    ]
  })
}

resource "aws_iam_policy" "denied" {
  name = "denied"
  policy = jsonencode({
    Statement = [
      { Effect = "Allow", Action = "sqs:SendMessage", Resource = "*" },
      { Effect = "Deny", Action = "sqs:*", Resource = "*" },
    ]
  })
}
