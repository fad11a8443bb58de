# Dead-letter queues: none, an empty target, a queue by reference, and an unknown target.

variable "dlq" {}

resource "aws_lambda_function" "none" { # expect: TFG-SLS-004
  function_name = "none"
  role          = "arn:aws:iam::123456789012:role/r"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "f.zip"
}

resource "aws_lambda_function" "empty" {
  function_name = "empty"
  role          = "arn:aws:iam::123456789012:role/r"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "f.zip"

  dead_letter_config {
    target_arn = "" # expect: TFG-SLS-004
  }
}

resource "aws_sqs_queue" "dlq" {
  name = "dlq"
}

resource "aws_lambda_function" "queue" {
  function_name = "queue"
  role          = "arn:aws:iam::123456789012:role/r"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "f.zip"

  dead_letter_config {
    target_arn = aws_sqs_queue.dlq.arn
  }
}

resource "aws_lambda_function" "unknown" {
  function_name = "unknown"
  role          = "arn:aws:iam::123456789012:role/r"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "f.zip"

  dead_letter_config {
    target_arn = var.dlq
  }
}
