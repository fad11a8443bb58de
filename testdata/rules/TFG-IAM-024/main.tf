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

# Anyone may subscribe, but only the named endpoints: messages go nowhere else.
resource "aws_sqs_queue" "inbox" {
  name = "inbox"
}

resource "aws_sns_topic" "fanout" {
  name = "fanout"
}

resource "aws_sns_topic_policy" "named_endpoints" {
  arn = aws_sns_topic.fanout.arn
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["sns:Subscribe", "sns:Receive"]
      Resource  = aws_sns_topic.fanout.arn
      Condition = { StringLike = { "sns:Endpoint" = ["arn:aws:sqs:eu-west-1:123456789012:inbox", "*@example.com"] } }
    }]
  })
}

# The queue's ARN is known only after apply: undecided, not a finding.
resource "aws_sns_topic_policy" "queue_endpoint" {
  arn = aws_sns_topic.fanout.arn
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "sns:Subscribe"
      Resource  = aws_sns_topic.fanout.arn
      Condition = { StringLike = { "sns:Endpoint" = [aws_sqs_queue.inbox.arn] } }
    }]
  })
}

# Any endpoint at all, or the key made optional: still anyone's.
resource "aws_sns_topic_policy" "any_endpoint" {
  arn = aws_sns_topic.fanout.arn
  policy = jsonencode({ # expect: TFG-IAM-024
    Statement = [
      { Effect = "Allow", Principal = "*", Action = "sns:Subscribe", Resource = "*", Condition = { StringLike = { "sns:Endpoint" = "*" } } },
      { Effect = "Allow", Principal = "*", Action = "sns:Subscribe", Resource = "*", Condition = { StringLikeIfExists = { "sns:Endpoint" = "*@example.com" } } },
    ]
  })
}
