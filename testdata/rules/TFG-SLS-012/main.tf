# REST methods: open GET, open through for_each, open with api_key_required = false, an
# OPTIONS preflight, an API key, IAM, a Cognito authorizer, and unknown values.

variable "auth" {}

resource "aws_api_gateway_method" "open" {
  rest_api_id   = "a1b2c3d4e5"
  resource_id   = "f6g7h8"
  http_method   = "GET"
  authorization = "NONE" # expect: TFG-SLS-012
}

resource "aws_api_gateway_method" "per_verb" {
  for_each      = toset(["POST", "OPTIONS"])
  rest_api_id   = "a1b2c3d4e5"
  resource_id   = "f6g7h8"
  http_method   = each.value
  authorization = "NONE" # expect: TFG-SLS-012
}

resource "aws_api_gateway_method" "no_key" {
  rest_api_id      = "a1b2c3d4e5"
  resource_id      = "f6g7h8"
  http_method      = "DELETE"
  authorization    = "NONE" # expect: TFG-SLS-012
  api_key_required = false
}

resource "aws_api_gateway_method" "preflight" {
  rest_api_id   = "a1b2c3d4e5"
  resource_id   = "f6g7h8"
  http_method   = "OPTIONS"
  authorization = "NONE"
}

resource "aws_api_gateway_method" "api_key" {
  rest_api_id      = "a1b2c3d4e5"
  resource_id      = "f6g7h8"
  http_method      = "PUT"
  authorization    = "NONE"
  api_key_required = true
}

resource "aws_api_gateway_method" "iam" {
  rest_api_id   = "a1b2c3d4e5"
  resource_id   = "f6g7h8"
  http_method   = "PATCH"
  authorization = "AWS_IAM"
}

resource "aws_api_gateway_method" "cognito" {
  rest_api_id   = "a1b2c3d4e5"
  resource_id   = "f6g7h8"
  http_method   = "HEAD"
  authorization = "COGNITO_USER_POOLS"
  authorizer_id = "abc123"
}

resource "aws_api_gateway_method" "unknown" {
  rest_api_id   = "a1b2c3d4e5"
  resource_id   = "f6g7h8"
  http_method   = "ANY"
  authorization = var.auth
}
