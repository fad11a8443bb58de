# X-Ray tracing: no block (PassThrough), PassThrough written, Active, count, and an unknown
# mode.

variable "mode" {}

resource "aws_lambda_function" "default" { # expect: TFG-SLS-003
  function_name = "default"
  role          = "arn:aws:iam::123456789012:role/r"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "f.zip"
}

resource "aws_lambda_function" "pass_through" {
  count         = 2
  function_name = "pass-${count.index}"
  role          = "arn:aws:iam::123456789012:role/r"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "f.zip"

  tracing_config {
    mode = "PassThrough" # expect: TFG-SLS-003
  }
}

resource "aws_lambda_function" "active" {
  function_name = "active"
  role          = "arn:aws:iam::123456789012:role/r"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "f.zip"

  tracing_config {
    mode = "Active"
  }
}

resource "aws_lambda_function" "unknown" {
  function_name = "unknown"
  role          = "arn:aws:iam::123456789012:role/r"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "f.zip"

  tracing_config {
    mode = var.mode
  }
}
