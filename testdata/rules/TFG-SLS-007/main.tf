# Code signing: a zip function without it, with one by reference, a container image, and
# unknown values.

variable "csc" {}

variable "package" {}

resource "aws_lambda_function" "unsigned" { # expect: TFG-SLS-007
  function_name = "unsigned"
  role          = "arn:aws:iam::123456789012:role/r"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "f.zip"
}

resource "aws_lambda_code_signing_config" "csc" {
  allowed_publishers {
    signing_profile_version_arns = ["arn:aws:signer:eu-west-1:123456789012:/signing-profiles/p/abc"]
  }
}

resource "aws_lambda_function" "signed" {
  function_name           = "signed"
  role                    = "arn:aws:iam::123456789012:role/r"
  runtime                 = "python3.13"
  handler                 = "app.handler"
  filename                = "f.zip"
  code_signing_config_arn = aws_lambda_code_signing_config.csc.arn
}

resource "aws_lambda_function" "image" {
  function_name = "image"
  role          = "arn:aws:iam::123456789012:role/r"
  package_type  = "Image"
  image_uri     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1"
}

resource "aws_lambda_function" "unknown_config" {
  function_name           = "unknown-config"
  role                    = "arn:aws:iam::123456789012:role/r"
  runtime                 = "python3.13"
  handler                 = "app.handler"
  filename                = "f.zip"
  code_signing_config_arn = var.csc
}

resource "aws_lambda_function" "unknown_package" {
  function_name = "unknown-package"
  role          = "arn:aws:iam::123456789012:role/r"
  package_type  = var.package
}
