# REST and HTTP stages with and without access logs, an unknown destination, a deployment
# that creates its own stage, and count instances.

variable "log_arn" {
  type = string
}

variable "stage" {
  type = string
}

resource "aws_api_gateway_rest_api" "api" {
  name = "api"
}

resource "aws_api_gateway_deployment" "plain" {
  rest_api_id = aws_api_gateway_rest_api.api.id
}

resource "aws_api_gateway_deployment" "with_stage" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = "legacy" # expect: TFG-LOG-004
}

resource "aws_api_gateway_deployment" "unknown_stage" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = var.stage
}

resource "aws_api_gateway_stage" "bare" { # expect: TFG-LOG-004
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.plain.id
  stage_name    = "bare"
}

resource "aws_api_gateway_stage" "logged" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.plain.id
  stage_name    = "logged"

  access_log_settings {
    destination_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:api"
    format          = "$context.requestId"
  }
}

resource "aws_api_gateway_stage" "unknown_destination" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.plain.id
  stage_name    = "unknown"

  access_log_settings {
    destination_arn = var.log_arn
    format          = "$context.requestId"
  }
}

resource "aws_apigatewayv2_stage" "http" { # expect: TFG-LOG-004
  count       = 2
  api_id      = "abc123"
  name        = "http-${count.index}"
  auto_deploy = true
}

resource "aws_apigatewayv2_stage" "http_logged" {
  api_id = "abc123"
  name   = "http-logged"

  access_log_settings {
    destination_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:http"
    format          = "$context.requestId"
  }
}

variable "destinations" {
  type = list(string)
}

# Access log settings from a dynamic block whose for_each is unknown may not exist: undecided.
resource "aws_apigatewayv2_stage" "maybe" {
  api_id = "abc123"
  name   = "maybe"

  dynamic "access_log_settings" {
    for_each = var.destinations
    content {
      destination_arn = access_log_settings.value
      format          = "$context.requestId"
    }
  }
}
