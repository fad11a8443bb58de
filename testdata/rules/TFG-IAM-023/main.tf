resource "aws_sqs_queue" "inline" {
  name = "inline"
  policy = jsonencode({ # expect: TFG-IAM-023
    Statement = [{ Effect = "Allow", Principal = { AWS = ["*"] }, Action = "sqs:*", Resource = "*" }]
  })
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

# A heredoc with the queue ARN interpolated, and a condition that says how, not who.
resource "aws_sqs_queue_policy" "jobs" {
  queue_url = aws_sqs_queue.jobs.id
  # expect-below: TFG-IAM-023
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow",
        "Principal": "*",
        "Action": "sqs:SendMessage",
        "Resource": "${aws_sqs_queue.jobs.arn}",
        "Condition": {"Bool": {"aws:SecureTransport": "true"}}
      }]
    }
  EOT
}

# Narrowed to one topic, a named principal, a Deny.
resource "aws_sqs_queue" "from_topic" {
  name = "from-topic"
}

data "aws_iam_policy_document" "from_topic" {
  statement {
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.from_topic.arn]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "ArnEquals"
      variable = "aws:SourceArn"
      values   = ["arn:aws:sns:eu-west-1:123456789012:jobs"]
    }
  }
}

resource "aws_sqs_queue_policy" "from_topic" {
  queue_url = aws_sqs_queue.from_topic.id
  policy    = data.aws_iam_policy_document.from_topic.json
}

resource "aws_sqs_queue" "named" {
  name = "named"
  policy = jsonencode({
    Statement = [
      { Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:role/producer" }, Action = "sqs:SendMessage", Resource = "*" },
      { Effect = "Deny", Principal = "*", Action = "sqs:*", Resource = "*" },
    ]
  })
}

# A principal ARN with a wildcard account names that role in every account.
resource "aws_sqs_queue" "any_account_role" {
  name = "any-account-role"
  policy = jsonencode({ # expect: TFG-IAM-023
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::*:role/sqs" }, Action = "sqs:SendMessage", Resource = "*" }]
  })
}
