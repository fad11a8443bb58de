# Request validation: no validator, an empty id, a validator by reference, a literal id, and
# a variable without a value.

variable "validator" {}

resource "aws_api_gateway_method" "none" { # expect: TFG-SLS-013
  rest_api_id   = "a1b2c3d4e5"
  resource_id   = "f6g7h8"
  http_method   = "POST"
  authorization = "AWS_IAM"
}

resource "aws_api_gateway_method" "empty" { # expect: TFG-SLS-013
  rest_api_id          = "a1b2c3d4e5"
  resource_id          = "f6g7h8"
  http_method          = "PUT"
  authorization        = "AWS_IAM"
  request_validator_id = ""
}

resource "aws_api_gateway_request_validator" "body" {
  name                  = "body"
  rest_api_id           = "a1b2c3d4e5"
  validate_request_body = true
}

resource "aws_api_gateway_method" "referenced" {
  rest_api_id          = "a1b2c3d4e5"
  resource_id          = "f6g7h8"
  http_method          = "PATCH"
  authorization        = "AWS_IAM"
  request_validator_id = aws_api_gateway_request_validator.body.id
}

resource "aws_api_gateway_method" "literal" {
  rest_api_id          = "a1b2c3d4e5"
  resource_id          = "f6g7h8"
  http_method          = "GET"
  authorization        = "AWS_IAM"
  request_validator_id = "abc123"
}

resource "aws_api_gateway_method" "unknown" {
  rest_api_id          = "a1b2c3d4e5"
  resource_id          = "f6g7h8"
  http_method          = "DELETE"
  authorization        = "AWS_IAM"
  request_validator_id = var.validator
}
