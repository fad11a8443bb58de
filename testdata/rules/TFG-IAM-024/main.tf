resource "aws_sns_topic" "inline" {
  name = "inline"
  policy = jsonencode({ # expect: TFG-IAM-024
    Statement = [{ Effect = "Allow", Principal = "*", Action = ["sns:Publish"], Resource = "*" }]
  })
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

data "aws_iam_policy_document" "alerts" {
  statement {
    actions   = ["sns:Subscribe"]
    resources = [aws_sns_topic.alerts.arn]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_sns_topic_policy" "alerts" {
  arn    = aws_sns_topic.alerts.arn
  policy = data.aws_iam_policy_document.alerts.json # expect: TFG-IAM-024
}

resource "aws_sns_topic" "account" {
  name = "account"
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sns:Publish"
      Resource  = "*"
      Condition = { StringEquals = { "aws:SourceOwner" = "123456789012" } }
    }]
  })
}
