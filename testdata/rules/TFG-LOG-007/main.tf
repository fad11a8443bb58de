# Stages with tracing on, off, unset and unknown.

variable "trace" {
  type = bool
}

resource "aws_api_gateway_stage" "unset" { # expect: TFG-LOG-007
  rest_api_id   = "abc"
  deployment_id = "dep"
  stage_name    = "unset"
}

resource "aws_api_gateway_stage" "off" {
  rest_api_id          = "abc"
  deployment_id        = "dep"
  stage_name           = "off"
  xray_tracing_enabled = false # expect: TFG-LOG-007
}

resource "aws_api_gateway_stage" "on" {
  rest_api_id          = "abc"
  deployment_id        = "dep"
  stage_name           = "on"
  xray_tracing_enabled = true
}

resource "aws_api_gateway_stage" "unknown" {
  rest_api_id          = "abc"
  deployment_id        = "dep"
  stage_name           = "unknown"
  xray_tracing_enabled = var.trace
}
