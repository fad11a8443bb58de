resource "aws_sqs_queue" "star" {
  name = "star"
  policy = jsonencode({ # expect: TFG-IAM-025
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "*", Resource = "*" }]
  })
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_sqs_queue_policy" "jobs" {
  queue_url = aws_sqs_queue.jobs.id
  policy = jsonencode({ # expect: TFG-IAM-025
    Statement = [
      { Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:role/consumer" }, Action = ["sqs:ReceiveMessage", "sqs:DeleteMessage"], Resource = "*" },
      { Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:role/admin" }, Action = "SQS:*", Resource = "*" },
    ]
  })
}

resource "aws_sqs_queue" "listed" {
  name = "listed"
  policy = jsonencode({
    Statement = [
      { Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:role/producer" }, Action = "sqs:SendMessage", Resource = "*" },
      { Effect = "Deny", Principal = "*", Action = "sqs:*", Resource = "*" },
    ]
  })
}
