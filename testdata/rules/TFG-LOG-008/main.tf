# Data trace on and off in v1 method settings and v2 route settings; unknown.

variable "trace" {
  type = bool
}

resource "aws_api_gateway_method_settings" "traced" {
  rest_api_id = "abc"
  stage_name  = "prod"
  method_path = "*/*"
  settings {
    logging_level      = "INFO"
    data_trace_enabled = true # expect: TFG-LOG-008
  }
}

resource "aws_api_gateway_method_settings" "quiet" {
  rest_api_id = "abc"
  stage_name  = "prod"
  method_path = "orders/GET"
  settings {
    logging_level      = "INFO"
    data_trace_enabled = false
  }
}

resource "aws_api_gateway_method_settings" "unknown" {
  rest_api_id = "abc"
  stage_name  = "prod"
  method_path = "users/GET"
  settings {
    data_trace_enabled = var.trace
  }
}

resource "aws_apigatewayv2_stage" "ws" {
  api_id = "ws123"
  name   = "prod"
  default_route_settings {
    logging_level      = "INFO"
    data_trace_enabled = true # expect: TFG-LOG-008
  }
  route_settings {
    route_key          = "sendmessage"
    data_trace_enabled = true # expect: TFG-LOG-008
  }
}

resource "aws_apigatewayv2_stage" "ws_quiet" {
  api_id = "ws123"
  name   = "quiet"
  default_route_settings {
    logging_level = "INFO"
  }
}
