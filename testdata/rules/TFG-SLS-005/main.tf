# Reserved concurrency: unset, -1, a limit, zero, a string, through for_each, and unknown.

variable "limit" {}

resource "aws_lambda_function" "unset" { # expect: TFG-SLS-005
  function_name = "unset"
  role          = "arn:aws:iam::123456789012:role/r"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "f.zip"
}

resource "aws_lambda_function" "unreserved" {
  function_name                  = "unreserved"
  role                           = "arn:aws:iam::123456789012:role/r"
  runtime                        = "python3.13"
  handler                        = "app.handler"
  filename                       = "f.zip"
  reserved_concurrent_executions = -1 # expect: TFG-SLS-005
}

resource "aws_lambda_function" "limited" {
  for_each                       = { a = 10, b = "5", off = 0 }
  function_name                  = "limited-${each.key}"
  role                           = "arn:aws:iam::123456789012:role/r"
  runtime                        = "python3.13"
  handler                        = "app.handler"
  filename                       = "f.zip"
  reserved_concurrent_executions = each.value
}

resource "aws_lambda_function" "unknown" {
  function_name                  = "unknown"
  role                           = "arn:aws:iam::123456789012:role/r"
  runtime                        = "python3.13"
  handler                        = "app.handler"
  filename                       = "f.zip"
  reserved_concurrent_executions = var.limit
}
