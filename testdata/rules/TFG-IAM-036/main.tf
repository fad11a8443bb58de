resource "aws_sns_topic_policy" "open" {
  arn = "arn:aws:sns:eu-west-1:123456789012:events"
  policy = jsonencode({ # expect: TFG-IAM-036
    Statement = [{ Effect = "Allow", Principal = { AWS = ["arn:aws:iam::111122223333:root"] }, Action = "sns:Subscribe", Resource = "*" }]
  })
}

resource "aws_sns_topic_policy" "conditioned" {
  arn = "arn:aws:sns:eu-west-1:123456789012:other"
  policy = jsonencode({
    Statement = [
      { Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = "sns:Subscribe", Resource = "*", Condition = { StringEquals = { "sns:Protocol" = "sqs" } } },
      { Effect = "Allow", Principal = { Service = "events.amazonaws.com" }, Action = "sns:Publish", Resource = "*" },
    ]
  })
}
