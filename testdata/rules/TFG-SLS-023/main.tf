# Function URLs: any origin with any method (by reference, by name), any origin with listed
# methods, listed origins with any method, no cors block, a URL of a function outside the
# configuration, and unknown origins.

variable "origins" {}

resource "aws_lambda_function" "open" { # expect: TFG-SLS-023
  function_name = "open"
  role          = "arn:aws:iam::123456789012:role/r"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "f.zip"
}

resource "aws_lambda_function_url" "open" {
  function_name      = aws_lambda_function.open.function_name
  authorization_type = "AWS_IAM"

  cors {
    allow_origins = ["*"]
    allow_methods = ["*"]
  }
}

resource "aws_lambda_function" "by_name" { # expect: TFG-SLS-023
  function_name = "by-name"
  role          = "arn:aws:iam::123456789012:role/r"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "f.zip"
}

resource "aws_lambda_function_url" "by_name" {
  function_name      = "by-name"
  authorization_type = "AWS_IAM"

  cors {
    allow_origins = ["https://a.example.com", "*"]
    allow_methods = ["*"]
  }
}

resource "aws_lambda_function" "methods_listed" {
  function_name = "methods-listed"
  role          = "arn:aws:iam::123456789012:role/r"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "f.zip"
}

resource "aws_lambda_function_url" "methods_listed" {
  function_name      = aws_lambda_function.methods_listed.arn
  authorization_type = "AWS_IAM"

  cors {
    allow_origins = ["*"]
    allow_methods = ["GET"]
  }
}

resource "aws_lambda_function" "origins_listed" {
  function_name = "origins-listed"
  role          = "arn:aws:iam::123456789012:role/r"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "f.zip"
}

resource "aws_lambda_function_url" "origins_listed" {
  function_name      = aws_lambda_function.origins_listed.function_name
  authorization_type = "AWS_IAM"

  cors {
    allow_origins = ["https://app.example.com"]
    allow_methods = ["*"]
  }
}

resource "aws_lambda_function" "no_cors" {
  function_name = "no-cors"
  role          = "arn:aws:iam::123456789012:role/r"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "f.zip"
}

resource "aws_lambda_function_url" "no_cors" {
  function_name      = aws_lambda_function.no_cors.function_name
  authorization_type = "AWS_IAM"
}

resource "aws_lambda_function_url" "outside" {
  function_name      = "elsewhere"
  authorization_type = "AWS_IAM"

  cors { # expect: TFG-SLS-023
    allow_origins = ["*"]
    allow_methods = ["*"]
  }
}

resource "aws_lambda_function_url" "unknown" {
  function_name      = "unknown"
  authorization_type = "AWS_IAM"

  cors {
    allow_origins = var.origins
    allow_methods = ["*"]
  }
}
