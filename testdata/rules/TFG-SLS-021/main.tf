# Stages: without a web ACL (edge and regional APIs, count), with a WAFv2 and a WAF Classic
# association, a private API, a stage of an API outside the configuration, and an API whose
# endpoint type is unknown.

variable "types" {}

resource "aws_api_gateway_rest_api" "edge" {
  name = "edge"
}

resource "aws_api_gateway_rest_api" "regional" {
  name = "regional"

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_rest_api" "private" {
  name = "private"

  endpoint_configuration {
    types = ["PRIVATE"]
  }
}

resource "aws_api_gateway_rest_api" "unknown" {
  name = "unknown"

  endpoint_configuration {
    types = var.types
  }
}

resource "aws_api_gateway_stage" "edge" { # expect: TFG-SLS-021
  rest_api_id   = aws_api_gateway_rest_api.edge.id
  deployment_id = "dep123"
  stage_name    = "edge"
}

resource "aws_api_gateway_stage" "per_env" { # expect: TFG-SLS-021
  count         = 2
  rest_api_id   = aws_api_gateway_rest_api.regional.id
  deployment_id = "dep123"
  stage_name    = "env-${count.index}"
}

resource "aws_api_gateway_stage" "v2" {
  rest_api_id   = aws_api_gateway_rest_api.regional.id
  deployment_id = "dep123"
  stage_name    = "v2"
}

resource "aws_wafv2_web_acl_association" "v2" {
  resource_arn = aws_api_gateway_stage.v2.arn
  web_acl_arn  = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/api/abc"
}

resource "aws_api_gateway_stage" "classic" {
  rest_api_id   = aws_api_gateway_rest_api.regional.id
  deployment_id = "dep123"
  stage_name    = "classic"
}

resource "aws_wafregional_web_acl_association" "classic" {
  resource_arn = aws_api_gateway_stage.classic.arn
  web_acl_id   = "abc"
}

resource "aws_api_gateway_stage" "private" {
  rest_api_id   = aws_api_gateway_rest_api.private.id
  deployment_id = "dep123"
  stage_name    = "private"
}

resource "aws_api_gateway_stage" "outside" {
  rest_api_id   = "a1b2c3d4e5"
  deployment_id = "dep123"
  stage_name    = "outside"
}

resource "aws_api_gateway_stage" "unknown_type" {
  rest_api_id   = aws_api_gateway_rest_api.unknown.id
  deployment_id = "dep123"
  stage_name    = "unknown"
}
