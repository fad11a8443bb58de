resource "aws_sns_topic" "events" {
  name = "events"
  policy = jsonencode({ # expect: TFG-IAM-035
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:role/app" }, NotAction = ["sns:DeleteTopic"], Resource = "*" }]
  })
}

resource "aws_sns_topic_policy" "deny" {
  arn = aws_sns_topic.events.arn
  policy = jsonencode({
    Statement = [
      { Effect = "Deny", Principal = "*", NotAction = "sns:Publish", Resource = "*" },
      { Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:role/app" }, Action = "sns:Publish", Resource = "*" },
    ]
  })
}
