# v2 routes: HTTP routes without authorization (unset, NONE), with JWT, WebSocket routes
# ($connect without authorization, $disconnect and a message route), a route of an API with
# an unknown protocol, and an unknown authorization type.

variable "protocol" {}

variable "auth" {}

resource "aws_apigatewayv2_api" "http" {
  name          = "http"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_api" "ws" {
  name                       = "ws"
  protocol_type              = "WEBSOCKET"
  route_selection_expression = "$request.body.action"
}

resource "aws_apigatewayv2_api" "unknown" {
  name          = "unknown"
  protocol_type = var.protocol
}

resource "aws_apigatewayv2_route" "unset" { # expect: TFG-SLS-019
  api_id    = aws_apigatewayv2_api.http.id
  route_key = "GET /orders"
}

resource "aws_apigatewayv2_route" "none" {
  api_id             = aws_apigatewayv2_api.http.id
  route_key          = "POST /orders"
  authorization_type = "NONE" # expect: TFG-SLS-019
}

resource "aws_apigatewayv2_route" "jwt" {
  api_id             = aws_apigatewayv2_api.http.id
  route_key          = "DELETE /orders"
  authorization_type = "JWT"
  authorizer_id      = "abc123"
}

resource "aws_apigatewayv2_route" "connect" { # expect: TFG-SLS-019
  api_id    = aws_apigatewayv2_api.ws.id
  route_key = "$connect"
}

resource "aws_apigatewayv2_route" "disconnect" {
  api_id    = aws_apigatewayv2_api.ws.id
  route_key = "$disconnect"
}

resource "aws_apigatewayv2_route" "message" {
  api_id    = aws_apigatewayv2_api.ws.id
  route_key = "sendmessage"
}

resource "aws_apigatewayv2_route" "unknown_api" {
  api_id    = aws_apigatewayv2_api.unknown.id
  route_key = "GET /unknown"
}

resource "aws_apigatewayv2_route" "unknown_auth" {
  api_id             = aws_apigatewayv2_api.http.id
  route_key          = "PUT /orders"
  authorization_type = var.auth
}
