# Method settings with metrics on, off and unset; a stage without method settings; a stage
# whose method settings stage name is unknown (undecided).

variable "stage" {
  type = string
}

resource "aws_api_gateway_rest_api" "api" {
  name = "api"
}

resource "aws_api_gateway_stage" "measured" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = "dep"
  stage_name    = "measured"
}

resource "aws_api_gateway_method_settings" "measured" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.measured.stage_name
  method_path = "*/*"
  settings {
    metrics_enabled = true
  }
}

resource "aws_api_gateway_method_settings" "off" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.measured.stage_name
  method_path = "orders/GET"
  settings {
    metrics_enabled = false # expect: TFG-LOG-006
  }
}

resource "aws_api_gateway_method_settings" "unset" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = "elsewhere"
  method_path = "*/*"
  settings { # expect: TFG-LOG-006
    logging_level = "ERROR"
  }
}

resource "aws_api_gateway_stage" "unmeasured" { # expect: TFG-LOG-006
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = "dep"
  stage_name    = "unmeasured"
}
