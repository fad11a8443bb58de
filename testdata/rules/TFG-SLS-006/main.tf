# VPC attachment: none, empty subnets, subnets by reference, and unknown subnets.

variable "subnets" {}

resource "aws_lambda_function" "none" { # expect: TFG-SLS-006
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

  vpc_config {
    subnet_ids         = [] # expect: TFG-SLS-006
    security_group_ids = []
  }
}

resource "aws_subnet" "private" {
  vpc_id     = "vpc-0a1b2c3d"
  cidr_block = "10.0.1.0/24"
}

resource "aws_lambda_function" "attached" {
  function_name = "attached"
  role          = "arn:aws:iam::123456789012:role/r"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "f.zip"

  vpc_config {
    subnet_ids         = [aws_subnet.private.id]
    security_group_ids = ["sg-0a1b2c3d"]
  }
}

resource "aws_lambda_function" "unknown" {
  function_name = "unknown"
  role          = "arn:aws:iam::123456789012:role/r"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "f.zip"

  vpc_config {
    subnet_ids         = var.subnets
    security_group_ids = ["sg-0a1b2c3d"]
  }
}
