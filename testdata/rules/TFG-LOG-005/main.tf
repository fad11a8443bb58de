# Stages and the method settings linked to them: by the stage's name read from the stage, by
# a literal name, not at all; a level OFF or unset; a method settings whose count is unknown
# (undecided); WebSocket and HTTP v2 stages.

variable "enabled" {
  type = bool
}

resource "aws_api_gateway_rest_api" "api" {
  name = "api"
}

resource "aws_api_gateway_stage" "linked" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = "dep"
  stage_name    = "linked"
}

resource "aws_api_gateway_method_settings" "linked" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.linked.stage_name
  method_path = "*/*"
  settings {
    logging_level   = "INFO"
    metrics_enabled = true
  }
}

resource "aws_api_gateway_stage" "by_name" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = "dep"
  stage_name    = "by-name"
}

resource "aws_api_gateway_method_settings" "by_name" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = "by-name"
  method_path = "*/*"
  settings {
    logging_level   = "ERROR"
    metrics_enabled = true
  }
}

resource "aws_api_gateway_stage" "none" { # expect: TFG-LOG-005
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = "dep"
  stage_name    = "none"
}

resource "aws_api_gateway_stage" "off" { # expect: TFG-LOG-005
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = "dep"
  stage_name    = "off"
}

resource "aws_api_gateway_method_settings" "off" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.off.stage_name
  method_path = "*/*"
  settings {
    logging_level   = "OFF"
    metrics_enabled = true
  }
}

resource "aws_api_gateway_stage" "unset_level" { # expect: TFG-LOG-005
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = "dep"
  stage_name    = "unset-level"
}

resource "aws_api_gateway_method_settings" "unset_level" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.unset_level.stage_name
  method_path = "*/*"
  settings {
    metrics_enabled = true
  }
}

resource "aws_api_gateway_stage" "maybe" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = "dep"
  stage_name    = "maybe"
}

resource "aws_api_gateway_method_settings" "maybe" {
  count       = var.enabled ? 1 : 0
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.maybe.stage_name
  method_path = "*/*"
  settings {
    logging_level   = "INFO"
    metrics_enabled = true
  }
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

resource "aws_apigatewayv2_stage" "ws_quiet" {
  api_id = aws_apigatewayv2_api.ws.id
  name   = "quiet"
  default_route_settings { # expect: TFG-LOG-005
    throttling_burst_limit = 10
  }
}

resource "aws_apigatewayv2_stage" "ws_logged" {
  api_id = aws_apigatewayv2_api.ws.id
  name   = "logged"
  default_route_settings {
    logging_level          = "ERROR"
    throttling_burst_limit = 10
  }
}

resource "aws_apigatewayv2_stage" "http" {
  api_id = aws_apigatewayv2_api.http.id
  name   = "http"
}

# Method settings without `rest_api_id` (required, so invalid, but seen in samples) name
# their stage by its name alone.
resource "aws_api_gateway_stage" "by_name_only" { # expect: TFG-LOG-005
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = "dep"
  stage_name    = "by-name-only"
}

resource "aws_api_gateway_method_settings" "by_name_only" {
  stage_name  = aws_api_gateway_stage.by_name_only.stage_name
  method_path = "*/*"
  settings {
    logging_level = "OFF"
  }
}
