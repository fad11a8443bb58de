# Stages: a REST stage without a client certificate, one with a certificate by reference, a
# WebSocket stage without one, an HTTP API stage, a v2 stage of an API outside the
# configuration, and a certificate from a variable without a value.

variable "cert" {}

resource "aws_api_gateway_stage" "plain" { # expect: TFG-SLS-020
  rest_api_id   = "a1b2c3d4e5"
  deployment_id = "dep123"
  stage_name    = "plain"
}

resource "aws_api_gateway_client_certificate" "backend" {
  description = "backend"
}

resource "aws_api_gateway_stage" "with_cert" {
  rest_api_id           = "a1b2c3d4e5"
  deployment_id         = "dep123"
  stage_name            = "prod"
  client_certificate_id = aws_api_gateway_client_certificate.backend.id
}

resource "aws_api_gateway_stage" "unknown" {
  rest_api_id           = "a1b2c3d4e5"
  deployment_id         = "dep123"
  stage_name            = "unknown"
  client_certificate_id = var.cert
}

resource "aws_apigatewayv2_api" "ws" {
  name                       = "ws"
  protocol_type              = "WEBSOCKET"
  route_selection_expression = "$request.body.action"
}

resource "aws_apigatewayv2_api" "http" {
  name          = "http"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_stage" "ws" { # expect: TFG-SLS-020
  api_id = aws_apigatewayv2_api.ws.id
  name   = "ws"
}

resource "aws_apigatewayv2_stage" "http" {
  api_id = aws_apigatewayv2_api.http.id
  name   = "http"
}

resource "aws_apigatewayv2_stage" "external" {
  api_id = "a1b2c3d4e5"
  name   = "external"
}
