# Runtimes: long deprecated, recently deprecated (Amazon Linux 2), through a variable,
# current ones, a container image without runtime, and an unknown runtime.

variable "runtime" {
  default = "nodejs16.x"
}

variable "unknown_runtime" {}

resource "aws_lambda_function" "old" {
  function_name = "old"
  role          = "arn:aws:iam::123456789012:role/r"
  runtime       = "python3.8" # expect: TFG-SLS-008
  handler       = "app.handler"
  filename      = "f.zip"
}

resource "aws_lambda_function" "al2" {
  function_name = "al2"
  role          = "arn:aws:iam::123456789012:role/r"
  runtime       = "java17" # expect: TFG-SLS-008
  handler       = "app.Handler"
  filename      = "f.zip"
}

resource "aws_lambda_function" "from_variable" {
  function_name = "from-variable"
  role          = "arn:aws:iam::123456789012:role/r"
  runtime       = var.runtime # expect: TFG-SLS-008
  handler       = "index.handler"
  filename      = "f.zip"
}

resource "aws_lambda_function" "current" {
  for_each      = toset(["python3.13", "nodejs22.x", "java21", "provided.al2023"])
  function_name = "current-${each.key}"
  role          = "arn:aws:iam::123456789012:role/r"
  runtime       = each.value
  handler       = "app.handler"
  filename      = "f.zip"
}

resource "aws_lambda_function" "image" {
  function_name = "image"
  role          = "arn:aws:iam::123456789012:role/r"
  package_type  = "Image"
  image_uri     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1"
}

resource "aws_lambda_function" "unknown" {
  function_name = "unknown"
  role          = "arn:aws:iam::123456789012:role/r"
  runtime       = var.unknown_runtime
  handler       = "app.handler"
  filename      = "f.zip"
}
