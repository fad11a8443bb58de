# Lambda environments: variables without a key, with an empty key, with a key, no
# environment at all, an empty environment, and unknown values.

variable "key" {}

variable "vars" {}

resource "aws_lambda_function" "no_key" {
  function_name = "no-key"
  role          = "arn:aws:iam::123456789012:role/r"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "f.zip"

  environment { # expect: TFG-SLS-002
    variables = {
      TABLE = "orders"
    }
  }
}

resource "aws_lambda_function" "empty_key" {
  function_name = "empty-key"
  role          = "arn:aws:iam::123456789012:role/r"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "f.zip"
  kms_key_arn   = "" # expect: TFG-SLS-002

  environment {
    variables = {
      TABLE = "orders"
    }
  }
}

resource "aws_lambda_function" "with_key" {
  function_name = "with-key"
  role          = "arn:aws:iam::123456789012:role/r"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "f.zip"
  kms_key_arn   = aws_kms_key.lambda.arn

  environment {
    variables = {
      TABLE = "orders"
    }
  }
}

resource "aws_kms_key" "lambda" {
  description         = "lambda environment"
  enable_key_rotation = true
}

resource "aws_lambda_function" "no_environment" {
  function_name = "plain"
  role          = "arn:aws:iam::123456789012:role/r"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "f.zip"
}

resource "aws_lambda_function" "empty_environment" {
  function_name = "empty-env"
  role          = "arn:aws:iam::123456789012:role/r"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "f.zip"

  environment {
    variables = {}
  }
}

resource "aws_lambda_function" "unknown_key" {
  function_name = "unknown-key"
  role          = "arn:aws:iam::123456789012:role/r"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "f.zip"
  kms_key_arn   = var.key

  environment {
    variables = {
      TABLE = "orders"
    }
  }
}

resource "aws_lambda_function" "unknown_variables" {
  function_name = "unknown-vars"
  role          = "arn:aws:iam::123456789012:role/r"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "f.zip"

  environment {
    variables = var.vars
  }
}
